import type {
  Candidate,
  EducationLevel,
  EmploymentType,
  Gender,
  Nomination,
  Officer,
} from './model.ts';

/** A prior training as typed: the year stays text until saved. */
export interface TrainingDraft {
  readonly title: string;
  readonly provider: string;
  readonly year: string;
}

/** The nomination form's state: what the inputs hold, all text but the choices. */
export interface NominationDraft {
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly gender: Gender;
  readonly nationalId: string;
  readonly email: string;
  readonly phone: string;
  readonly position: string;
  readonly unit: string;
  readonly employmentType: EmploymentType;
  readonly yearsOfService: string;
  readonly educationLevel: EducationLevel;
  readonly fieldOfStudy: string;
  readonly digitalBackground: boolean;
  readonly yearsOfExperience: string;
  /** One per line. */
  readonly specialties: string;
  /** Separated by commas ("vi, en"). */
  readonly languages: string;
  readonly trainings: readonly TrainingDraft[];
  readonly officerFullName: string;
  readonly officerPosition: string;
  readonly officerEmail: string;
  readonly officerPhone: string;
}

export const GENDERS: readonly Gender[] = ['GENDER_FEMALE', 'GENDER_MALE', 'GENDER_OTHER'];
export const EMPLOYMENT_TYPES: readonly EmploymentType[] = [
  'EMPLOYMENT_TYPE_OFFICIAL',
  'EMPLOYMENT_TYPE_CIVIL_SERVANT',
  'EMPLOYMENT_TYPE_PUBLIC_EMPLOYEE',
  'EMPLOYMENT_TYPE_CONTRACT_STAFF',
  'EMPLOYMENT_TYPE_OTHER',
];
export const EDUCATION_LEVELS: readonly EducationLevel[] = [
  'EDUCATION_LEVEL_SECONDARY',
  'EDUCATION_LEVEL_COLLEGE',
  'EDUCATION_LEVEL_BACHELOR',
  'EDUCATION_LEVEL_MASTER',
  'EDUCATION_LEVEL_DOCTORATE',
];

export const EMPTY_TRAINING: TrainingDraft = { title: '', provider: '', year: '' };

/** A new nomination's form, the officer prefilled from the signed-in user. */
export function emptyDraft(officer: { fullName: string; email: string }): NominationDraft {
  return {
    fullName: '',
    dateOfBirth: '',
    gender: 'GENDER_FEMALE',
    nationalId: '',
    email: '',
    phone: '',
    position: '',
    unit: '',
    employmentType: 'EMPLOYMENT_TYPE_CIVIL_SERVANT',
    yearsOfService: '',
    educationLevel: 'EDUCATION_LEVEL_BACHELOR',
    fieldOfStudy: '',
    digitalBackground: false,
    yearsOfExperience: '',
    specialties: '',
    languages: '',
    trainings: [],
    officerFullName: officer.fullName,
    officerPosition: '',
    officerEmail: officer.email,
    officerPhone: '',
  };
}

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

/** The form for editing a nomination on record; the national id is never sent back. */
export function draftFromNomination(nomination: Nomination): NominationDraft {
  const candidate = nomination.candidate;
  const officer = nomination.officer;
  return {
    fullName: candidate?.fullName ?? '',
    dateOfBirth: candidate?.dateOfBirth ?? '',
    gender: candidate?.gender ?? 'GENDER_FEMALE',
    nationalId: '',
    email: candidate?.email ?? '',
    phone: candidate?.phone ?? '',
    position: candidate?.position ?? '',
    unit: candidate?.unit ?? '',
    employmentType: candidate?.employmentType ?? 'EMPLOYMENT_TYPE_CIVIL_SERVANT',
    yearsOfService: text(candidate?.yearsOfService),
    educationLevel: candidate?.educationLevel ?? 'EDUCATION_LEVEL_BACHELOR',
    fieldOfStudy: candidate?.fieldOfStudy ?? '',
    digitalBackground: candidate?.digitalBackground ?? false,
    yearsOfExperience: text(candidate?.yearsOfExperience),
    specialties: (candidate?.specialties ?? []).join('\n'),
    languages: (candidate?.languages ?? []).join(', '),
    trainings: (candidate?.priorTrainings ?? []).map((training) => ({
      title: training.title,
      provider: training.provider ?? '',
      year: String(training.year),
    })),
    officerFullName: officer?.fullName ?? '',
    officerPosition: officer?.position ?? '',
    officerEmail: officer?.email ?? '',
    officerPhone: officer?.phone ?? '',
  };
}

