import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link, setQuery } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { SelectField } from '../../components/Field.tsx';
import { FilterForm } from '../../components/Filters.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { loadAssessments, loadCohort, loadEnrolments, loadTracks } from './data.ts';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { latestAttempts, parseScore } from './logic.ts';
import type { Enrolment } from './types.ts';
import './cohorts.css';

interface ScoreDraft {
  readonly score: string;
  readonly comment: string;
}

/**
 * A cohort's module assessments: each trainee's latest result per module; the office and the
 * cohort's facilitators record a new attempt's scores.
 */
export default function Assessments({ params, query }: ScreenProps) {
  const { t, locale, dateTime, number } = useI18n();
  const { hasRole, state } = useSession();
  const cohortId = params.cohortId ?? '';
  const cohort = useLoad(() => loadCohort(cohortId), [cohortId]);
  const tracks = useLoad(loadTracks, []);
  const enrolments = useLoad(() => loadEnrolments({ cohortId }), [cohortId]);
  const results = useLoad(() => loadAssessments(cohortId), [cohortId]);
  const [drafts, setDrafts] = useState<Record<string, ScoreDraft>>({});
  const [sent, setSent] = useState<readonly string[]>([]);
  const [notice, setNotice] = useState('');
  const settings = cohort.status === 'ok' ? cohort.data.cohort?.settings : undefined;
  const track =
    tracks.status === 'ok'
      ? tracks.data.find((candidate) => candidate.id === settings?.trackId)
      : undefined;
  const modules = track?.settings?.modules ?? [];
  const moduleCode = query.get('module') ?? modules[0]?.code ?? '';
  const module = modules.find((candidate) => candidate.code === moduleCode);
  const subject = state.status === 'signed-in' ? state.user.subject : '';
  const staff =
    hasRole('programme-office') ||
    (settings?.facilitators ?? []).some((facilitator) => facilitator.subject === subject);
  const latest = latestAttempts(results.status === 'ok' ? results.data : []);
  const trainees =
    enrolments.status === 'ok'
      ? enrolments.data.filter(
          (enrolment) =>
            enrolment.status === 'ENROLMENT_STATUS_ENROLLED' ||
            enrolment.status === 'ENROLMENT_STATUS_GRADUATED',
        )
      : [];
  const entries = trainees
    .filter((enrolment) => enrolment.status === 'ENROLMENT_STATUS_ENROLLED')
    .map((enrolment) => ({ enrolment, draft: drafts[enrolment.id ?? ''] }))
    .filter(({ draft }) => draft !== undefined && draft.score.trim() !== '');
  const invalid = entries.filter(({ draft }) => parseScore(draft?.score ?? '') === undefined);
  const record = useAction(
    (scores: { enrolmentId: string; score: number; comment: string }[]) => {
      setSent(scores.map((score) => score.enrolmentId));
      return call(
        api.POST('/api/v1/cohorts/{cohortId}/assessments', {
          params: { path: { cohortId } },
          body: { moduleCode, scores },
        }),
      );
    },
    (answer) => {
      setNotice(t('cohorts.assessments.saved', { count: (answer.results ?? []).length }));
      setDrafts({});
      results.reload();
      enrolments.reload();
    },
  );
  const errors = actionFieldErrors(record.state);
  const rowError = (enrolmentId: string) => {
    const index = sent.indexOf(enrolmentId);
    if (index < 0) return undefined;
    return (
      errors[`scores[${String(index)}].score`] ??
      errors[`scores[${String(index)}].enrolmentId`] ??
      errors[`scores[${String(index)}].comment`]
    );
  };
  const setDraft = (enrolmentId: string, change: Partial<ScoreDraft>) => {
    setNotice('');
    setDrafts((previous) => ({
      ...previous,
      [enrolmentId]: { score: '', comment: '', ...previous[enrolmentId], ...change },
    }));
  };
  const submit = () => {
    if (invalid.length > 0) return;
    void record.execute(
      entries.map(({ enrolment, draft }) => ({
        enrolmentId: enrolment.id ?? '',
        score: parseScore(draft?.score ?? '') ?? 0,
        comment: draft?.comment.trim() ?? '',
      })),
    );
  };
  const resultOf = (enrolment: Enrolment) => latest.get(`${enrolment.id ?? ''} ${moduleCode}`);
  const columns: Column<Enrolment>[] = [
    {
      key: 'name',
      header: t('cohorts.trainee.name'),
      cell: (enrolment) => enrolment.trainee?.fullName,
      sortValue: (enrolment) => enrolment.trainee?.fullName ?? '',
    },
    {
      key: 'score',
      header: t('cohorts.assessments.score'),
      numeric: true,
      cell: (enrolment) => {
        const result = resultOf(enrolment);
        return result === undefined ? '' : number(result.score ?? 0);
      },
      sortValue: (enrolment) => resultOf(enrolment)?.score ?? -1,
    },
    {
      key: 'passed',
      header: t('cohorts.assessments.outcome'),
      cell: (enrolment) => {
        const result = resultOf(enrolment);
        if (result === undefined) {
          return <Badge>{t('cohorts.assessments.notAssessed')}</Badge>;
        }
        return result.passed === true ? (
          <Badge tone="good">{t('cohorts.assessments.passed')}</Badge>
        ) : (
          <Badge tone="warn">{t('cohorts.assessments.failed')}</Badge>
        );
      },
    },
    {
      key: 'attempt',
      header: t('cohorts.assessments.attempt'),
      numeric: true,
      cell: (enrolment) => resultOf(enrolment)?.attempt ?? '',
    },
    {
      key: 'comment',
      header: t('cohorts.assessments.comment'),
      cell: (enrolment) => {
        const result = resultOf(enrolment);
        return result === undefined ? (
          ''
        ) : (
          <>
            {result.comment}
            <p className="muted small">{dateTime(result.assessedAt)}</p>
          </>
        );
      },
    },
    ...(staff
      ? [
          {
            key: 'new',
            header: t('cohorts.assessments.newScore'),
            cell: (enrolment: Enrolment) => {
              if (enrolment.status !== 'ENROLMENT_STATUS_ENROLLED') return null;
              const id = enrolment.id ?? '';
              const name = enrolment.trainee?.fullName ?? '';
              const draft = drafts[id];
              const typed = draft?.score ?? '';
              const local =
                typed.trim() !== '' && parseScore(typed) === undefined
                  ? t('cohorts.assessments.invalidScore')
                  : undefined;
              const error = local ?? rowError(id);
              const errorId = `score-error-${id}`;
              return (
                <div className="score-entry">
                  <input
                    type="text"
                    inputMode="numeric"
                    size={4}
                    aria-label={t('cohorts.assessments.scoreFor', { name })}
                    aria-invalid={error !== undefined}
                    aria-describedby={error === undefined ? undefined : errorId}
                    value={typed}
                    onChange={(event) => {
                      setDraft(id, { score: event.target.value });
                    }}
                  />
                  <input
                    type="text"
                    aria-label={t('cohorts.assessments.commentFor', { name })}
                    placeholder={t('cohorts.assessments.comment')}
                    value={draft?.comment ?? ''}
                    onChange={(event) => {
                      setDraft(id, { comment: event.target.value });
                    }}
                  />
                  {error !== undefined && (
                    <p className="field-error" id={errorId}>
                      {error}
                    </p>
                  )}
                </div>
              );
            },
          },
        ]
      : []),
  ];
  const failure =
    (cohort.status === 'failed' && cohort.failure) ||
    (enrolments.status === 'failed' && enrolments.failure) ||
    (results.status === 'failed' && results.failure) ||
    undefined;
  return (
    <Page
      title={t('cohorts.assessments.title')}
      actions={
        <Link className="button" to={`/cohorts/${cohortId}`}>
          {t('cohorts.backToCohort')}
        </Link>
      }
    >
      {settings !== undefined && <p className="muted">{localized(locale, settings.name)}</p>}
      {failure !== undefined && <ProblemAlert failure={failure} />}
      {failure === undefined &&
        (cohort.status === 'loading' ||
          enrolments.status === 'loading' ||
          results.status === 'loading') && <Loading />}
      {tracks.status === 'ok' && track !== undefined && modules.length === 0 && (
        <p>{t('cohorts.assessments.noModules')}</p>
      )}
      {modules.length > 0 && (
        <FilterForm>
          <SelectField
            label={t('cohorts.assessments.module')}
            value={moduleCode}
            hint={
              module?.passScore === undefined
                ? undefined
                : t('cohorts.assessments.passScore', { score: module.passScore })
            }
            onChange={(event) => {
              setDrafts({});
              record.reset();
              setNotice('');
              setQuery({ module: event.target.value });
            }}
            options={modules.map((candidate) => ({
              value: candidate.code,
              label: `${candidate.code} · ${localized(locale, candidate.title)}`,
            }))}
          />
        </FilterForm>
      )}
      {enrolments.status === 'ok' && results.status === 'ok' && module !== undefined && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {t('cohorts.assessments.results')}: {module.code} · {localized(locale, module.title)}
          </h2>
          {staff && <p className="hint">{t('cohorts.assessments.recordHint')}</p>}
          {notice !== '' && <Notice>{notice}</Notice>}
          <DataTable
            caption={t('cohorts.assessments.results')}
            columns={columns}
            rows={trainees}
            rowKey={(enrolment) => enrolment.id ?? ''}
            initialSort={{ key: 'name' }}
          />
          {staff && trainees.length > 0 && (
            <form
              className="form-actions sheet-actions"
              onSubmit={(event) => {
                event.preventDefault();
                submit();
              }}
            >
              <FormProblem
                state={record.state}
                placed={Object.keys(errors).filter((field) => field.startsWith('scores['))}
              />
              <button
                type="submit"
                className="button primary"
                disabled={
                  entries.length === 0 || invalid.length > 0 || record.state.status === 'running'
                }
              >
                {t('cohorts.assessments.save', { count: entries.length })}
              </button>
            </form>
          )}
        </section>
      )}
    </Page>
  );
}
