/**
 * The nominations domain's vocabulary. Enum values mirror the proto enums of
 * expertnet.nominations.v1 in kebab case (NOMINATION_STATUS_UNDER_REVIEW -> 'under-review');
 * the UNSPECIFIED zero values have no counterpart: the gRPC layer refuses them before calling in.
 * Calendar dates are "YYYY-MM-DD" strings, instants are `Date`s.
 */
import type { LocalizedText } from '@expertnet/platform';

export const ROUND_STATUSES = ['draft', 'scheduled', 'open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const EMPLOYMENT_TYPES = [
  'official',
  'civil-servant',
  'public-employee',
  'contract-staff',
  'other',
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Lowest first, as in the proto, so a minimum level compares by position. */
export const EDUCATION_LEVELS = [
  'secondary',
  'college',
  'bachelor',
  'master',
  'doctorate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const NOMINATION_STATUSES = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'under-review',
  'accepted',
  'rejected',
  'waitlisted',
  'withdrawn',
] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export type Gender = 'male' | 'female' | 'other';

export type DocumentKind = 'decision-letter' | 'cv' | 'degree' | 'certificate' | 'other';

export type DecisionOutcome = 'accepted' | 'rejected' | 'waitlisted';

export type DuplicateFlagStatus = 'open' | 'confirmed' | 'dismissed';

// The shared vocabulary (localized text, actor, change context, organisation resolver) is the
// kit's, so revisions and envelopes of every service record the same shapes.
export type {
  Actor,
  ChangeContext,
  LocalizedText,
  OrganisationResolver,
} from '@expertnet/platform';

// ---------------------------------------------------------------------------------------------
// Rounds

/** Each rule left out does not apply (the proto's zero values). */
export interface EligibilityRules {
  /** Empty: every employment type. */
  readonly employmentTypes: readonly EmploymentType[];
  readonly minYearsOfService?: number | undefined;
  /** Age in whole years on `ageReferenceDate`. */
  readonly maxAge?: number | undefined;
  /** "YYYY-MM-DD"; absent: the round's closing day in Vietnam time. */
  readonly ageReferenceDate?: string | undefined;
  readonly minEducationLevel?: EducationLevel | undefined;
  readonly requireDigitalBackground: boolean;
  readonly requirePriorTraining: boolean;
}

export interface RubricCriterion {
  /** ^[a-z][a-z0-9_]{0,31}$ */
  readonly code: string;
  readonly name: LocalizedText;
  /** Scores run 0..maxScore. */
  readonly maxScore: number;
  /** Relative weight; totals are normalised to 0..100 whatever the weights add up to. */
  readonly weight: number;
}

/** The editable part of a round, shared by create and update. */
export interface RoundSettings {
  readonly name: LocalizedText;
  readonly description: string;
  readonly opensAt: Date;
  readonly closesAt: Date;
  readonly eligibility: EligibilityRules;
  readonly rubric: readonly RubricCriterion[];
  readonly reminderDaysBeforeClose: readonly number[];
}

export interface Round extends RoundSettings {
  readonly id: string;
  /**
   * As stored: 'draft', 'closed' (closed early or recorded at the deadline), or 'scheduled' /
   * 'open' for a published round, whose effective status then follows the clock
   * (see effectiveRoundStatus).
   */
  readonly status: RoundStatus;
  readonly closedAt?: Date | undefined;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** One organisation's quota in one round. */
export interface Quota {
  readonly organisationCode: string;
  /** Minimum to nominate ("at least 30"). */
  readonly floor: number;
  /** Maximum active (submitted, not withdrawn, not rejected) nominations. */
  readonly ceiling: number;
}

// ---------------------------------------------------------------------------------------------
// Nominations

export interface PriorTraining {
  readonly title: string;
  readonly provider: string;
  readonly year: number;
}

/** The person nominated; the national ID is not here, only its keyed hash on the nomination. */
export interface Candidate {
  readonly fullName: string;
  readonly dateOfBirth: string;
  readonly gender: Gender;
  readonly position: string;
  readonly unit: string;
  readonly email: string;
  readonly phone: string;
  readonly employmentType: EmploymentType;
  readonly educationLevel: EducationLevel;
  readonly fieldOfStudy: string;
  readonly digitalBackground: boolean;
  readonly yearsOfService: number;
  readonly yearsOfExperience: number;
  readonly specialties: readonly string[];
  readonly languages: readonly string[];
  readonly priorTrainings: readonly PriorTraining[];
}

export interface NominatingOfficer {
  readonly fullName: string;
  readonly position: string;
  readonly email: string;
  readonly phone: string;
}

/** Metadata of a file the gateway already stored. */
export interface Document {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  readonly storageKey: string;
  readonly uploadedAt: Date;
  readonly uploadedBy: string;
}

export type EligibilityReason =
  | 'employment-type-not-allowed'
  | 'years-of-service-too-low'
  | 'age-above-limit'
  | 'education-below-minimum'
  | 'no-digital-background'
  | 'no-prior-training';

export interface EligibilityFinding {
  readonly reason: EligibilityReason;
  /** Proto path of the candidate field at fault, e.g. "candidate.date_of_birth". */
  readonly field: string;
  /** Ready to show, e.g. vi "Tuổi 46 vượt giới hạn 45 (tính đến ngày 30/09/2025)". */
  readonly message: LocalizedText;
}

export interface EligibilityResult {
  readonly eligible: boolean;
  readonly findings: readonly EligibilityFinding[];
}

export interface CriterionScore {
  readonly criterionCode: string;
  readonly score: number;
}

/** One reviewer's scoring; scoring again replaces it. */
export interface Review {
  readonly reviewerSubject: string;
  readonly reviewerName: string;
  /** In rubric order. */
  readonly scores: readonly CriterionScore[];
  /** Weighted total on 0..100. */
  readonly total: number;
  readonly comment: string;
  readonly scoredAt: Date;
}

export interface Decision {
  readonly outcome: DecisionOutcome;
  readonly reason: string;
  readonly decidedBy: string;
  readonly decidedAt: Date;
}

export interface Nomination {
  readonly id: string;
  readonly roundId: string;
  /** As nominated; kept even after the organisation is dissolved. */
  readonly organisationCode: string;
  /** Its current successor when last changed, where quotas and reports count it. */
  readonly effectiveOrganisationCode: string;
  readonly status: NominationStatus;
  readonly candidate: Candidate;
  /** Keyed hash of the national ID (see national-id.ts); the clear number is never kept. */
  readonly nationalIdHash: string;
  readonly officer: NominatingOfficer;
  readonly documents: readonly Document[];
  readonly eligibility: EligibilityResult;
  readonly reviews: readonly Review[];
  /** Mean of the reviews' totals, 0 before the first review. */
  readonly averageScore: number;
  readonly decision?: Decision | undefined;
  readonly returnReason: string;
  readonly withdrawalReason: string;
  readonly replacesNominationId?: string | undefined;
  readonly replacedByNominationId?: string | undefined;
  readonly duplicateFlagIds: readonly string[];
  readonly version: number;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** First submission; a resubmission after a return keeps it. */
  readonly submittedAt?: Date | undefined;
}

/** How one organisation stands in one round (mirrors QuotaLedgerEntry). */
export interface QuotaLedgerEntry {
  /** The organisation in force that nominations count towards; '' on a totals row. */
  readonly organisationCode: string;
  readonly floor: number;
  readonly ceiling: number;
  readonly drafts: number;
  /** Submitted and not withdrawn: includes returned, under review and decided ones. */
  readonly submitted: number;
  readonly accepted: number;
  readonly waitlisted: number;
  readonly rejected: number;
  /** max(0, floor - submitted). */
  readonly shortfall: number;
  /** Slots left under the ceiling: ceiling - (submitted - rejected), never below 0. */
  readonly remaining: number;
}
