import { create } from '@bufbuild/protobuf';
import { timestampDate, timestampFromDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import { DomainError } from '@expertnet/platform';
import {
  AssessmentResultSchema,
  AttendanceRecordSchema,
  AttendanceSource as AttendanceSourceMessage,
  AttendanceStatus as AttendanceStatusMessage,
  CertificateSchema,
  CertificateStatus as CertificateStatusMessage,
  CohortSchema,
  CohortStatus as CohortStatusMessage,
  DeliveryMode as DeliveryModeMessage,
  EnrolmentSchema,
  EnrolmentStatus as EnrolmentStatusMessage,
  GetCheckInCodeResponseSchema,
  GraduationOutcomeSchema,
  ImportAttendanceResponseSchema,
  SessionSchema,
  TrackSchema,
  VerificationResult as VerificationResultMessage,
  VerifyCertificateResponseSchema,
  type AttendanceImportRow as ImportRowMessage,
  type AttendanceMark as MarkMessage,
  type CohortSettings as CohortSettingsMessage,
  type ImportAttendanceResponse,
  type ImportProblem as ImportProblemMessage,
  type Module as ModuleMessage,
  type SessionSettings as SessionSettingsMessage,
  type TrackSettings as TrackSettingsMessage,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { LocalizedText as LocalizedTextMessage } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import type {
  AssessmentResult,
  AttendanceImportRow,
  AttendanceMark,
  AttendanceRecord,
  AttendanceSource,
  AttendanceStatus,
  Certificate,
  CertificateStatus,
  CheckInCode,
  Cohort,
  CohortSettings,
  CohortStatus,
  DeliveryMode,
  Enrolment,
  EnrolmentStatus,
  ImportProblem,
  LocalizedText,
  Module,
  Requirement,
  Session,
  SessionMode,
  SessionSettings,
  Track,
  TrackSettings,
  Trainee,
  VerificationAnswer,
  VerificationResult,
} from '../domain/index.ts';
import type { ImportReport } from '../repositories/attendance-imports.repository.ts';
import type { TraineeGraduation } from '../usecases/graduate-trainees.ts';

/**
 * Contract messages <-> domain objects, field by field and checked by the compiler (create() is
 * typed; enums go through the tables below). protovalidate has refused missing and unknown
 * values of a request before a handler runs, so the fallbacks when reading one only keep the
 * types total.
 */
/** A value protovalidate lets through always has its domain name; anything else is refused. */
function known<T>(table: Readonly<Partial<Record<number, T>>>, value: number, field: string): T {
  const found = table[value];
  if (found === undefined) {
    throw new DomainError('invalid-argument', 'INVALID_ARGUMENT', `${field} has no known value`);
  }
  return found;
}

const DELIVERY_MODES: Readonly<Record<DeliveryMode, DeliveryModeMessage>> = {
  'in-person': DeliveryModeMessage.IN_PERSON,
  online: DeliveryModeMessage.ONLINE,
  blended: DeliveryModeMessage.BLENDED,
};
const SESSION_MODES: Readonly<Partial<Record<number, SessionMode>>> = {
  [DeliveryModeMessage.IN_PERSON]: 'in-person',
  [DeliveryModeMessage.ONLINE]: 'online',
};
const ATTENDANCE_STATUSES: Readonly<Record<AttendanceStatus, AttendanceStatusMessage>> = {
  present: AttendanceStatusMessage.PRESENT,
  late: AttendanceStatusMessage.LATE,
  absent: AttendanceStatusMessage.ABSENT,
  excused: AttendanceStatusMessage.EXCUSED,
};
const VERIFICATION_RESULTS: Readonly<Record<VerificationResult, VerificationResultMessage>> = {
  valid: VerificationResultMessage.VALID,
  revoked: VerificationResultMessage.REVOKED,
  'not-genuine': VerificationResultMessage.NOT_GENUINE,
};

const ENROLMENT_STATUSES: Readonly<Record<EnrolmentStatus, EnrolmentStatusMessage>> = {
  pooled: EnrolmentStatusMessage.POOLED,
  waitlisted: EnrolmentStatusMessage.WAITLISTED,
  enrolled: EnrolmentStatusMessage.ENROLLED,
  graduated: EnrolmentStatusMessage.GRADUATED,
  dropped: EnrolmentStatusMessage.DROPPED,
  removed: EnrolmentStatusMessage.REMOVED,
};
const ATTENDANCE_SOURCES: Readonly<Record<AttendanceSource, AttendanceSourceMessage>> = {
  facilitator: AttendanceSourceMessage.FACILITATOR,
  'check-in': AttendanceSourceMessage.CHECK_IN,
  import: AttendanceSourceMessage.IMPORT,
};
const CERTIFICATE_STATUSES: Readonly<Record<CertificateStatus, CertificateStatusMessage>> = {
  valid: CertificateStatusMessage.VALID,
  revoked: CertificateStatusMessage.REVOKED,
};
const COHORT_STATUSES: Readonly<Record<CohortStatus, CohortStatusMessage>> = {
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
const DELIVERY_MODE_NAMES = inverse(DELIVERY_MODES);
const ATTENDANCE_STATUS_NAMES = inverse(ATTENDANCE_STATUSES);
const COHORT_STATUS_NAMES = inverse(COHORT_STATUSES);

/** The status a cohort is asked to move to. */
export const cohortStatusOf = (value: number): CohortStatus =>
  known(COHORT_STATUS_NAMES, value, 'status');

const textOf = (text: LocalizedTextMessage | undefined): LocalizedText => ({
  vi: text?.vi ?? '',
  en: text?.en ?? '',
});
const dateOf = (timestamp: Timestamp | undefined) =>
  timestamp === undefined ? new Date(Number.NaN) : timestampDate(timestamp);

const moduleOf = (message: ModuleMessage): Module => ({
  code: message.code,
  title: textOf(message.title),
  hours: message.hours,
  passScore: message.passScore,
  required: message.required,
  skillCodes: [...message.skillCodes],
});

export const trackSettingsOf = (message: TrackSettingsMessage): TrackSettings => ({
  code: message.code,
  name: textOf(message.name),
  description: message.description,
  modules: message.modules.map(moduleOf),
  completion: {
    minAttendancePercent: message.completion?.minAttendancePercent ?? 0,
    excusedCountsAsAttended: message.completion?.excusedCountsAsAttended ?? false,
    minModulesPassed: message.completion?.minModulesPassed ?? 0,
  },
});

export const cohortSettingsOf = (message: CohortSettingsMessage): CohortSettings => ({
  trackId: message.trackId,
  intakeRoundId: message.intakeRoundId,
  code: message.code,
  name: textOf(message.name),
  startDate: message.startDate,
  endDate: message.endDate,
  capacity: message.capacity,
  deliveryMode: known(DELIVERY_MODE_NAMES, message.deliveryMode, 'delivery_mode'),
  venueProvinceCode: message.venueProvince?.code ?? '',
  venue: message.venue,
  facilitators: message.facilitators.map(({ subject, fullName, email }) => ({
    subject,
    fullName,
    email,
  })),
});

export const sessionSettingsOf = (message: SessionSettingsMessage): SessionSettings => ({
  moduleCode: message.moduleCode,
  title: message.title,
  startsAt: dateOf(message.startsAt),
  endsAt: dateOf(message.endsAt),
  mode: known(SESSION_MODES, message.mode, 'mode'),
  location: message.location,
  meetingUrl: message.meetingUrl,
  checkIn: {
    opensMinutesBefore: message.checkIn?.opensMinutesBefore ?? 0,
    lateAfterMinutes: message.checkIn?.lateAfterMinutes ?? 0,
    closesMinutesAfter: message.checkIn?.closesMinutesAfter ?? 0,
  },
});

export const markOf = (message: MarkMessage): AttendanceMark => ({
  enrolmentId: message.enrolmentId,
  status: known(ATTENDANCE_STATUS_NAMES, message.status, 'status'),
  note: message.note,
});

const problemOf = (message: ImportProblemMessage): ImportProblem => ({
  field: message.field,
  code: message.code,
  message: textOf(message.message),
});

/** A sheet row; an empty or unreadable status cell stays undefined, as the domain expects. */
export const importRowOf = (message: ImportRowMessage): AttendanceImportRow => ({
  rowNumber: message.rowNumber,
  traineeEmail: message.traineeEmail,
  status: ATTENDANCE_STATUS_NAMES[message.status],
  note: message.note,
  cellProblems: message.cellProblems.map(problemOf),
});

const problemMessage = (problem: ImportProblem) => ({
  field: problem.field,
  code: problem.code,
  message: { ...problem.message },
});

export const importReportMessage = (report: ImportReport) =>
  create(ImportAttendanceResponseSchema, {
    rows: report.rows.map((row) => ({
      rowNumber: row.rowNumber,
      written: row.written,
      enrolmentId: row.enrolmentId,
      problems: row.problems.map(problemMessage),
    })),
    written: report.written,
    invalid: report.invalid,
  });

export const importReportOf = (message: ImportAttendanceResponse): ImportReport => ({
  rows: message.rows.map((row) => ({
    rowNumber: row.rowNumber,
    written: row.written,
    enrolmentId: row.enrolmentId,
    problems: row.problems.map(problemOf),
  })),
  written: message.written,
  invalid: message.invalid,
});

export const checkInCodeMessage = (code: CheckInCode) =>
  create(GetCheckInCodeResponseSchema, {
    code: code.code,
    validFrom: timestampFromDate(code.validFrom),
    validUntil: timestampFromDate(code.validUntil),
    rotationSeconds: code.rotationSeconds,
    windowOpensAt: timestampFromDate(code.windowOpensAt),
    windowClosesAt: timestampFromDate(code.windowClosesAt),
  });

export const verificationMessage = (answer: VerificationAnswer) =>
  create(VerifyCertificateResponseSchema, {
    result: VERIFICATION_RESULTS[answer.result],
    number: answer.number,
    holderName: answer.holderName,
    trackName: answer.trackName && { ...answer.trackName },
    issuedOn: answer.issuedOn,
    revokedAt: answer.revokedAt && timestampFromDate(answer.revokedAt),
    revocationReason: answer.revocationReason,
  });

const requirementMessage = (requirement: Requirement) => ({
  code: requirement.code,
  moduleCode: requirement.moduleCode,
  message: { ...requirement.message },
});

export const graduationMessage = (outcome: TraineeGraduation) =>
  create(GraduationOutcomeSchema, {
    enrolmentId: outcome.enrolmentId,
    graduated: outcome.graduated,
    certificate: outcome.certificate && certificateMessage(outcome.certificate),
    unmet: (outcome.unmet ?? []).map(requirementMessage),
  });

const timestamp = (date: Date | undefined) => date && timestampFromDate(date);

export const trackMessage = (track: Track) =>
  create(TrackSchema, {
    id: track.id,
    settings: trackSettingsMessage(track.settings),
    version: track.version,
    createdAt: timestamp(track.createdAt),
    updatedAt: timestamp(track.updatedAt),
  });

const trackSettingsMessage = (settings: TrackSettings) => ({
  code: settings.code,
  name: { ...settings.name },
  description: settings.description,
  modules: settings.modules.map((module) => ({
    ...module,
    title: { ...module.title },
    skillCodes: [...module.skillCodes],
  })),
  completion: { ...settings.completion },
});

/** No venue province is no reference at all: an empty one would fail the contract's rules. */
export const cohortMessage = (cohort: Cohort) =>
  create(CohortSchema, {
    id: cohort.id,
    settings: cohortSettingsMessage(cohort.settings),
    status: COHORT_STATUSES[cohort.status],
    enrolledCount: cohort.enrolledCount,
    waitlistedCount: cohort.waitlistedCount,
    version: cohort.version,
    createdAt: timestamp(cohort.createdAt),
    updatedAt: timestamp(cohort.updatedAt),
  });

const cohortSettingsMessage = (settings: CohortSettings) => ({
  trackId: settings.trackId,
  intakeRoundId: settings.intakeRoundId,
  code: settings.code,
  name: { ...settings.name },
  startDate: settings.startDate,
  endDate: settings.endDate,
  capacity: settings.capacity,
  deliveryMode: DELIVERY_MODES[settings.deliveryMode],
  venueProvince:
    settings.venueProvinceCode === '' ? undefined : { code: settings.venueProvinceCode },
  venue: settings.venue,
  facilitators: settings.facilitators.map((facilitator) => ({ ...facilitator })),
});

export const sessionMessage = (session: Session) =>
  create(SessionSchema, {
    id: session.id,
    cohortId: session.cohortId,
    settings: {
      ...session.settings,
      startsAt: timestamp(session.settings.startsAt),
      endsAt: timestamp(session.settings.endsAt),
      mode: DELIVERY_MODES[session.settings.mode],
      checkIn: { ...session.settings.checkIn },
    },
    cancelled: session.cancelled,
    version: session.version,
  });

const traineeMessage = (trainee: Trainee) => ({
  fullName: trainee.fullName,
  email: trainee.email,
  userSubject: trainee.userSubject,
  organisation: { code: trainee.organisationCode },
  effectiveOrganisation: { code: trainee.effectiveOrganisationCode },
  position: trainee.position,
  unit: trainee.unit,
  specialties: [...trainee.specialties],
  languages: [...trainee.languages],
});

/** An enrolment with its place in the queue (0 unless waitlisted). */
export const enrolmentMessage = (enrolment: Enrolment, waitlistPosition = 0) =>
  create(EnrolmentSchema, {
    id: enrolment.id,
    nominationId: enrolment.nominationId,
    roundId: enrolment.roundId,
    trainee: traineeMessage(enrolment.trainee),
    cohortId: enrolment.cohortId,
    status: ENROLMENT_STATUSES[enrolment.status],
    waitlistPosition,
    progress: {
      ...enrolment.progress,
      modulesPassed: [...enrolment.progress.modulesPassed],
      unmet: enrolment.progress.unmet.map(requirementMessage),
    },
    reason: enrolment.reason,
    certificateId: enrolment.certificateId,
    version: enrolment.version,
    createdAt: timestamp(enrolment.createdAt),
    updatedAt: timestamp(enrolment.updatedAt),
  });

export const recordMessage = (record: AttendanceRecord) =>
  create(AttendanceRecordSchema, {
    ...record,
    status: ATTENDANCE_STATUSES[record.status],
    source: ATTENDANCE_SOURCES[record.source],
    recordedAt: timestamp(record.recordedAt),
  });

/** An attempt; where it is stored it also names its cohort, which the contract leaves out. */
export const assessmentMessage = (result: AssessmentResult) =>
  create(AssessmentResultSchema, {
    enrolmentId: result.enrolmentId,
    moduleCode: result.moduleCode,
    score: result.score,
    passed: result.passed,
    attempt: result.attempt,
    comment: result.comment,
    assessedBy: result.assessedBy,
    assessedAt: timestamp(result.assessedAt),
  });

export const certificateMessage = (certificate: Certificate) =>
  create(CertificateSchema, {
    id: certificate.id,
    number: certificate.number,
    enrolmentId: certificate.enrolmentId,
    holderName: certificate.holderName,
    organisation: { code: certificate.organisationCode },
    trackCode: certificate.trackCode,
    trackName: { ...certificate.trackName },
    cohortName: { ...certificate.cohortName },
    issuedOn: certificate.issuedOn,
    verificationCode: certificate.verificationCode,
    verificationUrl: certificate.verificationUrl,
    status: CERTIFICATE_STATUSES[certificate.status],
    revokedAt: timestamp(certificate.revokedAt),
    revocationReason: certificate.revocationReason,
  });
