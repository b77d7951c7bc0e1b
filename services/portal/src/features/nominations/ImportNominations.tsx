import { useCallback, useMemo, useRef, useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { fileBody, XLSX_TYPE } from '../../api/upload.ts';
import { fieldErrors } from '../../api/problem.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useUser } from '../../app/session.tsx';
import type { components } from '../../api/gen/schema.ts';
import { FileField, TextField } from '../../components/Field.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { IMPORT_OUTCOME_LABEL, importReportLines } from './importReport.ts';
import { changedFieldLabel, labelOf } from './labels.ts';
import './nominations.css';

type Mode = 'all-or-nothing' | 'valid-rows-only';
type Report = components['schemas']['ImportNominationsResponse'];

interface ImportRequest {
  readonly file: File;
  readonly mode: Mode;
  readonly dryRun: boolean;
  readonly officer: { fullName: string; position: string; email: string; phone: string };
}

/** Many nominations at once: the round's .xlsx template filled in and uploaded. */
export default function ImportNominations({ params }: ScreenProps) {
  const { t } = useI18n();
  const user = useUser();
  const roundId = params.roundId ?? '';
  const [file, setFile] = useState<File | undefined>();
  const [fileError, setFileError] = useState<string | undefined>();
  const [mode, setMode] = useState<Mode>('all-or-nothing');
  const [dryRun, setDryRun] = useState(true);
  const [officer, setOfficer] = useState({
    fullName: user.name,
    position: '',
    email: user.email,
    phone: '',
  });
  const fileInput = useRef<HTMLInputElement>(null);
  const run = useCallback(
    (request: ImportRequest) =>
      call(
        api.POST('/api/v1/rounds/{roundId}/nominations/import', {
          params: {
            path: { roundId },
            query: {
              mode: request.mode,
              dryRun: request.dryRun,
              fileName: request.file.name,
              'officer.fullName': request.officer.fullName.trim(),
              'officer.email': request.officer.email.trim(),
              ...(request.officer.position.trim() === ''
                ? {}
                : { 'officer.position': request.officer.position.trim() }),
              ...(request.officer.phone.trim() === ''
                ? {}
                : { 'officer.phone': request.officer.phone.trim() }),
            },
          },
          ...fileBody(request.file, XLSX_TYPE),
        }),
      ),
    [roundId],
  );
  const [report, setReport] = useState<{ report: Report; dryRun: boolean } | undefined>();
  const { state, execute } = useAction(run);
  const errors =
    state.status === 'failed' && state.failure.kind === 'problem'
      ? fieldErrors(state.failure.problem)
      : {};
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file === undefined) {
      setFileError(t('nominations.import.chooseFile'));
      fileInput.current?.focus();
      return;
    }
    setFileError(undefined);
    setReport(undefined);
    void execute({ file, mode, dryRun, officer }).then((answer) => {
      if (answer !== undefined) setReport({ report: answer, dryRun });
    });
  };
  const officerField = (key: keyof typeof officer, label: string, required = false) => (
    <TextField
      label={label}
      name={`officer.${key}`}
      value={officer[key]}
      required={required}
      type={key === 'email' ? 'email' : key === 'phone' ? 'tel' : 'text'}
      error={errors[`officer.${key}`]}
      onChange={(event) => {
        setOfficer((previous) => ({ ...previous, [key]: event.target.value }));
      }}
    />
  );
  return (
    <Page title={t('nominations.import.title')}>
      <p>
        <Link to={`/nominating/rounds/${roundId}`}>{t('nominations.form.backToRound')}</Link>
      </p>
      <ol>
        <li>
          <a
            href={`/api/v1/rounds/${encodeURIComponent(roundId)}/nominations/template.xlsx`}
            download
          >
            {t('nominations.round.template')}
          </a>
        </li>
        <li>{t('nominations.import.stepFill')}</li>
        <li>{t('nominations.import.stepUpload')}</li>
      </ol>
      <form className="card" onSubmit={submit}>
        <FileField
          label={t('nominations.import.file')}
          required
          hint={t('nominations.import.fileHint')}
          error={fileError}
          ref={fileInput}
          name="file"
          accept={`.xlsx,${XLSX_TYPE}`}
          onFile={(chosen) => {
            setFile(chosen);
            setFileError(undefined);
          }}
        />
        <fieldset>
          <legend>{t('nominations.import.mode')}</legend>
          {(['all-or-nothing', 'valid-rows-only'] as const).map((value) => (
            <label key={value} className="checkbox-field">
              <input
                type="radio"
                name="mode"
                value={value}
                checked={mode === value}
                onChange={() => {
                  setMode(value);
                }}
              />
              {value === 'all-or-nothing'
                ? t('nominations.import.allOrNothing')
                : t('nominations.import.validRowsOnly')}
            </label>
          ))}
        </fieldset>
        <label className="checkbox-field">
          <input
            type="checkbox"
            name="dryRun"
            checked={dryRun}
            onChange={(event) => {
              setDryRun(event.target.checked);
            }}
          />
          {t('nominations.import.dryRun')}
        </label>
        <fieldset>
          <legend>{t('nominations.form.officer')}</legend>
          <div className="grid-2">
            {officerField('fullName', t('nominations.field.officerFullName'), true)}
            {officerField('position', t('nominations.field.officerPosition'))}
            {officerField('email', t('nominations.field.officerEmail'), true)}
            {officerField('phone', t('nominations.field.officerPhone'))}
          </div>
        </fieldset>
        {state.status === 'failed' && <ProblemAlert failure={state.failure} />}
        {state.status === 'failed' &&
          state.failure.kind === 'problem' &&
          state.failure.problem.errors.length > 0 && (
            <ul className="field-error">
              {state.failure.problem.errors.map(({ field, message }) => (
                <li key={`${field}:${message}`}>
                  {field}: {message}
                </li>
              ))}
            </ul>
          )}
        <button type="submit" className="button primary" disabled={state.status === 'running'}>
          {state.status === 'running'
            ? t('nominations.import.running')
            : dryRun
              ? t('nominations.import.check')
              : t('nominations.import.submit')}
        </button>
      </form>
      {report !== undefined && <ImportReport report={report.report} dryRun={report.dryRun} />}
    </Page>
  );
}

