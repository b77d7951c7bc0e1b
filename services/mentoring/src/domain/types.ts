/**
 * The mentoring domain's records as plain data: programmes, the people it pairs, applications,
 * assignments (pairs) with their goals and audit trail, meetings and feedback.
 */
import type { Actor, LocalizedText } from '@expertnet/platform';
import type { MatchWeights, MeetingMode, MentorCandidate, ScorePart } from './matching/types.ts';

export type { Actor, LocalizedText };

/** Who a programme pairs and how candidates are weighed. */
export interface MatchingRules {
  readonly mentorCohortIds: readonly string[];
  readonly menteeCohortIds: readonly string[];
  readonly menteeOrganisationCodes: readonly string[];
  readonly certifiedMentorsOnly: boolean;
  readonly weights: MatchWeights;
  /** 0: no limit. */
  readonly maxDistanceKm: number;
  readonly respondWithinDays: number;
}

export interface ProgrammeSettings {
  readonly name: LocalizedText;
  readonly description: string;
  /** ISO dates, Vietnam's calendar, both inclusive. */
  readonly opensOn: string;
  readonly closesOn: string;
  readonly targetPairs: number;
  readonly durationMonths: number;
  readonly rules: MatchingRules;
}

export interface Programme {
  readonly id: string;
  readonly settings: ProgrammeSettings;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** A mentor from the pool: the directory's facts, their programme history, the places held. */
export interface PoolMentor extends MentorCandidate {
  readonly certified: boolean;
  /** The enrolment a graduate's profile came from ('' for invited experts): their cohort. */
  readonly enrolmentId: string;
  /** Assignments proposed to them and not yet answered. */
  readonly pending: readonly string[];
  /** Assignments they accepted that have not ended. */
  readonly active: readonly string[];
}

/** Who is mentored: an expert (directory profile), a trainee (enrolment), or both. */
export interface Mentee {
  readonly expertId: string;
  readonly enrolmentId: string;
  readonly userSubject: string;
  readonly fullName: string;
  readonly organisationCode: string;
  readonly unit: string;
  readonly provinceCode: string;
  /** Cohorts they are or were a trainee of. */
  readonly cohortIds: readonly string[];
  /** The nominations that brought them into the programme (for the conflict guardrail). */
  readonly nominationIds: readonly string[];
}

export type ApplicationStatus = 'open' | 'proposed' | 'matched' | 'withdrawn';

export interface ApplicationDetails {
  readonly topicCodes: readonly string[];
  readonly goals: string;
  readonly preferredMode: MeetingMode;
  /** '' : the mentee's own province. */
  readonly preferredProvinceCode: string;
  /** '' : Vietnamese. */
  readonly preferredLanguage: string;
  readonly durationMonths: number;
}

export interface Application {
  readonly id: string;
  readonly programmeId: string;
  readonly mentee: Mentee;
  readonly details: ApplicationDetails;
  readonly status: ApplicationStatus;
  /** The current or last assignment made from it; '' before the first proposal. */
  readonly assignmentId: string;
  /**
   * The proposal being made or last made, written before the mentor's place is held so a crash
   * between the steps is finished from here (see the reconcile sweep).
   */
  readonly proposal: Proposal | undefined;
  readonly declinedMentorIds: readonly string[];
  /** Past mentors the office allowed again, with its reason. */
  readonly repeatOverrides: readonly { readonly mentorId: string; readonly reason: string }[];
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

export interface Proposal {
  readonly assignmentId: string;
  readonly mentorId: string;
  readonly score: number;
  readonly parts: readonly ScorePart[];
  readonly message: string;
  readonly respondBy: Date;
  readonly repeatOverrideReason: string;
  readonly proposedAt: Date;
  readonly actor: Actor;
}

export type AssignmentStatus =
  'proposed' | 'active' | 'declined' | 'expired' | 'completed' | 'ended-early';

export type GoalStatus = 'open' | 'in-progress' | 'achieved' | 'dropped';

export interface Goal {
  readonly id: string;
  readonly title: string;
  readonly status: GoalStatus;
  readonly progressPercent: number;
  /** '' when none. */
  readonly targetDate: string;
}

export interface AuditEntry {
  readonly at: Date;
  readonly actor: Actor;
  readonly action: string;
  readonly before: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
}

export interface MentorRef {
  readonly expertId: string;
  readonly userSubject: string;
  readonly fullName: string;
  readonly organisationCode: string;
}

export interface Assignment {
  readonly id: string;
  readonly applicationId: string;
  readonly programmeId: string;
  readonly mentor: MentorRef;
  readonly mentee: Mentee;
  readonly topicCodes: readonly string[];
  readonly goalsText: string;
  readonly message: string;
  readonly status: AssignmentStatus;
  readonly proposedAt: Date;
  readonly respondBy: Date;
  readonly reason: string;
  /** ISO dates; '' until accepted. */
  readonly startDate: string;
  readonly plannedEndDate: string;
  readonly durationMonths: number;
  /** Counted from the pair's meetings when read (stored only as it stood when the pair ended). */
  readonly meetingsHeld: number;
  readonly nextMeetingAt: Date | undefined;
  readonly goals: readonly Goal[];
  readonly score: number;
  readonly scoreParts: readonly ScorePart[];
  readonly repeatOverrideReason: string;
  readonly mentorFeedbackGiven: boolean;
  readonly menteeFeedbackGiven: boolean;
  readonly history: readonly AuditEntry[];
  readonly version: number;
  readonly updatedAt: Date;
}

export type MeetingStatus = 'scheduled' | 'held' | 'missed' | 'cancelled';

export interface MeetingSettings {
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly mode: 'online' | 'in-person';
  readonly location: string;
  readonly meetingUrl: string;
  readonly agenda: string;
}

export interface Meeting {
  readonly id: string;
  readonly assignmentId: string;
  readonly settings: MeetingSettings;
  readonly status: MeetingStatus;
  /** The pair's notes: only mentor and mentee see them. */
  readonly notes: string;
  readonly cancellationReason: string;
  readonly version: number;
}

export type FeedbackRole = 'mentor' | 'mentee';

export interface Feedback {
  readonly id: string;
  readonly assignmentId: string;
  /** '' : about the pair as a whole. */
  readonly meetingId: string;
  readonly authorRole: FeedbackRole;
  readonly rating: number;
  readonly comment: string;
  readonly shared: boolean;
  readonly submittedAt: Date;
}

export type MatchRunStatus = 'draft' | 'publishing' | 'published';

export interface PlannedPair {
  readonly applicationId: string;
  readonly mentorId: string;
  readonly score: number;
  readonly parts: readonly ScorePart[];
  readonly adjusted: boolean;
  readonly repeatOverrideReason: string;
  /** The proposal's id, chosen when the run is planned so publishing twice makes one. */
  readonly assignmentId: string;
}

export interface PlanSummary {
  readonly menteesMatched: number;
  readonly totalScore: number;
  readonly mentorsUsed: number;
  readonly maxLoad: number;
}

export interface MatchRun {
  readonly id: string;
  readonly programmeId: string;
  readonly status: MatchRunStatus;
  readonly pairs: readonly PlannedPair[];
  readonly unmatchedApplicationIds: readonly string[];
  readonly optimal: PlanSummary;
  readonly greedy: PlanSummary;
  readonly version: number;
  readonly createdAt: Date;
  readonly publishedAt: Date | undefined;
}
