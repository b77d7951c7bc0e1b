/**
 * The events the domain asks to publish, as plain data: `type` is the subject named in
 * events.proto, `payload` has the fields of its message in camel case (organisation references as
 * `...Code`, enums as kebab-case names, Timestamps as Dates). The service wraps them in protobuf and
 * writes them to the outbox with the change that produced them. `orgCode` is the envelope's: the
 * trainee's effective organisation, so nominating organisations can follow their candidates.
 */
import type { SubjectEvent } from '@expertnet/platform';
import { COHORTS_SUBJECTS } from '@expertnet/proto/events';
import type {
  AttendanceSource,
  AttendanceStatus,
  Certificate,
  CohortFacts,
  DropCause,
  EnrolmentStatus,
  LocalizedText,
  Trainee,
} from './types.ts';

/** The subjects of the contract (proto/events): one name for each event, spelled once. */
export const EVENT_TYPES = COHORTS_SUBJECTS;

/** A seat was taken: from an accepted nomination, from the pool or from the waitlist. */
export type TraineeEnrolled = SubjectEvent<
  typeof EVENT_TYPES.traineeEnrolled,
  {
    readonly enrolmentId: string;
    readonly nominationId: string;
    readonly roundId: string;
    readonly trainee: Trainee;
    readonly cohort: CohortFacts;
    readonly promotedFromWaitlist: boolean;
  }
>;

/**
 * Also when a cancelled cohort sends its trainees back to the pool: `toCohort` unset and status
 * 'pooled', so consumers that followed the enrolment learn it left the cohort.
 */
export type TraineeTransferred = SubjectEvent<
  typeof EVENT_TYPES.traineeTransferred,
  {
    readonly enrolmentId: string;
    readonly trainee: Trainee;
    readonly fromCohort: CohortFacts;
    readonly toCohort?: CohortFacts | undefined;
    readonly status: EnrolmentStatus;
    readonly reason: string;
  }
>;

export type TraineeDropped = SubjectEvent<
  typeof EVENT_TYPES.traineeDropped,
  {
    readonly enrolmentId: string;
    readonly nominationId: string;
    readonly trainee: Trainee;
    /** Unset when the trainee was still in the waiting pool. */
    readonly cohort?: CohortFacts | undefined;
    readonly cause: DropCause;
    readonly reason: string;
  }
>;

export type SessionAttended = SubjectEvent<
  typeof EVENT_TYPES.sessionAttended,
  {
    readonly sessionId: string;
    readonly moduleCode: string;
    readonly sessionStartsAt: Date;
    readonly enrolmentId: string;
    readonly traineeUserSubject: string;
    readonly cohort: CohortFacts;
    readonly status: AttendanceStatus;
    readonly source: AttendanceSource;
    readonly recordedAt: Date;
  }
>;

export type ModulePassed = SubjectEvent<
  typeof EVENT_TYPES.modulePassed,
  {
    readonly enrolmentId: string;
    readonly trainee: Trainee;
    readonly cohort: CohortFacts;
    readonly moduleCode: string;
    readonly moduleTitle: LocalizedText;
    readonly score: number;
    readonly skillCodes: readonly string[];
  }
>;

export interface PassedModule {
  readonly code: string;
  readonly title: LocalizedText;
  /** The best score. */
  readonly score: number;
  readonly skillCodes: readonly string[];
}

/** Everything the directory needs to create the expert's profile with verified skills. */
export type TraineeGraduated = SubjectEvent<
  typeof EVENT_TYPES.traineeGraduated,
  {
    readonly enrolmentId: string;
    readonly nominationId: string;
    readonly trainee: Trainee;
    readonly cohort: CohortFacts;
    readonly trackName: LocalizedText;
    readonly graduatedOn: string;
    readonly attendancePercent: number;
    readonly modulesPassed: readonly PassedModule[];
    readonly verifiedSkillCodes: readonly string[];
    readonly certificate: Certificate;
  }
>;

export type CertificateRevoked = SubjectEvent<
  typeof EVENT_TYPES.certificateRevoked,
  {
    readonly certificateId: string;
    readonly number: string;
    readonly enrolmentId: string;
    readonly traineeUserSubject: string;
    readonly reason: string;
    readonly revokedAt: Date;
  }
>;

export type EnrolmentEvent = TraineeEnrolled | TraineeTransferred | TraineeDropped;

export type CohortsEvent =
  EnrolmentEvent | SessionAttended | ModulePassed | TraineeGraduated | CertificateRevoked;
