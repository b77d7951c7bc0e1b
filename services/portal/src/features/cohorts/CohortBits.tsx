import { Badge } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { COHORT_STATUS, COHORT_STATUS_TONE } from './labels.ts';
import type { Cohort } from './types.ts';

export function CohortDates({ cohort }: { readonly cohort: Cohort }) {
  const { t, date } = useI18n();
  return (
    <>
      {t('cohorts.dates', {
        start: date(cohort.settings?.startDate),
        end: date(cohort.settings?.endDate),
      })}
    </>
  );
}

export function Seats({ cohort }: { readonly cohort: Cohort }) {
  const { t, number } = useI18n();
  return (
    <>
      {t('cohorts.seats', {
        enrolled: number(cohort.enrolledCount ?? 0),
        capacity: number(cohort.settings?.capacity ?? 0),
      })}
      {(cohort.waitlistedCount ?? 0) > 0 && (
        <span className="muted small">
          {' '}
          {t('cohorts.waitlisted', { count: cohort.waitlistedCount ?? 0 })}
        </span>
      )}
    </>
  );
}

export function CohortStatusBadge({ cohort }: { readonly cohort: Cohort }) {
  const { t } = useI18n();
  const status = cohort.status ?? 'COHORT_STATUS_UNSPECIFIED';
  return <Badge tone={COHORT_STATUS_TONE[status]}>{t(COHORT_STATUS[status])}</Badge>;
}
