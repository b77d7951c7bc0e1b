// What the request and answer mappers of this folder share: the enum tables and the small
// conversions. Contract messages <-> domain objects go field by field, checked by the compiler
// (create() is typed); protovalidate has refused missing and unknown values of a request before a
// handler runs, so the fallbacks when reading one only keep the types total.
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { DomainError } from '@expertnet/platform';
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

/** A value protovalidate lets through always has its domain name; anything else is refused. */
export function known<T>(
  table: Readonly<Partial<Record<number, T>>>,
  value: number,
  field: string,
): T {
  const found = table[value];
  if (found === undefined) {
    throw new DomainError('invalid-argument', 'INVALID_ARGUMENT', `${field} has no known value`);
  }
  return found;
}

export const DELIVERY_MODES: Readonly<Record<DeliveryMode, DeliveryModeMessage>> = {
  'in-person': DeliveryModeMessage.IN_PERSON,
  online: DeliveryModeMessage.ONLINE,
  blended: DeliveryModeMessage.BLENDED,
};
export const SESSION_MODES: Readonly<Partial<Record<number, SessionMode>>> = {
  [DeliveryModeMessage.IN_PERSON]: 'in-person',
  [DeliveryModeMessage.ONLINE]: 'online',
};
export const ATTENDANCE_STATUSES: Readonly<Record<AttendanceStatus, AttendanceStatusMessage>> = {
  present: AttendanceStatusMessage.PRESENT,
  late: AttendanceStatusMessage.LATE,
  absent: AttendanceStatusMessage.ABSENT,
  excused: AttendanceStatusMessage.EXCUSED,
};
export const VERIFICATION_RESULTS: Readonly<Record<VerificationResult, VerificationResultMessage>> =
  {
    valid: VerificationResultMessage.VALID,
    revoked: VerificationResultMessage.REVOKED,
    'not-genuine': VerificationResultMessage.NOT_GENUINE,
  };

export const ENROLMENT_STATUSES: Readonly<Record<EnrolmentStatus, EnrolmentStatusMessage>> = {
  pooled: EnrolmentStatusMessage.POOLED,
  waitlisted: EnrolmentStatusMessage.WAITLISTED,
  enrolled: EnrolmentStatusMessage.ENROLLED,
  graduated: EnrolmentStatusMessage.GRADUATED,
  dropped: EnrolmentStatusMessage.DROPPED,
  removed: EnrolmentStatusMessage.REMOVED,
};
export const ATTENDANCE_SOURCES: Readonly<Record<AttendanceSource, AttendanceSourceMessage>> = {
  facilitator: AttendanceSourceMessage.FACILITATOR,
  'check-in': AttendanceSourceMessage.CHECK_IN,
  import: AttendanceSourceMessage.IMPORT,
};
export const CERTIFICATE_STATUSES: Readonly<Record<CertificateStatus, CertificateStatusMessage>> = {
  valid: CertificateStatusMessage.VALID,
  revoked: CertificateStatusMessage.REVOKED,
};
export const COHORT_STATUSES: Readonly<Record<CohortStatus, CohortStatusMessage>> = {
  planned: CohortStatusMessage.PLANNED,
  running: CohortStatusMessage.RUNNING,
  finished: CohortStatusMessage.FINISHED,
  cancelled: CohortStatusMessage.CANCELLED,
};

/** The inverse of a domain -> contract enum table. */
const inverse = <T extends string>(table: Readonly<Record<T, number>>) =>
  Object.fromEntries(Object.entries(table).map(([name, value]) => [value, name])) as Readonly<
    Partial<Record<number, T>>
  >;
export const DELIVERY_MODE_NAMES = inverse(DELIVERY_MODES);
export const ATTENDANCE_STATUS_NAMES = inverse(ATTENDANCE_STATUSES);
export const COHORT_STATUS_NAMES = inverse(COHORT_STATUSES);
export const ENROLMENT_STATUS_NAMES = inverse(ENROLMENT_STATUSES);
export const CERTIFICATE_STATUS_NAMES = inverse(CERTIFICATE_STATUSES);

/** A Date as a Timestamp; an absent one stays absent. */
export const timestamp = (date: Date | undefined) => date && timestampFromDate(date);

export const requirementMessage = (requirement: Requirement) => ({
  code: requirement.code,
  moduleCode: requirement.moduleCode,
  message: { ...requirement.message },
});
