import { invalidArgument } from '@expertnet/platform';
import {
  DecisionOutcome,
  DocumentKind,
  DuplicateFlagStatus,
  EducationLevel,
  EligibilityReason,
  EmploymentType,
  Gender,
  ImportRowOutcome,
  NominationOrder,
  NominationStatus,
  RoundStatus,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type * as domain from '../../domain/index.ts';
import type { Order } from '../../repositories/nominations.repository.ts';

/**
 * The domain's enum values <-> the contract's numbers, one table per enum. A table must name every
 * domain value (the compiler checks it); decoding goes through the same table backwards.
 */
function enumCodec<D extends string, P extends number>(table: Readonly<Record<D, P>>) {
  const back = new Map<number, D>();
  for (const name of Object.keys(table) as D[]) back.set(table[name], name);
  /** protovalidate refuses unknown and zero values first; this refuses them too. */
  function decode(value: number, field: string): D {
    const name = back.get(value);
    if (name === undefined) {
      throw invalidArgument([{ field, description: `${String(value)} is not a defined value` }]);
    }
    return name;
  }
  return {
    encode: (value: D): P => table[value],
    decode,
    /** For a rule left out: the zero value means "not set". */
    decodeOptional: (value: number, field: string): D | undefined =>
      value === 0 ? undefined : decode(value, field),
  };
}

export const roundStatuses = enumCodec<domain.RoundStatus, RoundStatus>({
  draft: RoundStatus.DRAFT,
  scheduled: RoundStatus.SCHEDULED,
  open: RoundStatus.OPEN,
  closed: RoundStatus.CLOSED,
});

export const nominationStatuses = enumCodec<domain.NominationStatus, NominationStatus>({
  draft: NominationStatus.DRAFT,
  submitted: NominationStatus.SUBMITTED,
  returned: NominationStatus.RETURNED,
  resubmitted: NominationStatus.RESUBMITTED,
  'under-review': NominationStatus.UNDER_REVIEW,
  accepted: NominationStatus.ACCEPTED,
  rejected: NominationStatus.REJECTED,
  waitlisted: NominationStatus.WAITLISTED,
  withdrawn: NominationStatus.WITHDRAWN,
});

export const employmentTypes = enumCodec<domain.EmploymentType, EmploymentType>({
  official: EmploymentType.OFFICIAL,
  'civil-servant': EmploymentType.CIVIL_SERVANT,
  'public-employee': EmploymentType.PUBLIC_EMPLOYEE,
  'contract-staff': EmploymentType.CONTRACT_STAFF,
  other: EmploymentType.OTHER,
});

export const educationLevels = enumCodec<domain.EducationLevel, EducationLevel>({
  secondary: EducationLevel.SECONDARY,
  college: EducationLevel.COLLEGE,
  bachelor: EducationLevel.BACHELOR,
  master: EducationLevel.MASTER,
  doctorate: EducationLevel.DOCTORATE,
});

export const genders = enumCodec<domain.Gender, Gender>({
  male: Gender.MALE,
  female: Gender.FEMALE,
  other: Gender.OTHER,
});

export const documentKinds = enumCodec<domain.DocumentKind, DocumentKind>({
  'decision-letter': DocumentKind.DECISION_LETTER,
  cv: DocumentKind.CV,
  degree: DocumentKind.DEGREE,
  certificate: DocumentKind.CERTIFICATE,
  other: DocumentKind.OTHER,
});

export const eligibilityReasons = enumCodec<domain.EligibilityReason, EligibilityReason>({
  'employment-type-not-allowed': EligibilityReason.EMPLOYMENT_TYPE_NOT_ALLOWED,
  'years-of-service-too-low': EligibilityReason.YEARS_OF_SERVICE_TOO_LOW,
  'age-above-limit': EligibilityReason.AGE_ABOVE_LIMIT,
  'education-below-minimum': EligibilityReason.EDUCATION_BELOW_MINIMUM,
  'no-digital-background': EligibilityReason.NO_DIGITAL_BACKGROUND,
  'no-prior-training': EligibilityReason.NO_PRIOR_TRAINING,
});

export const decisionOutcomes = enumCodec<domain.DecisionOutcome, DecisionOutcome>({
  accepted: DecisionOutcome.ACCEPTED,
  rejected: DecisionOutcome.REJECTED,
  waitlisted: DecisionOutcome.WAITLISTED,
});

export const flagStatuses = enumCodec<domain.DuplicateFlagStatus, DuplicateFlagStatus>({
  open: DuplicateFlagStatus.OPEN,
  confirmed: DuplicateFlagStatus.CONFIRMED,
  dismissed: DuplicateFlagStatus.DISMISSED,
});

export const importRowOutcomes = enumCodec<domain.ImportRowOutcome, ImportRowOutcome>({
  created: ImportRowOutcome.CREATED,
  updated: ImportRowOutcome.UPDATED,
  unchanged: ImportRowOutcome.UNCHANGED,
  invalid: ImportRowOutcome.INVALID,
  'not-written': ImportRowOutcome.NOT_WRITTEN,
});

/** The list order asked for; unspecified is newest change first. */
export const ORDERS: Readonly<Record<NominationOrder, Order>> = {
  [NominationOrder.UNSPECIFIED]: 'updated-desc',
  [NominationOrder.UPDATED_DESC]: 'updated-desc',
  [NominationOrder.NAME]: 'name',
  [NominationOrder.SCORE_DESC]: 'score-desc',
};
