import { Violations, isCalendarDate, isValidInstant } from '@expertnet/platform';
import type { FieldViolation } from '@expertnet/platform';
import { DAY_MS } from './calendar.ts';
import {
  EDUCATION_LEVELS,
  EMPLOYMENT_TYPES,
  type EligibilityRules,
  type RoundSettings,
  type RubricCriterion,
} from './types.ts';

const RUBRIC_CODE = /^[a-z][a-z0-9_]{0,31}$/;
const MAX_RUBRIC_CRITERIA = 20;
const MAX_REMINDERS = 10;
/** No one under 18 can be a civil servant, so a lower age limit would exclude everybody. */
const MIN_SENSIBLE_MAX_AGE = 18;

/**
 * Every problem with a round's settings, with proto field paths under `prefix`
 * (e.g. "settings.closes_at"). Empty when the settings are fine.
 */
export function validateRoundSettings(
  settings: RoundSettings,
  prefix = 'settings',
): readonly FieldViolation[] {
  const violations = new Violations();
  violations.textBetween(settings.name.vi, 3, 200, `${prefix}.name.vi`);
  violations.textBetween(settings.name.en, 0, 200, `${prefix}.name.en`);
  violations.textBetween(settings.description, 0, 4000, `${prefix}.description`);
  const timesValid = checkTimes(settings, prefix, violations);
  checkEligibility(settings.eligibility, `${prefix}.eligibility`, violations);
  checkRubric(settings.rubric, `${prefix}.rubric`, violations);
  checkReminders(settings, prefix, timesValid, violations);
  return violations.list;
}

function checkTimes(settings: RoundSettings, prefix: string, violations: Violations): boolean {
  const opens = violations.check(
    isValidInstant(settings.opensAt),
    `${prefix}.opens_at`,
    'must be a valid instant',
  );
  const closes = violations.check(
    isValidInstant(settings.closesAt),
    `${prefix}.closes_at`,
    'must be a valid instant',
  );
  if (!opens || !closes) return false;
  return violations.check(
    settings.closesAt.getTime() > settings.opensAt.getTime(),
    `${prefix}.closes_at`,
    'must be after opens_at',
  );
}

function checkEligibility(rules: EligibilityRules, prefix: string, violations: Violations): void {
  rules.employmentTypes.forEach((type, index) => {
    const field = `${prefix}.employment_types[${index}]`;
    if (!violations.check(EMPLOYMENT_TYPES.includes(type), field, 'unknown employment type'))
      return;
    violations.check(
      rules.employmentTypes.indexOf(type) === index,
      field,
      'each employment type may appear only once',
    );
  });
  if (rules.minYearsOfService !== undefined) {
    violations.integerBetween(rules.minYearsOfService, 0, 40, `${prefix}.min_years_of_service`);
  }
  if (rules.maxAge !== undefined) {
    violations.integerBetween(rules.maxAge, MIN_SENSIBLE_MAX_AGE, 70, `${prefix}.max_age`);
  }
  if (rules.ageReferenceDate !== undefined) {
    violations.check(
      isCalendarDate(rules.ageReferenceDate),
      `${prefix}.age_reference_date`,
      'must be a real date "YYYY-MM-DD"',
    );
  }
  if (rules.minEducationLevel !== undefined) {
    violations.check(
      EDUCATION_LEVELS.includes(rules.minEducationLevel),
      `${prefix}.min_education_level`,
      'unknown education level',
    );
  }
}

function checkRubric(
  rubric: readonly RubricCriterion[],
  prefix: string,
  violations: Violations,
): void {
  violations.check(
    rubric.length >= 1 && rubric.length <= MAX_RUBRIC_CRITERIA,
    prefix,
    `must have 1 to ${MAX_RUBRIC_CRITERIA} criteria`,
  );
  rubric.forEach((criterion, index) => {
    const field = `${prefix}[${index}]`;
    const codeOk = violations.check(
      RUBRIC_CODE.test(criterion.code),
      `${field}.code`,
      'must be lower case letters, digits or "_", starting with a letter, at most 32',
    );
    if (codeOk) {
      const first = rubric.findIndex((other) => other.code === criterion.code);
      violations.check(first === index, `${field}.code`, `repeats the code of rubric[${first}]`);
    }
    violations.textBetween(criterion.name.vi, 1, 200, `${field}.name.vi`);
    violations.textBetween(criterion.name.en, 0, 200, `${field}.name.en`);
    violations.integerBetween(criterion.maxScore, 1, 100, `${field}.max_score`);
    violations.integerBetween(criterion.weight, 1, 100, `${field}.weight`);
  });
}

function checkReminders(
  settings: RoundSettings,
  prefix: string,
  timesValid: boolean,
  violations: Violations,
): void {
  const field = `${prefix}.reminder_days_before_close`;
  const days = settings.reminderDaysBeforeClose;
  violations.check(days.length <= MAX_REMINDERS, field, `must have at most ${MAX_REMINDERS} days`);
  days.forEach((day, index) => {
    if (!violations.integerBetween(day, 1, 90, `${field}[${index}]`)) return;
    if (!violations.check(days.indexOf(day) === index, `${field}[${index}]`, 'repeats a day')) {
      return;
    }
    if (!timesValid) return;
    // A reminder due before the round opens would tell units to hurry before they can act.
    violations.check(
      settings.closesAt.getTime() - day * DAY_MS >= settings.opensAt.getTime(),
      `${field}[${index}]`,
      'falls before the round opens',
    );
  });
}
