import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { fileBody, XLSX_TYPE } from '../../api/upload.ts';
import { FileField } from '../../components/Field.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Badge, Notice } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import type { ImportAttendanceReport } from './types.ts';

type ReportRow = NonNullable<ImportAttendanceReport['rows']>[number];

/**
 * Attendance from an .xlsx list (columns Email, Điểm danh, Ghi chú): checked first if wanted, then
 * written, with the row-by-row report the API answers.
 */
export function AttendanceImport({
  sessionId,
  nameOf,
  onWritten,
}: {
  readonly sessionId: string;
  /** A trainee's name by enrolment id, for the report. */
  readonly nameOf: (enrolmentId: string) => string;
  readonly onWritten: () => void;
}) {
  const { t, locale, number } = useI18n();
  const [file, setFile] = useState<File | undefined>();
  const [dryRun, setDryRun] = useState(true);
  const [allOrNothing, setAllOrNothing] = useState(false);
  const [report, setReport] = useState<
    { readonly answer: ImportAttendanceReport; readonly dryRun: boolean } | undefined
  >();
  const upload = useAction(
    async (chosen: File, checkOnly: boolean, strict: boolean) => {
      const outcome = await call(
        api.POST('/api/v1/sessions/{sessionId}/attendance/import', {
          params: { path: { sessionId }, query: { dryRun: checkOnly, allOrNothing: strict } },
          ...fileBody(chosen, XLSX_TYPE),
        }),
      );
      return outcome.ok
        ? { ok: true as const, data: { answer: outcome.data, checkOnly } }
        : outcome;
    },
    ({ answer, checkOnly }) => {
      setReport({ answer, dryRun: checkOnly });
      if (!checkOnly && (answer.written ?? 0) > 0) onWritten();
    },
  );
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (file !== undefined) void upload.execute(file, dryRun, allOrNothing);
  };
  const columns: Column<ReportRow>[] = [
    {
      key: 'row',
      header: t('cohorts.import.row'),
      numeric: true,
      cell: (row) => row.rowNumber,
      sortValue: (row) => row.rowNumber ?? 0,
    },
    {
      key: 'trainee',
      header: t('cohorts.trainee.name'),
      cell: (row) => (row.enrolmentId === undefined ? '' : nameOf(row.enrolmentId)),
    },
    {
      key: 'outcome',
      header: t('cohorts.import.outcome'),
      cell: (row) =>
        (row.problems ?? []).length > 0 ? (
          <Badge tone="bad">{t('cohorts.import.invalid')}</Badge>
        ) : row.written === true ? (
          <Badge tone="good">{t('cohorts.import.written')}</Badge>
        ) : (
          <Badge tone="info">{t('cohorts.import.valid')}</Badge>
        ),
    },
    {
      key: 'problems',
      header: t('cohorts.import.problems'),
      cell: (row) => (
        <ul className="compact">
          {(row.problems ?? []).map((problem, index) => (
            <li key={`${problem.code ?? ''}-${String(index)}`}>
              {localized(locale, problem.message)}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('cohorts.import.title')}</h2>
      <form className="card" onSubmit={submit}>
        <p>{t('cohorts.import.intro')}</p>
        <FileField
          label={t('cohorts.import.file')}
          required
          hint={t('cohorts.import.fileHint')}
          accept={`.xlsx,${XLSX_TYPE}`}
          onFile={(chosen) => {
            setFile(chosen);
            setReport(undefined);
            upload.reset();
          }}
        />
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={dryRun}
              onChange={(event) => {
                setDryRun(event.target.checked);
              }}
            />{' '}
            {t('cohorts.import.dryRun')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={allOrNothing}
              onChange={(event) => {
                setAllOrNothing(event.target.checked);
              }}
            />{' '}
            {t('cohorts.import.allOrNothing')}
          </label>
        </div>
        <FormProblem state={upload.state} placed={[]} />
        <button
          type="submit"
          className="button primary"
          disabled={file === undefined || upload.state.status === 'running'}
        >
          {t(dryRun ? 'cohorts.import.check' : 'cohorts.import.submit')}
        </button>
      </form>
      {report !== undefined && (
        <>
          <Notice>
            {t(report.dryRun ? 'cohorts.import.checked' : 'cohorts.import.done', {
              written: number(report.answer.written ?? 0),
              invalid: number(report.answer.invalid ?? 0),
              rows: number((report.answer.rows ?? []).length),
              valid: number((report.answer.rows ?? []).length - (report.answer.invalid ?? 0)),
            })}
          </Notice>
          <DataTable
            caption={t('cohorts.import.report')}
            columns={columns}
            rows={report.answer.rows ?? []}
            rowKey={(row) => String(row.rowNumber ?? 0)}
          />
        </>
      )}
    </section>
  );
}
