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
  ATTENDANCE_STATUS_NAMES,
  CERTIFICATE_STATUS_NAMES,
  ENROLMENT_STATUS_NAMES,
  COHORT_STATUS_NAMES,
  DELIVERY_MODE_NAMES,
  SESSION_MODES,
  known,
} from './common.ts';

/** Repeated status filters of list requests (protovalidate refused unknown and zero values). */
export const cohortStatusesOf = (values: readonly number[]): CohortStatus[] =>
  values.map((value) => known(COHORT_STATUS_NAMES, value, 'statuses'));
export const enrolmentStatusesOf = (values: readonly number[]): EnrolmentStatus[] =>
  values.map((value) => known(ENROLMENT_STATUS_NAMES, value, 'statuses'));
export const certificateStatusesOf = (values: readonly number[]): CertificateStatus[] =>
  values.map((value) => known(CERTIFICATE_STATUS_NAMES, value, 'statuses'));

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

export const problemOf = (message: ImportProblemMessage): ImportProblem => ({
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
