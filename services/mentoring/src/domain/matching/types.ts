/**
 * What matching works on: mentors from the pool, a mentee's need, the programme's weights. Plain
 * data, so ranking and bulk assignment run the same in the service, its tests and the benchmark.
 */

export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** How the pair would meet: a mentor's offer or a mentee's preference ('any': either). */
export type MeetingMode = 'online' | 'in-person' | 'any';

export type AvailabilityStatus = 'available' | 'limited' | 'unavailable';

export interface PoolSkill {
  readonly code: string;
  /** 1 basic .. 4 expert. */
  readonly level: number;
  /** From the programme (a passed module, a certificate) or confirmed by the office. */
  readonly verified: boolean;
}

/** A mentor as the pool holds them (built from the directory's profile events). */
export interface MentorCandidate {
  readonly expertId: string;
  readonly userSubject: string;
  readonly fullName: string;
  readonly organisationCode: string;
  /** Đơn vị công tác inside the organisation; '' when not known. */
  readonly unit: string;
  readonly provinceCode: string;
  readonly skills: readonly PoolSkill[];
  /** What they offer to mentor on; empty: any of their skills. */
  readonly topicCodes: readonly string[];
  /** ISO 639-1 beyond Vietnamese, which every mentor is taken to speak. */
  readonly languages: readonly string[];
  readonly mode: MeetingMode;
  readonly availability: AvailabilityStatus;
  readonly willing: boolean;
  readonly maxMentees: number;
  /** Active pairs plus unanswered proposals: what is held against maxMentees. */
  readonly heldPlaces: number;
}

/** A mentee's need, from their application and what the service knows about them. */
export interface MenteeNeed {
  /** The application id. */
  readonly key: string;
  readonly userSubject: string;
  /** Their directory profile, when they have one ('' otherwise). */
  readonly expertId: string;
  readonly organisationCode: string;
  readonly unit: string;
  readonly provinceCode: string;
  /** Taxonomy codes they want to grow in (1..10). */
  readonly topicCodes: readonly string[];
  /** Goal keywords (taxonomy codes the goals mention); may be empty. */
  readonly goalCodes: readonly string[];
  /** ISO 639-1; 'vi' by default. */
  readonly language: string;
  readonly mode: MeetingMode;
  /** Where in-person meetings would be. */
  readonly meetingProvinceCode: string;
  /** Subjects who nominated or reviewed them: never their mentor. */
  readonly conflictSubjects: readonly string[];
  /** Mentors they had in past programmes. */
  readonly pastMentorIds: readonly string[];
  /** Past mentors the office allowed again (with a reason, kept by the caller). */
  readonly repeatAllowedMentorIds: readonly string[];
  /** Mentors who declined or let this application's proposal expire. */
  readonly declinedMentorIds: readonly string[];
}

/** Relative weights of the score's parts (each 0..10; 0 leaves a part out). */
export interface MatchWeights {
  readonly skills: number;
  readonly topics: number;
  readonly language: number;
  readonly modality: number;
  readonly availability: number;
  readonly load: number;
}

export const DEFAULT_WEIGHTS: MatchWeights = {
  skills: 4,
  topics: 3,
  language: 1,
  modality: 1,
  availability: 1,
  load: 1,
};

export type ScorePartKind = 'skills' | 'topics' | 'language' | 'modality' | 'availability' | 'load';

export interface ScorePart {
  readonly kind: ScorePartKind;
  /** How well this part is met, 0..1. */
  readonly value: number;
  /** Its share of the total: weight / sum of weights × value. */
  readonly points: number;
  /** Taxonomy codes behind it (shared skills, topics), where there are any. */
  readonly codes: readonly string[];
  readonly reason: LocalizedText;
}

export type GuardrailKind =
  | 'same-person'
  | 'same-unit'
  | 'reporting-line'
  | 'nominator-or-reviewer'
  | 'repeat-pair'
  | 'at-capacity'
  | 'not-willing'
  | 'unavailable'
  | 'declined-before'
  | 'too-far';

export interface GuardrailBreach {
  readonly kind: GuardrailKind;
  readonly reason: LocalizedText;
}

/** A mentor scored for a mentee: total 0..1 and its parts, or why they may not be paired. */
export interface ScoredMentor {
  readonly mentor: MentorCandidate;
  readonly score: number;
  readonly parts: readonly ScorePart[];
  /** Empty when the pair is allowed. */
  readonly breaches: readonly GuardrailBreach[];
}

/** One pair of a bulk assignment. */
export interface PlannedPair {
  readonly menteeKey: string;
  readonly mentorId: string;
  readonly score: number;
}

export interface AssignmentPlan {
  readonly pairs: readonly PlannedPair[];
  /** Mentees left without a mentor (no allowed mentor with a free place). */
  readonly unmatched: readonly string[];
  readonly totalScore: number;
  readonly mentorsUsed: number;
  /** Most mentees given to one mentor in this plan. */
  readonly maxLoad: number;
}

/** What a programme sets beside the weights; plain numbers so a test or the bench can pick them. */
export interface MatchOptions {
  /**
   * Farthest a mentor may be from where an in-person-only mentee would meet; 0 for no limit.
   * Only a guardrail when in person is the only way both can meet (online needs no travel).
   */
  readonly maxDistanceKm: number;
  /** Display names of taxonomy codes for the reasons; the codes themselves when not given. */
  readonly labelOf?: (code: string) => LocalizedText;
}
