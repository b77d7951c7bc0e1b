import type { components } from '../../api/gen/schema.ts';

type Schemas = components['schemas'];

export type Programme = Schemas['Programme'];
export type ProgrammeSettings = Schemas['ProgrammeSettings'];
export type MatchingRules = Schemas['MatchingRules'];
export type MatchWeights = Schemas['MatchWeights'];
export type MatchRun = Schemas['MatchRun'];
export type MatchRunStatus = NonNullable<MatchRun['status']>;
export type PlannedPair = Schemas['PlannedPair'];
export type PlanSummary = Schemas['PlanSummary'];
export type Mentor = Schemas['Mentor'];
export type Mentee = Schemas['Mentee'];
export type ScorePart = Schemas['ScorePart'];
export type ScoreKind = NonNullable<ScorePart['kind']>;
export type Application = Schemas['Application'];
export type ApplicationDetails = Schemas['ApplicationDetails'];
export type ApplicationStatus = NonNullable<Application['status']>;
export type MeetingMode = NonNullable<Mentor['mode']>;
export type PreferredMode = ApplicationDetails['preferredMode'];
export type MentorSuggestion = Schemas['MentorSuggestion'];
export type ExcludedMentor = Schemas['ExcludedMentor'];
export type Guardrail = NonNullable<Schemas['GuardrailBreach']['guardrail']>;
export type Assignment = Schemas['Assignment'];
export type AssignmentStatus = NonNullable<Assignment['status']>;
export type Goal = Schemas['Goal'];
export type GoalStatus = Goal['status'];
export type AuditEntry = Schemas['AuditEntry'];
export type Meeting = Schemas['Meeting'];
export type MeetingSettings = Schemas['MeetingSettings'];
export type MeetingStatus = NonNullable<Meeting['status']>;
export type SessionMode = MeetingSettings['mode'];
export type Feedback = Schemas['Feedback'];
export type FeedbackRole = NonNullable<Feedback['authorRole']>;
export type OrganisationCode = Schemas['OrganisationRef']['code'];
/** The statuses a list may be filtered by. */
export type ApplicationFilterStatus = Exclude<ApplicationStatus, 'APPLICATION_STATUS_UNSPECIFIED'>;
export type AssignmentFilterStatus = Exclude<AssignmentStatus, 'ASSIGNMENT_STATUS_UNSPECIFIED'>;
