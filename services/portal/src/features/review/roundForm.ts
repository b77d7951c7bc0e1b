import type { components } from '../../api/gen/schema.ts';
import { dateInputValue, instantOfDateInput } from '../../i18n/format.ts';
import type { EducationLevel, EmploymentType, Round } from '../nominations/model.ts';

type RoundSettings = components['schemas']['RoundSettings'];
type MinEducation = NonNullable<components['schemas']['EligibilityRules']['minEducationLevel']>;

export interface CriterionDraft {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn: string;
  readonly maxScore: string;
  readonly weight: string;
}

/** The round form's state. Dates are yyyy-MM-dd in Vietnam time (the date inputs' values). */
export interface RoundDraft {
  readonly nameVi: string;
  readonly nameEn: string;
  readonly description: string;
  readonly opensOn: string;
  readonly closesOn: string;
  /**
   * The instants on record, kept while their dates are unchanged: a date input holds no time, and
   * the service refuses to move an open round's opening.
   */
  readonly opensAtOnRecord?: string | undefined;
  readonly closesAtOnRecord?: string | undefined;
  readonly employmentTypes: readonly EmploymentType[];
  readonly minYearsOfService: string;
  readonly maxAge: string;
  readonly ageReferenceDate: string;
  readonly minEducationLevel: EducationLevel | '';
  readonly requireDigitalBackground: boolean;
  readonly requirePriorTraining: boolean;
  readonly rubric: readonly CriterionDraft[];
  /** "14, 7, 1". */
  readonly reminderDays: string;
}

export const EMPTY_CRITERION: CriterionDraft = {
  code: '',
  nameVi: '',
  nameEn: '',
  maxScore: '10',
  weight: '',
};

export function emptyRoundDraft(): RoundDraft {
  return {
    nameVi: '',
    nameEn: '',
    description: '',
    opensOn: '',
    closesOn: '',
    employmentTypes: [],
    minYearsOfService: '',
    maxAge: '',
    ageReferenceDate: '',
    minEducationLevel: '',
    requireDigitalBackground: false,
    requirePriorTraining: false,
    rubric: [EMPTY_CRITERION],
    reminderDays: '14, 7, 1',
  };
}

const text = (value: number | undefined) =>
  value === undefined || value === 0 ? '' : String(value);

export function roundDraftFrom(round: Round): RoundDraft {
  const eligibility = round.eligibility ?? {};
  const education = eligibility.minEducationLevel;
  return {
    nameVi: round.name?.vi ?? '',
    nameEn: round.name?.en ?? '',
    description: round.description ?? '',
    opensOn: dateInputValue(round.opensAt),
    closesOn: dateInputValue(round.closesAt),
    opensAtOnRecord: round.opensAt,
    closesAtOnRecord: round.closesAt,
    employmentTypes: eligibility.employmentTypes ?? [],
    minYearsOfService: text(eligibility.minYearsOfService),
    maxAge: text(eligibility.maxAge),
    ageReferenceDate: eligibility.ageReferenceDate ?? '',
    minEducationLevel:
      education === undefined || education === 'EDUCATION_LEVEL_UNSPECIFIED' ? '' : education,
    requireDigitalBackground: eligibility.requireDigitalBackground ?? false,
    requirePriorTraining: eligibility.requirePriorTraining ?? false,
    rubric: (round.rubric ?? []).map((criterion) => ({
      code: criterion.code,
      nameVi: typeof criterion.name.vi === 'string' ? criterion.name.vi : '',
      nameEn: typeof criterion.name.en === 'string' ? criterion.name.en : '',
      maxScore: String(criterion.maxScore),
      weight: String(criterion.weight),
    })),
    reminderDays: (round.reminderDaysBeforeClose ?? []).join(', '),
  };
}

function whole(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : -1;
}

/** The last moment of a day in Vietnam time (a deadline "on 20/01" runs to its end). */
export function endOfDayInstant(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return new Date(`${value}T23:59:59+07:00`).toISOString();
}

/** The instant on record while its date is unchanged, else the instant the new date means. */
function keptOr(
  onRecord: string | undefined,
  date: string,
  instantOf: (date: string) => string | undefined,
): string {
  if (onRecord !== undefined && dateInputValue(onRecord) === date) return onRecord;
  return instantOf(date) ?? '';
}

/** The API's round settings from the form. */
export function roundSettingsOf(draft: RoundDraft): RoundSettings {
  const minYearsOfService = whole(draft.minYearsOfService);
  const maxAge = whole(draft.maxAge);
  const description = draft.description.trim();
  const nameEn = draft.nameEn.trim();
  const education: MinEducation | undefined =
    draft.minEducationLevel === '' ? undefined : draft.minEducationLevel;
  return {
    name: { vi: draft.nameVi.trim(), ...(nameEn === '' ? {} : { en: nameEn }) },
    ...(description === '' ? {} : { description }),
    opensAt: keptOr(draft.opensAtOnRecord, draft.opensOn, instantOfDateInput),
    closesAt: keptOr(draft.closesAtOnRecord, draft.closesOn, endOfDayInstant),
    eligibility: {
      employmentTypes: [...draft.employmentTypes],
      ...(minYearsOfService === undefined ? {} : { minYearsOfService }),
      ...(maxAge === undefined ? {} : { maxAge }),
      ...(draft.ageReferenceDate === '' ? {} : { ageReferenceDate: draft.ageReferenceDate }),
      ...(education === undefined ? {} : { minEducationLevel: education }),
      requireDigitalBackground: draft.requireDigitalBackground,
      requirePriorTraining: draft.requirePriorTraining,
    },
    rubric: draft.rubric.map((criterion) => {
      const en = criterion.nameEn.trim();
      return {
        code: criterion.code.trim(),
        name: { vi: criterion.nameVi.trim(), ...(en === '' ? {} : { en }) },
        maxScore: whole(criterion.maxScore) ?? 0,
        weight: whole(criterion.weight) ?? 0,
      };
    }),
    reminderDaysBeforeClose: draft.reminderDays
      .split(/[,;\s]+/)
      .filter((part) => part !== '')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : -1)),
  };
}

/** The sum of the rubric's weights, which the form shows beside the criteria. */
export function rubricWeightTotal(rubric: readonly CriterionDraft[]): number {
  return rubric.reduce((total, criterion) => total + Math.max(0, whole(criterion.weight) ?? 0), 0);
}
