// What the request and answer mappers of this folder share: the enum tables and the small
// conversions. Contract messages <-> domain objects go field by field, checked by the compiler
// (create() is typed); protovalidate has refused missing and unknown values of a request before a
// handler runs, so the fallbacks when reading one only keep the types total.
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { enumCodec } from '@expertnet/platform';
import {
  AttendanceSource as AttendanceSourceMessage,
  AttendanceStatus as AttendanceStatusMessage,
  CertificateStatus as CertificateStatusMessage,
  CohortStatus as CohortStatusMessage,
  DeliveryMode as DeliveryModeMessage,
  EnrolmentStatus as EnrolmentStatusMessage,
  VerificationResult as VerificationResultMessage,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type {
  AttendanceSource,
  AttendanceStatus,
  CertificateStatus,
  CohortStatus,
  DeliveryMode,
  EnrolmentStatus,
  SessionMode,
  Requirement,
  VerificationResult,
} from '../../domain/index.ts';

// The domain's enum values <-> the contract's numbers, one table per enum, through the kit's
// enumCodec: a table must name every domain value (the compiler checks it); decoding goes through
// the same table backwards and refuses an unknown number with a field violation.

export const deliveryModes = enumCodec<DeliveryMode, DeliveryModeMessage>({
  'in-person': DeliveryModeMessage.IN_PERSON,
  online: DeliveryModeMessage.ONLINE,
  blended: DeliveryModeMessage.BLENDED,
});
/** A session is in person or online; a blended cohort mixes both kinds of session. */
export const sessionModes = enumCodec<SessionMode, DeliveryModeMessage>({
  'in-person': DeliveryModeMessage.IN_PERSON,
  online: DeliveryModeMessage.ONLINE,
});
export const attendanceStatuses = enumCodec<AttendanceStatus, AttendanceStatusMessage>({
  present: AttendanceStatusMessage.PRESENT,
  late: AttendanceStatusMessage.LATE,
  absent: AttendanceStatusMessage.ABSENT,
  excused: AttendanceStatusMessage.EXCUSED,
});
export const verificationResults = enumCodec<VerificationResult, VerificationResultMessage>({
  valid: VerificationResultMessage.VALID,
  revoked: VerificationResultMessage.REVOKED,
  'not-genuine': VerificationResultMessage.NOT_GENUINE,
});

export const enrolmentStatuses = enumCodec<EnrolmentStatus, EnrolmentStatusMessage>({
  pooled: EnrolmentStatusMessage.POOLED,
  waitlisted: EnrolmentStatusMessage.WAITLISTED,
  enrolled: EnrolmentStatusMessage.ENROLLED,
  graduated: EnrolmentStatusMessage.GRADUATED,
  dropped: EnrolmentStatusMessage.DROPPED,
  removed: EnrolmentStatusMessage.REMOVED,
});
export const attendanceSources = enumCodec<AttendanceSource, AttendanceSourceMessage>({
  facilitator: AttendanceSourceMessage.FACILITATOR,
  'check-in': AttendanceSourceMessage.CHECK_IN,
  import: AttendanceSourceMessage.IMPORT,
});
export const certificateStatuses = enumCodec<CertificateStatus, CertificateStatusMessage>({
  valid: CertificateStatusMessage.VALID,
  revoked: CertificateStatusMessage.REVOKED,
});
export const cohortStatuses = enumCodec<CohortStatus, CohortStatusMessage>({
  planned: CohortStatusMessage.PLANNED,
  running: CohortStatusMessage.RUNNING,
  finished: CohortStatusMessage.FINISHED,
  cancelled: CohortStatusMessage.CANCELLED,
});

/** A Date as a Timestamp; an absent one stays absent. */
export const timestamp = (date: Date | undefined) => date && timestampFromDate(date);

export const requirementMessage = (requirement: Requirement) => ({
  code: requirement.code,
  moduleCode: requirement.moduleCode,
  message: { ...requirement.message },
});