function ImportReport({ report, dryRun }: { readonly report: Report; readonly dryRun: boolean }) {
  const { t, locale } = useI18n();
  const lines = useMemo(
    () => importReportLines(report.rows ?? [], (text) => localized(locale, text)),
    [report, locale],
  );
  return (
    <section aria-labelledby="import-report">
      <h2 id="import-report">
        {dryRun ? t('nominations.import.reportDryRun') : t('nominations.import.report')}
      </h2>
      <div className="report-counts" role="status">
        <Badge tone="good">{t('nominations.import.written', { count: report.written ?? 0 })}</Badge>
        <Badge tone={(report.invalid ?? 0) > 0 ? 'bad' : 'neutral'}>
          {t('nominations.import.invalid', { count: report.invalid ?? 0 })}
        </Badge>
        <span className="muted">{t('common.rows', { count: report.rows?.length ?? 0 })}</span>
      </div>
      {lines.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('nominations.import.report')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('nominations.import.row')}
                </th>
                <th scope="col">{t('nominations.import.outcome')}</th>
                <th scope="col">{t('nominations.import.field')}</th>
                <th scope="col">{t('nominations.import.message')}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => {
                const outcome = labelOf(IMPORT_OUTCOME_LABEL, line.outcome);
                return (
                  <tr key={line.key}>
                    <td className="numeric">{line.rowNumber}</td>
                    <td>{outcome === undefined ? line.outcome : t(outcome)}</td>
                    <td>
                      <FieldName path={line.field} />
                    </td>
                    <td>
                      {line.message === '' && line.nominationId !== '' ? (
                        <Link to={`/nominating/nominations/${line.nominationId}`}>
                          {t('nominations.import.open')}
                        </Link>
                      ) : (
                        line.message || '—'
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A cell's field by its label, with the template's column name for finding it in the sheet. */
function FieldName({ path }: { readonly path: string }) {
  const { t } = useI18n();
  if (path === '') return <>—</>;
  const key = changedFieldLabel(path);
  if (key === undefined) return <>{path}</>;
  return (
    <>
      {t(key)} <span className="muted small">({path})</span>
    </>
  );
}