/**
 * A whole number as typed, or undefined for an empty box. Anything else goes as NaN's stand-in
 * -1 so that the API, not the form, says what is wrong beside the field.
 */
export function wholeNumber(value: string): number | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : -1;
}

function list(value: string, separator: RegExp): string[] {
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The API's candidate from the form: trimmed, optional fields left out when empty. */
export function candidateFromDraft(draft: NominationDraft): Candidate {
  const yearsOfService = wholeNumber(draft.yearsOfService);
  const yearsOfExperience = wholeNumber(draft.yearsOfExperience);
  const fieldOfStudy = draft.fieldOfStudy.trim();
  return {
    fullName: draft.fullName.trim(),
    dateOfBirth: draft.dateOfBirth,
    gender: draft.gender,
    position: draft.position.trim(),
    unit: draft.unit.trim(),
    email: draft.email.trim(),
    phone: draft.phone.replace(/[\s.]/g, ''),
    employmentType: draft.employmentType,
    educationLevel: draft.educationLevel,
    ...(fieldOfStudy === '' ? {} : { fieldOfStudy }),
    digitalBackground: draft.digitalBackground,
    ...(yearsOfService === undefined ? {} : { yearsOfService }),
    ...(yearsOfExperience === undefined ? {} : { yearsOfExperience }),
    specialties: list(draft.specialties, /\n/),
    languages: list(draft.languages, /[,;]/),
    priorTrainings: draft.trainings.map((training) => {
      const provider = training.provider.trim();
      return {
        title: training.title.trim(),
        ...(provider === '' ? {} : { provider }),
        year: wholeNumber(training.year) ?? 0,
      };
    }),
  };
}

export function officerFromDraft(draft: NominationDraft): Officer {
  const position = draft.officerPosition.trim();
  const phone = draft.officerPhone.replace(/[\s.]/g, '');
  return {
    fullName: draft.officerFullName.trim(),
    email: draft.officerEmail.trim(),
    ...(position === '' ? {} : { position }),
    ...(phone === '' ? {} : { phone }),
  };
}

/** The JSON path the API names a form field by (`candidate.priorTrainings[0].title`). */
export const FIELD_PATH = {
  fullName: 'candidate.fullName',
  dateOfBirth: 'candidate.dateOfBirth',
  gender: 'candidate.gender',
  nationalId: 'nationalId',
  email: 'candidate.email',
  phone: 'candidate.phone',
  position: 'candidate.position',
  unit: 'candidate.unit',
  employmentType: 'candidate.employmentType',
  yearsOfService: 'candidate.yearsOfService',
  educationLevel: 'candidate.educationLevel',
  fieldOfStudy: 'candidate.fieldOfStudy',
  digitalBackground: 'candidate.digitalBackground',
  yearsOfExperience: 'candidate.yearsOfExperience',
  specialties: 'candidate.specialties',
  languages: 'candidate.languages',
  officerFullName: 'officer.fullName',
  officerPosition: 'officer.position',
  officerEmail: 'officer.email',
  officerPhone: 'officer.phone',
} as const satisfies Partial<Record<keyof NominationDraft, string>>;

export function trainingPath(index: number, field: keyof TrainingDraft): string {
  return `candidate.priorTrainings[${String(index)}].${field}`;
}

/**
 * The field error of a path, also when the API names an item of a list field
 * ("candidate.specialties[2]") rather than the field itself.
 */
export function errorAt(
  errors: Readonly<Record<string, string>>,
  path: string,
): string | undefined {
  const exact = errors[path];
  if (exact !== undefined) return exact;
  const prefix = `${path}[`;
  for (const [field, message] of Object.entries(errors)) {
    if (field.startsWith(prefix) && !field.slice(prefix.length).includes('.')) return message;
  }
  return undefined;
}

/** Which of the API's field paths the form has an input for. */
export function isFormPath(path: string, trainings: number): boolean {
  const known: readonly string[] = Object.values(FIELD_PATH);
  if (known.includes(path)) return true;
  if (/^candidate\.(specialties|languages)\[\d+\]$/.test(path)) return true;
  const training = /^candidate\.priorTrainings\[(\d+)\]\.(title|provider|year)$/.exec(path);
  return training !== null && Number(training[1]) < trainings;
}

/** The name of the input a field path points at (list items point at their list's input). */
export function inputNameOf(path: string): string {
  return path.replace(/^(candidate\.(?:specialties|languages))\[\d+\]$/, '$1');
}
