import type { MessageKey } from '../../i18n/i18n.tsx';
import type { DocumentKind, EducationLevel, EmploymentType, Gender, Nomination } from './model.ts';

export const GENDER_LABEL: Readonly<Record<Gender, MessageKey>> = {
  GENDER_FEMALE: 'nominations.gender.female',
  GENDER_MALE: 'nominations.gender.male',
  GENDER_OTHER: 'nominations.gender.other',
};

export const EMPLOYMENT_TYPE_LABEL: Readonly<Record<EmploymentType, MessageKey>> = {
  EMPLOYMENT_TYPE_OFFICIAL: 'nominations.employment.official',
  EMPLOYMENT_TYPE_CIVIL_SERVANT: 'nominations.employment.civilServant',
  EMPLOYMENT_TYPE_PUBLIC_EMPLOYEE: 'nominations.employment.publicEmployee',
  EMPLOYMENT_TYPE_CONTRACT_STAFF: 'nominations.employment.contractStaff',
  EMPLOYMENT_TYPE_OTHER: 'nominations.employment.other',
};

export const EDUCATION_LEVEL_LABEL: Readonly<Record<EducationLevel, MessageKey>> = {
  EDUCATION_LEVEL_SECONDARY: 'nominations.education.secondary',
  EDUCATION_LEVEL_COLLEGE: 'nominations.education.college',
  EDUCATION_LEVEL_BACHELOR: 'nominations.education.bachelor',
  EDUCATION_LEVEL_MASTER: 'nominations.education.master',
  EDUCATION_LEVEL_DOCTORATE: 'nominations.education.doctorate',
};

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'DOCUMENT_KIND_DECISION_LETTER',
  'DOCUMENT_KIND_CV',
  'DOCUMENT_KIND_DEGREE',
  'DOCUMENT_KIND_CERTIFICATE',
  'DOCUMENT_KIND_OTHER',
];

export const DOCUMENT_KIND_LABEL: Readonly<Record<DocumentKind, MessageKey>> = {
  DOCUMENT_KIND_DECISION_LETTER: 'nominations.document.kind.decisionLetter',
  DOCUMENT_KIND_CV: 'nominations.document.kind.cv',
  DOCUMENT_KIND_DEGREE: 'nominations.document.kind.degree',
  DOCUMENT_KIND_CERTIFICATE: 'nominations.document.kind.certificate',
  DOCUMENT_KIND_OTHER: 'nominations.document.kind.other',
};

/** The value of `list` a select answered, or `fallback` for anything else. */
export function pick<T extends string>(list: readonly T[], value: string, fallback: T): T {
  return list.find((item) => item === value) ?? fallback;
}

/** A label of `map` for a value the API sent, which may be one the portal does not know. */
export function labelOf<T extends string>(
  map: Readonly<Record<T, MessageKey>>,
  value: string | undefined,
): MessageKey | undefined {
  const entries: [string, MessageKey][] = Object.entries(map);
  return entries.find(([key]) => key === value)?.[1];
}

/** The API's revision actions (the RPC that made the revision). */
const REVISION_ACTION_LABEL: Readonly<Record<string, MessageKey>> = {
  CreateNomination: 'nominations.action.create',
  UpdateNomination: 'nominations.action.update',
  AddDocument: 'nominations.action.addDocument',
  RemoveDocument: 'nominations.action.removeDocument',
  SubmitNomination: 'nominations.action.submit',
  ReturnNomination: 'nominations.action.return',
  ScoreNomination: 'nominations.action.score',
  DecideNomination: 'nominations.action.decide',
  WithdrawNomination: 'nominations.action.withdraw',
  ReplaceNominee: 'nominations.action.replace',
  ImportNominations: 'nominations.action.import',
};

export function revisionActionLabel(action: string | undefined): MessageKey | undefined {
  return labelOf(REVISION_ACTION_LABEL, action);
}

const ROLE_LABEL: Readonly<Record<string, MessageKey>> = {
  nominator: 'nominations.role.nominator',
  reviewer: 'nominations.role.reviewer',
  'programme-office': 'nominations.role.office',
};

/** Who acted, by the roles the revision records (names are not in revisions). */
export function actorRoleLabels(roles: readonly string[] | undefined): MessageKey[] {
  return (roles ?? []).flatMap((role) => {
    const key = labelOf(ROLE_LABEL, role);
    return key === undefined ? [] : [key];
  });
}

export type DecisionOutcome = Exclude<
  NonNullable<NonNullable<Nomination['decision']>['outcome']>,
  'DECISION_OUTCOME_UNSPECIFIED'
>;

export const DECISION_OUTCOMES: readonly DecisionOutcome[] = [
  'DECISION_OUTCOME_ACCEPTED',
  'DECISION_OUTCOME_WAITLISTED',
  'DECISION_OUTCOME_REJECTED',
];

export const DECISION_OUTCOME_LABEL: Readonly<Record<DecisionOutcome, MessageKey>> = {
  DECISION_OUTCOME_ACCEPTED: 'nominations.decision.accepted',
  DECISION_OUTCOME_WAITLISTED: 'nominations.decision.waitlisted',
  DECISION_OUTCOME_REJECTED: 'nominations.decision.rejected',
};

/** What a revision changed, by the proto paths the API lists (`candidate.full_name`). */
const CHANGED_FIELD_LABEL: Readonly<Record<string, MessageKey>> = {
  'candidate.full_name': 'nominations.field.fullName',
  'candidate.date_of_birth': 'nominations.field.dateOfBirth',
  'candidate.gender': 'nominations.field.gender',
  'candidate.position': 'nominations.field.position',
  'candidate.unit': 'nominations.field.unit',
  'candidate.email': 'nominations.field.email',
  'candidate.phone': 'nominations.field.phone',
  'candidate.employment_type': 'nominations.field.employmentType',
  'candidate.education_level': 'nominations.field.educationLevel',
  'candidate.field_of_study': 'nominations.field.fieldOfStudy',
  'candidate.digital_background': 'nominations.field.digitalBackground',
  'candidate.years_of_service': 'nominations.field.yearsOfService',
  'candidate.years_of_experience': 'nominations.field.yearsOfExperience',
  'candidate.specialties': 'nominations.field.specialties',
  'candidate.languages': 'nominations.field.languages',
  'candidate.prior_trainings': 'nominations.form.trainings',
  'officer.full_name': 'nominations.field.officerFullName',
  'officer.position': 'nominations.field.officerPosition',
  'officer.email': 'nominations.field.officerEmail',
  'officer.phone': 'nominations.field.officerPhone',
  national_id: 'nominations.field.nationalId',
  status: 'nominations.list.status',
  documents: 'nominations.document.title',
  eligibility: 'nominations.changed.eligibility',
  reviews: 'nominations.changed.reviews',
  average_score: 'nominations.list.score',
  decision: 'nominations.changed.decision',
  return_reason: 'nominations.changed.returnReason',
  withdrawal_reason: 'nominations.detail.withdrawReason',
  submitted_at: 'nominations.changed.submittedAt',
  organisation: 'nominations.list.organisation',
  duplicate_flag_ids: 'nominations.list.duplicate',
};

export function changedFieldLabel(path: string): MessageKey | undefined {
  return labelOf(CHANGED_FIELD_LABEL, path);
}
