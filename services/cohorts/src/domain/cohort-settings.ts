import { Violations, isCalendarDate } from '@expertnet/platform';
import type { FieldViolation } from '@expertnet/platform';
import { DELIVERY_MODES, type CohortSettings, type Facilitator } from './types.ts';

const COHORT_CODE = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
const ORGANISATION_CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Deliberately loose: the address is for people to write to, the mail server decides. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_CAPACITY = 1000;
const MAX_FACILITATORS = 30;

/** Every problem with a cohort's settings, with proto field paths under `prefix`. */
export function validateCohortSettings(
  settings: CohortSettings,
  prefix = 'settings',
): readonly FieldViolation[] {
  const violations = new Violations();
  checkIdentity(settings, prefix, violations);
  checkDates(settings, prefix, violations);
  violations.integerBetween(settings.capacity, 1, MAX_CAPACITY, `${prefix}.capacity`);
  checkVenue(settings, prefix, violations);
  checkFacilitators(settings.facilitators, `${prefix}.facilitators`, violations);
  return violations.list;
}

function checkIdentity(settings: CohortSettings, prefix: string, violations: Violations): void {
  violations.matches(settings.trackId, UUID, `${prefix}.track_id`, 'must be a UUID');
  if (settings.intakeRoundId !== '') {
    violations.matches(settings.intakeRoundId, UUID, `${prefix}.intake_round_id`, 'must be a UUID');
  }
  const codeRule = 'must be 2 to 32 of A-Z 0-9 _ -';
  violations.matches(settings.code, COHORT_CODE, `${prefix}.code`, codeRule);
  violations.textBetween(settings.name.vi, 3, 200, `${prefix}.name.vi`);
  violations.textBetween(settings.name.en, 0, 200, `${prefix}.name.en`);
}

function checkDates(settings: CohortSettings, prefix: string, violations: Violations): void {
  const realDate = 'must be a real date "YYYY-MM-DD"';
  const start = violations.check(
    isCalendarDate(settings.startDate),
    `${prefix}.start_date`,
    realDate,
  );
  const end = violations.check(isCalendarDate(settings.endDate), `${prefix}.end_date`, realDate);
  if (!start || !end) return;
  violations.check(
    settings.endDate >= settings.startDate,
    `${prefix}.end_date`,
    'must not be before start_date',
  );
}

function checkVenue(settings: CohortSettings, prefix: string, violations: Violations): void {
  violations.check(
    DELIVERY_MODES.includes(settings.deliveryMode),
    `${prefix}.delivery_mode`,
    'unknown delivery mode',
  );
  if (settings.venueProvinceCode !== '') {
    const field = `${prefix}.venue_province.code`;
    violations.matches(
      settings.venueProvinceCode,
      ORGANISATION_CODE,
      field,
      'must be an organisation code',
    );
  }
  violations.textBetween(settings.venue, 0, 500, `${prefix}.venue`);
}

function checkFacilitators(
  facilitators: readonly Facilitator[],
  prefix: string,
  violations: Violations,
): void {
  violations.check(
    facilitators.length <= MAX_FACILITATORS,
    prefix,
    `must have at most ${MAX_FACILITATORS}`,
  );
  facilitators.forEach((facilitator, index) => {
    const field = `${prefix}[${index}]`;
    if (violations.textBetween(facilitator.subject, 1, 64, `${field}.subject`)) {
      const first = facilitators.findIndex((other) => other.subject === facilitator.subject);
      violations.check(first === index, `${field}.subject`, `repeats facilitators[${first}]`);
    }
    violations.textBetween(facilitator.fullName, 2, 120, `${field}.full_name`);
    violations.matches(facilitator.email, EMAIL, `${field}.email`, 'must be an email address');
  });
}
