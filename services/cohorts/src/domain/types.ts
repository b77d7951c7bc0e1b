/**
 * The cohorts domain's vocabulary. Enum values mirror the proto enums of expertnet.cohorts.v1 in
 * kebab case (ENROLMENT_STATUS_WAITLISTED -> 'waitlisted'); the UNSPECIFIED zero values have no
 * counterpart: the gRPC layer refuses them before calling in. Field names are the proto's in camel
 * case, with a single organisation reference `organisation` as `organisationCode`, so the
 * typed mappers of grpc/mapping/ stay short.
 * Calendar dates are "YYYY-MM-DD" strings (Vietnam calendar), instants are `Date`s.
 */
import type { LocalizedText } from '@expertnet/platform';

export const DELIVERY_MODES = ['in-person', 'online', 'blended'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];
/** A session takes place in one way; a blended cohort mixes both kinds. */
export type SessionMode = Exclude<DeliveryMode, 'blended'>;

export const COHORT_STATUSES = ['planned', 'running', 'finished', 'cancelled'] as const;
export type CohortStatus = (typeof COHORT_STATUSES)[number];

export const ENROLMENT_STATUSES = [
  'pooled',
  'waitlisted',
  'enrolled',
  'graduated',
  'dropped',
  'removed',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const ATTENDANCE_STATUSES = ['present', 'late', 'absent', 'excused'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export type AttendanceSource = 'facilitator' | 'check-in' | 'import';

export type CertificateStatus = 'valid' | 'revoked';

export type VerificationResult = 'valid' | 'revoked' | 'not-genuine';

export type DropCause = 'dropped-out' | 'nomination-withdrawn' | 'nomination-reversed';

// The shared vocabulary lives in the kit; re-exported so the domain's files import one place.
export type {
  Actor,
  ChangeContext,
  LocalizedText,
  OrganisationResolver,
} from '@expertnet/platform';

// ---------------------------------------------------------------------------------------------
// Tracks

export interface Module {
  readonly code: string;
  readonly title: LocalizedText;
  readonly hours: number;
  /** Scores run 0..100; passed at passScore or above. */
  readonly passScore: number;
  /** Must be passed to graduate. */
  readonly required: boolean;
  /** Directory taxonomy codes a pass verifies. */
  readonly skillCodes: readonly string[];
}

export interface CompletionRules {
  readonly minAttendancePercent: number;
  readonly excusedCountsAsAttended: boolean;
  /** Modules passed in total, required ones included. */
  readonly minModulesPassed: number;
}

export interface TrackSettings {
  readonly code: string;
  readonly name: LocalizedText;
  readonly description: string;
  readonly modules: readonly Module[];
  readonly completion: CompletionRules;
}

export interface Track {
  readonly id: string;
  readonly settings: TrackSettings;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

// ---------------------------------------------------------------------------------------------
// Cohorts and sessions

export interface Facilitator {
  /** Keycloak subject: attendance and scoring rights in this cohort follow from it. */
  readonly subject: string;
  readonly fullName: string;
  readonly email: string;
}

export interface CohortSettings {
  readonly trackId: string;
  /** '' when no round feeds the cohort (the programme office assigns from the pool). */
  readonly intakeRoundId: string;
  readonly code: string;
  readonly name: LocalizedText;
  readonly startDate: string;
  readonly endDate: string;
  readonly capacity: number;
  readonly deliveryMode: DeliveryMode;
  /** '' when unknown or not needed (an online cohort). */
  readonly venueProvinceCode: string;
  readonly venue: string;
  readonly facilitators: readonly Facilitator[];
}

export interface Cohort {
  readonly id: string;
  readonly settings: CohortSettings;
  readonly status: CohortStatus;
  /** Seats taken: enrolled and graduated trainees. */
  readonly enrolledCount: number;
  /** Waitlist length, including enrolled trainees of other cohorts waiting to transfer in. */
  readonly waitlistedCount: number;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A cohort with its track, for what needs both (event facts, module checks). */
export interface CohortView {
  readonly cohort: Cohort;
  readonly track: Track;
}

/** When trainees may check in, relative to the session's start. */
export interface CheckInWindow {
  readonly opensMinutesBefore: number;
  /** Check-ins after this many minutes past the start are recorded late. */
  readonly lateAfterMinutes: number;
  readonly closesMinutesAfter: number;
}

export interface SessionSettings {
  readonly moduleCode: string;
  readonly title: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly mode: SessionMode;
  readonly location: string;
  readonly meetingUrl: string;
  readonly checkIn: CheckInWindow;
}

export interface Session {
  readonly id: string;
  readonly cohortId: string;
  readonly settings: SessionSettings;
  /** A cancelled session does not count towards attendance. */
  readonly cancelled: boolean;
  readonly version: number;
}

// ---------------------------------------------------------------------------------------------
// Enrolment

/** The trainee as known from the accepted nomination. */
export interface Trainee {
  readonly fullName: string;
  readonly email: string;
  /** Keycloak subject, linked by email at the first sign-in; '' until then. */
  readonly userSubject: string;
  /** As nominated, and its current successor after the 2025 mergers. */
  readonly organisationCode: string;
  readonly effectiveOrganisationCode: string;
  readonly position: string;
  readonly unit: string;
  readonly specialties: readonly string[];
  readonly languages: readonly string[];
}

export type RequirementCode =
  | 'ATTENDANCE_BELOW_MINIMUM'
  | 'REQUIRED_MODULE_NOT_PASSED'
  | 'TOO_FEW_MODULES_PASSED'
  | 'NOT_ENROLLED';

export interface Requirement {
  readonly code: RequirementCode;
  /** '' when no module is concerned. */
  readonly moduleCode: string;
  readonly message: LocalizedText;
}

export interface Progress {
  readonly sessionsHeld: number;
  readonly sessionsAttended: number;
  readonly attendancePercent: number;
  /** In track order. */
  readonly modulesPassed: readonly string[];
  /** Empty when the trainee may graduate. */
  readonly unmet: readonly Requirement[];
}

/** The cohort facts of events.proto, enough to show and group without a call back. */
export interface CohortFacts {
  readonly cohortId: string;
  readonly code: string;
  readonly name: LocalizedText;
  readonly trackId: string;
  readonly trackCode: string;
  readonly startDate: string;
  readonly endDate: string;
}

/**
 * A place in a cohort's waitlist. A trainee waiting to transfer keeps their seat in their current
 * cohort meanwhile, so the entry also says where they come from.
 */
export interface WaitlistEntry {
  readonly cohortId: string;
  /** Order in the queue: earliest first, ties by enrolment id. */
  readonly since: Date;
  readonly transfer?: { readonly from: CohortFacts; readonly reason: string } | undefined;
}

/**
 * A time a seat in a cohort was held, so attendance counts only the sessions the trainee could
 * attend (a late promotion does not count earlier sessions as missed).
 */
export interface SeatPeriod {
  readonly cohortId: string;
  readonly from: Date;
  readonly until?: Date | undefined;
}

export interface Enrolment {
  /** Derived from the nomination id (enrolmentIdFor), so one nomination never enrols twice. */
  readonly id: string;
  readonly nominationId: string;
  readonly roundId: string;
  /** The nomination's version at the last event applied; older events are ignored. */
  readonly nominationVersion: number;
  readonly trainee: Trainee;
  /** The cohort holding the seat or the waitlist place; '' while pooled. */
  readonly cohortId: string;
  readonly status: EnrolmentStatus;
  readonly waitlist?: WaitlistEntry | undefined;
  readonly seats: readonly SeatPeriod[];
  readonly progress: Progress;
  /** Why it was dropped, transferred last or removed. */
  readonly reason: string;
  /** '' until graduated. */
  readonly certificateId: string;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

// ---------------------------------------------------------------------------------------------
// Attendance and assessments

export interface AttendanceRecord {
  readonly sessionId: string;
  readonly enrolmentId: string;
  readonly traineeName: string;
  readonly status: AttendanceStatus;
  readonly source: AttendanceSource;
  readonly note: string;
  readonly recordedBy: string;
  readonly recordedAt: Date;
}

export interface AssessmentResult {
  readonly enrolmentId: string;
  readonly moduleCode: string;
  readonly score: number;
  /** score >= the module's passScore when assessed; a pass, once recorded, stands. */
  readonly passed: boolean;
  readonly attempt: number;
  readonly comment: string;
  readonly assessedBy: string;
  readonly assessedAt: Date;
}

// ---------------------------------------------------------------------------------------------
// Certificates

export interface Certificate {
  readonly id: string;
  /** Printed on the certificate, e.g. "CDS-2025-000123". */
  readonly number: string;
  readonly enrolmentId: string;
  readonly holderName: string;
  /** The holder's organisation in force when the certificate was issued. */
  readonly organisationCode: string;
  readonly trackCode: string;
  readonly trackName: LocalizedText;
  readonly cohortName: LocalizedText;
  readonly issuedOn: string;
  /** Compact JWS (EdDSA) over what the certificate shows; see verification-code.ts. */
  readonly verificationCode: string;
  readonly verificationUrl: string;
  readonly status: CertificateStatus;
  readonly revokedAt?: Date | undefined;
  readonly revocationReason: string;
}
