import { enumCodec } from '@expertnet/platform';
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

// The domain's enum values <-> the contract's numbers, one table per enum, through the kit's
// enumCodec: a table must name every domain value (the compiler checks it); decoding goes through
// the same table backwards.

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

/** The list order asked for; unspecified (decodeOptional gives undefined) is newest change first. */
export const nominationOrders = enumCodec<Order, NominationOrder>({
  'updated-desc': NominationOrder.UPDATED_DESC,
  name: NominationOrder.NAME,
  'score-desc': NominationOrder.SCORE_DESC,
});
