import { fromPlain, toPlain, type Plain } from '@expertnet/platform';
import {
  AssessmentResultSchema,
  AttendanceImportRowSchema,
  AttendanceMarkSchema,
  AttendanceRecordSchema,
  CertificateSchema,
  CohortSchema,
  CohortSettingsSchema,
  EnrolmentSchema,
  SessionSchema,
  SessionSettingsSchema,
  TrackSchema,
  TrackSettingsSchema,
  type AttendanceImportRow as ImportRowMessage,
  type AttendanceMark as MarkMessage,
  type CohortSettings as CohortSettingsMessage,
  type SessionSettings as SessionSettingsMessage,
  type TrackSettings as TrackSettingsMessage,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type {
  AssessmentResult,
  AttendanceImportRow,
  AttendanceMark,
  AttendanceRecord,
  Certificate,
  Cohort,
  CohortSettings,
  Enrolment,
  Session,
  SessionSettings,
  Track,
  TrackSettings,
} from '../domain/index.ts';

/**
 * Contract messages <-> domain objects. The domain mirrors the contract (see the kit's plain.ts),
 * so this file only names the pairs and adds what the domain does not hold itself.
 */
const plain = (value: object) => value as Plain;

export const trackSettingsOf = (message: TrackSettingsMessage) =>
  toPlain(message, TrackSettingsSchema) as unknown as TrackSettings;

export const cohortSettingsOf = (message: CohortSettingsMessage) =>
  toPlain(message, CohortSettingsSchema) as unknown as CohortSettings;

export const sessionSettingsOf = (message: SessionSettingsMessage) =>
  toPlain(message, SessionSettingsSchema) as unknown as SessionSettings;

export const markOf = (message: MarkMessage) =>
  toPlain(message, AttendanceMarkSchema) as unknown as AttendanceMark;

/** A sheet row; an empty or unreadable status cell stays undefined, as the domain expects. */
export const importRowOf = (message: ImportRowMessage) =>
  toPlain(message, AttendanceImportRowSchema) as unknown as AttendanceImportRow;

export const trackMessage = (track: Track) => fromPlain(TrackSchema, plain(track));

/** No venue province is no reference at all: an empty one would fail the contract's rules. */
export const cohortMessage = (cohort: Cohort) =>
  fromPlain(
    CohortSchema,
    plain({
      ...cohort,
      settings: {
        ...cohort.settings,
        venueProvinceCode:
          cohort.settings.venueProvinceCode === '' ? undefined : cohort.settings.venueProvinceCode,
      },
    }),
  );

export const sessionMessage = (session: Session) => fromPlain(SessionSchema, plain(session));

/** An enrolment with its place in the queue (0 unless waitlisted). */
export const enrolmentMessage = (enrolment: Enrolment, waitlistPosition = 0) =>
  fromPlain(EnrolmentSchema, plain({ ...enrolment, waitlistPosition }));

export const recordMessage = (record: AttendanceRecord) =>
  fromPlain(AttendanceRecordSchema, plain(record));

export const assessmentMessage = (result: AssessmentResult) =>
  fromPlain(AssessmentResultSchema, plain(result));

export const certificateMessage = (certificate: Certificate) =>
  fromPlain(CertificateSchema, plain(certificate));
