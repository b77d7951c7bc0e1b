import { Badge } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { COHORT_STATUS, COHORT_STATUS_TONE } from './labels.ts';
import type { Cohort, Enrolment, Requirement } from './types.ts';

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

/** A trainee's attendance: its percentage and the sessions attended of those held. */
export function Attendance({ progress }: { readonly progress: Enrolment['progress'] }) {
  const { t, number } = useI18n();
  return (
    <>
      {t('cohorts.trainee.attendanceValue', {
        percent: number(progress?.attendancePercent ?? 0),
        attended: progress?.sessionsAttended ?? 0,
        held: progress?.sessionsHeld ?? 0,
      })}
    </>
  );
}

/** The completion rules a trainee does not meet yet, one a line. */
export function UnmetRequirements({
  unmet,
}: {
  readonly unmet: readonly Requirement[] | undefined;
}) {
  const { locale } = useI18n();
  return (
    <ul className="compact">
      {(unmet ?? []).map((requirement, index) => (
        <li key={`${requirement.code ?? ''}-${String(index)}`}>
          {localized(locale, requirement.message)}
        </li>
      ))}
    </ul>
  );
}

/** An enrolled trainee's progress: that they meet the rules, or the rules they do not meet yet. */
export function RequirementsProgress({
  unmet,
}: {
  readonly unmet: readonly Requirement[] | undefined;
}) {
  const { t } = useI18n();
  return (unmet ?? []).length === 0 ? (
    <Badge tone="good">{t('cohorts.trainee.meetsRules')}</Badge>
  ) : (
    <UnmetRequirements unmet={unmet} />
  );
}
