import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { sortByVietnamese } from '../../i18n/format.ts';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { loadCohort, loadEnrolments } from './data.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { graduationPreview } from './logic.ts';
import type { Enrolment, GraduationOutcome } from './types.ts';
import { Attendance, UnmetRequirements } from './CohortBits.tsx';
import './cohorts.css';

/**
 * Graduation of a cohort: who meets the completion rules now (from the progress the API keeps
 * current) and who does not and why; after the office confirms, the API's own answer per trainee,
 * with the certificates issued.
 */
export default function Graduation({ params }: ScreenProps) {
  const { t, locale } = useI18n();
  const cohortId = params.cohortId ?? '';
  const cohort = useLoad(() => loadCohort(cohortId), [cohortId]);
  const enrolments = useLoad(() => loadEnrolments({ cohortId }), [cohortId]);
  const [confirming, setConfirming] = useState(false);
  const [outcomes, setOutcomes] = useState<readonly GraduationOutcome[] | undefined>();
  const all = enrolments.status === 'ok' ? enrolments.data : [];
  const preview = graduationPreview(all);
  const graduatedBefore = all.filter(
    (enrolment) => enrolment.status === 'ENROLMENT_STATUS_GRADUATED',
  ).length;
  const graduate = useAction(
    (enrolmentIds: string[]) =>
      call(
        api.POST('/api/v1/cohorts/{cohortId}/graduate', {
          params: { path: { cohortId } },
          body: { enrolmentIds },
        }),
      ),
    (answer) => {
      setConfirming(false);
      setOutcomes(answer.outcomes ?? []);
      enrolments.reload();
      cohort.reload();
    },
  );
  const nameOf = (enrolmentId: string | undefined) =>
    all.find((enrolment) => enrolment.id === enrolmentId)?.trainee?.fullName ?? '';
  const notEligibleColumns: Column<Enrolment>[] = [
    {
      key: 'name',
      header: t('cohorts.trainee.name'),
      cell: (enrolment) => enrolment.trainee?.fullName,
      sortValue: (enrolment) => enrolment.trainee?.fullName ?? '',
    },
    {
      key: 'attendance',
      header: t('cohorts.trainee.attendance'),
      numeric: true,
      cell: (enrolment) => <Attendance progress={enrolment.progress} />,
    },
    {
      key: 'missing',
      header: t('cohorts.graduation.missing'),
      cell: (enrolment) => <UnmetRequirements unmet={enrolment.progress?.unmet} />,
    },
  ];
  const outcomeColumns: Column<GraduationOutcome>[] = [
    {
      key: 'name',
      header: t('cohorts.trainee.name'),
      cell: (outcome) => outcome.certificate?.holderName ?? nameOf(outcome.enrolmentId),
      sortValue: (outcome) => outcome.certificate?.holderName ?? nameOf(outcome.enrolmentId),
    },
    {
      key: 'outcome',
      header: t('cohorts.import.outcome'),
      cell: (outcome) =>
        outcome.graduated === true ? (
          <Badge tone="good">{t('cohorts.graduation.graduated')}</Badge>
        ) : (
          <Badge tone="warn">{t('cohorts.graduation.notGraduated')}</Badge>
        ),
    },
    {
      key: 'detail',
      header: t('cohorts.graduation.certificate'),
      cell: (outcome) =>
        outcome.certificate?.id !== undefined && outcome.certificate.id !== '' ? (
          <Link to={`/certificates/${outcome.certificate.id}`}>{outcome.certificate.number}</Link>
        ) : (
          <UnmetRequirements unmet={outcome.unmet} />
        ),
    },
  ];
  const graduatedNow = (outcomes ?? []).filter((outcome) => outcome.graduated === true).length;
  return (
    <Page
      title={t('cohorts.graduation.title')}
      actions={
        <Link className="button" to={`/cohorts/${cohortId}`}>
          {t('cohorts.backToCohort')}
        </Link>
      }
    >
      {cohort.status === 'ok' && (
        <p className="muted">{localized(locale, cohort.data.cohort?.settings?.name)}</p>
      )}
      <p>{t('cohorts.graduation.intro')}</p>
      {enrolments.status === 'loading' && <Loading />}
      {enrolments.status === 'failed' && <ProblemAlert failure={enrolments.failure} />}
      {outcomes !== undefined && (
        <section aria-labelledby="result-heading">
          <h2 id="result-heading">{t('cohorts.graduation.result')}</h2>
          <Notice>
            {t('cohorts.graduation.done', {
              graduated: graduatedNow,
              notGraduated: outcomes.length - graduatedNow,
            })}
          </Notice>
          <DataTable
            caption={t('cohorts.graduation.result')}
            columns={outcomeColumns}
            rows={outcomes}
            rowKey={(outcome) => outcome.enrolmentId ?? ''}
            initialSort={{ key: 'name' }}
          />
        </section>
      )}
      {enrolments.status === 'ok' && outcomes === undefined && (
        <>
          {graduatedBefore > 0 && (
            <p className="muted">
              {t('cohorts.graduation.graduatedAlready', { count: graduatedBefore })}
            </p>
          )}
          <section aria-labelledby="eligible-heading">
            <h2 id="eligible-heading">
              {t('cohorts.graduation.eligible', { count: preview.eligible.length })}
            </h2>
            {preview.eligible.length > 0 && (
              <ul>
                {sortByVietnamese(
                  preview.eligible,
                  (enrolment) => enrolment.trainee?.fullName ?? '',
                ).map((enrolment) => (
                  <li key={enrolment.id}>
                    {enrolment.trainee?.fullName}{' '}
                    <span className="muted small">{enrolment.trainee?.email}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="not-eligible-heading">
            <h2 id="not-eligible-heading">
              {t('cohorts.graduation.notEligible', { count: preview.notEligible.length })}
            </h2>
            {preview.notEligible.length > 0 && (
              <DataTable
                caption={t('cohorts.graduation.notEligible', {
                  count: preview.notEligible.length,
                })}
                columns={notEligibleColumns}
                rows={preview.notEligible}
                rowKey={(enrolment) => enrolment.id ?? ''}
                initialSort={{ key: 'name' }}
              />
            )}
          </section>
          {preview.eligible.length > 0 &&
            (confirming ? (
              <form
                className="card action-panel"
                aria-label={t('cohorts.graduation.title')}
                onSubmit={(event) => {
                  event.preventDefault();
                  // Every enrolled trainee: the API graduates those who meet the rules at this
                  // moment and answers for the others what they miss.
                  void graduate.execute(
                    [...preview.eligible, ...preview.notEligible].map(
                      (enrolment) => enrolment.id ?? '',
                    ),
                  );
                }}
              >
                <p>{t('cohorts.graduation.confirmHint')}</p>
                <FormProblem state={graduate.state} placed={[]} />
                <div className="form-actions">
                  <button
                    type="submit"
                    className="button primary"
                    disabled={graduate.state.status === 'running'}
                  >
                    {t('cohorts.graduation.confirm', { count: preview.eligible.length })}
                  </button>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setConfirming(false);
                    }}
                  >
                    {t('common.cancel')}
                  </button>
                </div>
              </form>
            ) : (
              <button
                type="button"
                className="button primary"
                onClick={() => {
                  graduate.reset();
                  setConfirming(true);
                }}
              >
                {t('cohorts.graduation.start', { count: preview.eligible.length })}
              </button>
            ))}
        </>
      )}
    </Page>
  );
}
