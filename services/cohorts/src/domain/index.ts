/**
 * The cohorts domain: plain functions and types, free of gRPC, protobuf encoding and MongoDB (it
 * names the contract's event subjects, from @expertnet/proto/events, and nothing more). The
 * use cases load what a function needs and store what it returns, with the returned events in the
 * same write; grpc/mapping/ maps messages to and from these types. Nothing here reads the
 * clock: every change takes `now` from its context.
 */
export * from './types.ts';

export { localized, MESSAGES, type MessageCode } from './messages.ts';
export { createTrack, moduleOf, updateTrack, validateTrackSettings } from './tracks.ts';
export { validateCohortSettings } from './cohort-settings.ts';
export {
  acceptsTrainees,
  assertAcceptsTrainees,
  cohortFacts,
  createCohort,
  freeSeats,
  hasFreeSeat,
  isFacilitatorOf,
  updateCohort,
  type CohortUpdate,
} from './cohorts.ts';
export {
  checkInTimes,
  isHeld,
  scheduleSession,
  updateSession,
  validateSessionSettings,
  type CheckInTimes,
} from './sessions.ts';
export {
  allowedOperations,
  assertCanApply,
  canApply,
  ENROLMENT_OPERATIONS,
  type EnrolmentOperation,
} from './enrolment-lifecycle.ts';
export { freedSeats, netSeats, type EnrolmentChange, type SeatDelta } from './enrolment-change.ts';
export { ENROLMENT_ID_NAMESPACE, enrolmentIdFor } from './enrolment-id.ts';
export { placementForRound, placementIn, type Placement } from './placement.ts';
export {
  enrolFromNomination,
  nominationEffect,
  nominationEventKindOf,
  removeForNomination,
  traineeOf,
  type NominationDecision,
  type NominationEventKind,
  type NominationInput,
  type NomineeInput,
} from './nomination-events.ts';
export { releasedSeats } from './departure.ts';
export {
  assignToCohort,
  COHORT_CANCELLED_REASON,
  dropTrainee,
  linkTraineeAccount,
  releaseFromCancelledCohort,
} from './enrolments.ts';
export { transferTrainee, type TransferRequest } from './transfer.ts';
export { orderWaitlist, promoteWaitlist, waitlistPositions } from './waitlist.ts';
export {
  checkInCodeAt,
  checkInStep,
  currentCheckInCode,
  DEFAULT_CHECK_IN_POLICY,
  matchCheckInCode,
  MIN_CHECK_IN_KEY_BYTES,
  type CheckInCode,
  type CheckInPolicy,
} from './check-in-code.ts';
export { checkIn, CheckInRefused, type CheckInAttempt, type CheckInRefusal } from './check-in.ts';
export {
  holdsSeatIn,
  markAttendance,
  markProblem,
  type AttendanceChange,
  type AttendanceMark,
  type MarkProblem,
} from './attendance.ts';
export {
  importAttendance,
  type AttendanceImport,
  type AttendanceImportRow,
  type ImportOptions,
  type ImportProblem,
  type ImportRowResult,
} from './attendance-import.ts';
export {
  computeProgress,
  countsForTrainee,
  modulesPassed,
  NO_PROGRESS,
  startingProgress,
  unmetRequirements,
  type ProgressInput,
} from './progress.ts';
export {
  bestScores,
  recordAssessments,
  type AssessmentChange,
  type ScoreEntry,
} from './assessments.ts';
export {
  CERTIFICATE_PREFIX,
  certificateNumber,
  claimsOfCertificate,
  revokeCertificate,
  verificationAnswer,
  type RevocationChange,
  type VerificationAnswer,
} from './certificates.ts';
export {
  readVerificationCode,
  signVerificationCode,
  verificationUrl,
  type CertificateClaims,
  type CertificateSigner,
  type PublicKeyLookup,
} from './verification-code.ts';
export {
  assertCohortGraduates,
  graduateTrainee,
  graduationBlockers,
  type CertificateIssue,
  type GraduationInput,
  type GraduationOutcome,
} from './graduation.ts';
export {
  ACCESS,
  accessTargetOf,
  authorise,
  callerOrganisations,
  listOrganisations,
  listScope,
  NOMINATOR,
  organisationRefusal,
  OPERATIONS,
  ownEnrolmentsOrganisations,
  personalOrganisations,
  PROGRAMME_OFFICE,
  serviceScope,
  type AccessTarget,
  type ListScope,
  type Operation,
  type Party,
  type PersonalTarget,
} from './access.ts';
export * from './events.ts';
