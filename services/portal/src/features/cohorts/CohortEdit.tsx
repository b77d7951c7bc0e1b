import { useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { navigate } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { SelectField } from '../../components/Field.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { draftOfCohort, settingsOfDraft, type CohortDraft } from './cohort-draft.ts';
import { CohortForm } from './CohortForm.tsx';
import { loadCohort } from './data.ts';
import { actionFieldErrors } from '../../components/FormProblem.tsx';
import { COHORT_NEXT_STATUSES, COHORT_STATUS } from './labels.ts';
import type { Cohort, CohortStatus } from './types.ts';
import './cohorts.css';

/** The office changes a cohort's settings or moves its status on. */
export default function CohortEdit({ params }: ScreenProps) {
  const { t } = useI18n();
  const cohortId = params.cohortId ?? '';
  const cohort = useLoad(() => loadCohort(cohortId), [cohortId]);
  if (cohort.status === 'loading') return <Loading />;
  if (cohort.status === 'failed') return <ProblemAlert failure={cohort.failure} />;
  const found = cohort.data.cohort;
  if (found === undefined) return <Loading />;
  return <EditForm cohort={found} title={t('cohorts.edit.title')} />;
}

function EditForm({ cohort, title }: { readonly cohort: Cohort; readonly title: string }) {
  const { t, locale } = useI18n();
  const cohortId = cohort.id ?? '';
  const current = cohort.status ?? 'COHORT_STATUS_UNSPECIFIED';
  const [draft, setDraft] = useState<CohortDraft>(() => draftOfCohort(cohort));
  const [status, setStatus] = useState<CohortStatus>(current);
  useEffect(() => {
    setDraft(draftOfCohort(cohort));
    setStatus(cohort.status ?? 'COHORT_STATUS_UNSPECIFIED');
  }, [cohort]);
  const save = useAction(
    (changed: CohortDraft, next: CohortStatus) =>
      next === 'COHORT_STATUS_UNSPECIFIED'
        ? Promise.resolve({ ok: true as const, data: undefined })
        : call(
            api.PUT('/api/v1/cohorts/{cohortId}', {
              params: { path: { cohortId } },
              body: {
                expectedVersion: cohort.version ?? 0,
                settings: settingsOfDraft(changed),
                status: next,
              },
            }),
          ),
    () => {
      navigate(`/cohorts/${cohortId}?saved=1`);
    },
  );
  const errors = actionFieldErrors(save.state);
  const statuses = COHORT_NEXT_STATUSES[current];
  return (
    <Page title={`${title}: ${localized(locale, cohort.settings?.name)}`}>
      <CohortForm
        draft={draft}
        onChange={setDraft}
        onSubmit={() => void save.execute(draft, status)}
        state={save.state}
        submitLabel={t('common.save')}
        cancelTo={`/cohorts/${cohortId}`}
        trackLocked
        extra={
          <SelectField
            label={t('cohorts.field.status')}
            hint={t('cohorts.edit.statusHint')}
            value={status}
            error={errors.status}
            disabled={statuses.length <= 1}
            onChange={(event) => {
              const next = statuses.find((candidate) => candidate === event.target.value);
              if (next !== undefined) setStatus(next);
            }}
            options={statuses.map((value) => ({ value, label: t(COHORT_STATUS[value]) }))}
          />
        }
      />
    </Page>
  );
}
