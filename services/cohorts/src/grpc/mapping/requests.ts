import { timestampDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import type {
  AttendanceImportRow as ImportRowMessage,
  AttendanceMark as MarkMessage,
  CohortSettings as CohortSettingsMessage,
  ImportProblem as ImportProblemMessage,
  Module as ModuleMessage,
  SessionSettings as SessionSettingsMessage,
  TrackSettings as TrackSettingsMessage,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { LocalizedText as LocalizedTextMessage } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import type {
  AttendanceImportRow,
  AttendanceMark,
  CertificateStatus,
  CohortSettings,
  CohortStatus,
  EnrolmentStatus,
  ImportProblem,
  LocalizedText,
  Module,
  SessionSettings,
  TrackSettings,
} from '../../domain/index.ts';
import {
  attendanceStatuses,
  certificateStatuses,
  cohortStatuses,
  deliveryModes,
  enrolmentStatuses,
  sessionModes,
} from './common.ts';

/** Repeated status filters of list requests (protovalidate refused unknown and zero values). */
export const cohortStatusesOf = (values: readonly number[]): CohortStatus[] =>
  values.map((value, index) => cohortStatuses.decode(value, `statuses[${index}]`));
export const enrolmentStatusesOf = (values: readonly number[]): EnrolmentStatus[] =>
  values.map((value, index) => enrolmentStatuses.decode(value, `statuses[${index}]`));
export const certificateStatusesOf = (values: readonly number[]): CertificateStatus[] =>
  values.map((value, index) => certificateStatuses.decode(value, `statuses[${index}]`));

/** The status a cohort is asked to move to. */
export const cohortStatusOf = (value: number): CohortStatus =>
  cohortStatuses.decode(value, 'status');

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
  deliveryMode: deliveryModes.decode(message.deliveryMode, 'settings.delivery_mode'),
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
  mode: sessionModes.decode(message.mode, 'settings.mode'),
  location: message.location,
  meetingUrl: message.meetingUrl,
  checkIn: {
    opensMinutesBefore: message.checkIn?.opensMinutesBefore ?? 0,
    lateAfterMinutes: message.checkIn?.lateAfterMinutes ?? 0,
    closesMinutesAfter: message.checkIn?.closesMinutesAfter ?? 0,
  },
});

/** The index-th mark of a request (request.marks.map(markOf)). */
export const markOf = (message: MarkMessage, index: number): AttendanceMark => ({
  enrolmentId: message.enrolmentId,
  status: attendanceStatuses.decode(message.status, `marks[${index}].status`),
  note: message.note,
});

export const problemOf = (message: ImportProblemMessage): ImportProblem => ({
  field: message.field,
  code: message.code,
  message: textOf(message.message),
});

/**
 * A sheet row; an empty or unreadable status cell stays undefined, as the domain expects (no rule
 * checks the status: the service reports a bad row itself, so it is looked up, not refused).
 */
export const importRowOf = (message: ImportRowMessage): AttendanceImportRow => ({
  rowNumber: message.rowNumber,
  traineeEmail: message.traineeEmail,
  status: attendanceStatuses.lookup(message.status),
  note: message.note,
  cellProblems: message.cellProblems.map(problemOf),
});
