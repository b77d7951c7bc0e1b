import type { MessageKey } from '../../i18n/i18n.tsx';
import type {
  AttendanceSource,
  AttendanceStatus,
  CohortStatus,
  DeliveryMode,
  EnrolmentStatus,
  MarkStatus,
  SessionMode,
} from './types.ts';

type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'info';

export const COHORT_STATUS: Readonly<Record<CohortStatus, MessageKey>> = {
  COHORT_STATUS_UNSPECIFIED: 'cohorts.status.unspecified',
  COHORT_STATUS_PLANNED: 'cohorts.status.planned',
  COHORT_STATUS_RUNNING: 'cohorts.status.running',
  COHORT_STATUS_FINISHED: 'cohorts.status.finished',
  COHORT_STATUS_CANCELLED: 'cohorts.status.cancelled',
};

export const COHORT_STATUS_TONE: Readonly<Record<CohortStatus, Tone>> = {
  COHORT_STATUS_UNSPECIFIED: 'neutral',
  COHORT_STATUS_PLANNED: 'info',
  COHORT_STATUS_RUNNING: 'good',
  COHORT_STATUS_FINISHED: 'neutral',
  COHORT_STATUS_CANCELLED: 'bad',
};

/** The statuses a cohort may move to from each (PLANNED → RUNNING → FINISHED; PLANNED → CANCELLED). */
export const COHORT_NEXT_STATUSES: Readonly<Record<CohortStatus, readonly CohortStatus[]>> = {
  COHORT_STATUS_UNSPECIFIED: [],
  COHORT_STATUS_PLANNED: [
    'COHORT_STATUS_PLANNED',
    'COHORT_STATUS_RUNNING',
    'COHORT_STATUS_CANCELLED',
  ],
  COHORT_STATUS_RUNNING: ['COHORT_STATUS_RUNNING', 'COHORT_STATUS_FINISHED'],
  COHORT_STATUS_FINISHED: ['COHORT_STATUS_FINISHED'],
  COHORT_STATUS_CANCELLED: ['COHORT_STATUS_CANCELLED'],
};

export const DELIVERY_MODE: Readonly<Record<DeliveryMode, MessageKey>> = {
  DELIVERY_MODE_IN_PERSON: 'cohorts.mode.inPerson',
  DELIVERY_MODE_ONLINE: 'cohorts.mode.online',
  DELIVERY_MODE_BLENDED: 'cohorts.mode.blended',
};

export const SESSION_MODES: readonly SessionMode[] = [
  'DELIVERY_MODE_IN_PERSON',
  'DELIVERY_MODE_ONLINE',
];

export const ENROLMENT_STATUS: Readonly<Record<EnrolmentStatus, MessageKey>> = {
  ENROLMENT_STATUS_UNSPECIFIED: 'cohorts.enrolment.status.unspecified',
  ENROLMENT_STATUS_POOLED: 'cohorts.enrolment.status.pooled',
  ENROLMENT_STATUS_WAITLISTED: 'cohorts.enrolment.status.waitlisted',
  ENROLMENT_STATUS_ENROLLED: 'cohorts.enrolment.status.enrolled',
  ENROLMENT_STATUS_GRADUATED: 'cohorts.enrolment.status.graduated',
  ENROLMENT_STATUS_DROPPED: 'cohorts.enrolment.status.dropped',
  ENROLMENT_STATUS_REMOVED: 'cohorts.enrolment.status.removed',
};

export const ENROLMENT_STATUS_TONE: Readonly<Record<EnrolmentStatus, Tone>> = {
  ENROLMENT_STATUS_UNSPECIFIED: 'neutral',
  ENROLMENT_STATUS_POOLED: 'info',
  ENROLMENT_STATUS_WAITLISTED: 'warn',
  ENROLMENT_STATUS_ENROLLED: 'good',
  ENROLMENT_STATUS_GRADUATED: 'good',
  ENROLMENT_STATUS_DROPPED: 'bad',
  ENROLMENT_STATUS_REMOVED: 'neutral',
};

export const ATTENDANCE_STATUS: Readonly<Record<AttendanceStatus, MessageKey>> = {
  ATTENDANCE_STATUS_UNSPECIFIED: 'cohorts.attendance.status.unmarked',
  ATTENDANCE_STATUS_PRESENT: 'cohorts.attendance.status.present',
  ATTENDANCE_STATUS_LATE: 'cohorts.attendance.status.late',
  ATTENDANCE_STATUS_ABSENT: 'cohorts.attendance.status.absent',
  ATTENDANCE_STATUS_EXCUSED: 'cohorts.attendance.status.excused',
};

export const ATTENDANCE_TONE: Readonly<Record<AttendanceStatus, Tone>> = {
  ATTENDANCE_STATUS_UNSPECIFIED: 'neutral',
  ATTENDANCE_STATUS_PRESENT: 'good',
  ATTENDANCE_STATUS_LATE: 'warn',
  ATTENDANCE_STATUS_ABSENT: 'bad',
  ATTENDANCE_STATUS_EXCUSED: 'info',
};

export const MARK_STATUSES: readonly MarkStatus[] = [
  'ATTENDANCE_STATUS_PRESENT',
  'ATTENDANCE_STATUS_LATE',
  'ATTENDANCE_STATUS_ABSENT',
  'ATTENDANCE_STATUS_EXCUSED',
];

export const ATTENDANCE_SOURCE: Readonly<Record<AttendanceSource, MessageKey>> = {
  ATTENDANCE_SOURCE_UNSPECIFIED: 'cohorts.attendance.source.unspecified',
  ATTENDANCE_SOURCE_FACILITATOR: 'cohorts.attendance.source.facilitator',
  ATTENDANCE_SOURCE_CHECK_IN: 'cohorts.attendance.source.checkIn',
  ATTENDANCE_SOURCE_IMPORT: 'cohorts.attendance.source.import',
};
