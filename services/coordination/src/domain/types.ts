/**
 * The coordination domain's records as plain data: support requests with their triage, offers
 * and service levels; dispatches (one expert's offer and, once accepted and released, their
 * engagement); the experts' booked periods.
 */
import type { Actor, LocalizedText } from '@expertnet/platform';

export type { Actor, LocalizedText };

export type SupportMode = 'on-site' | 'remote' | 'hybrid';
export type Urgency = 'low' | 'normal' | 'high' | 'critical';
export type Priority = 'low' | 'normal' | 'high';
export type SkillLevel = 'basic' | 'intermediate' | 'advanced' | 'expert';

export interface SkillNeed {
  readonly code: string;
  /** undefined: any level. */
  readonly minLevel: SkillLevel | undefined;
  readonly verifiedOnly: boolean;
}

export interface SupportRequestDetails {
  readonly title: string;
  readonly description: string;
  readonly sectorCode: string;
  readonly skills: readonly SkillNeed[];
  readonly mode: SupportMode;
  /** Where the work is (for remote work, the province it serves). */
  readonly provinceCode: string;
  readonly address: string;
  /** ISO dates, both inclusive. */
  readonly startDate: string;
  readonly endDate: string;
  readonly expertsNeeded: number;
  readonly languageCodes: readonly string[];
  readonly contact: { readonly fullName: string; readonly email: string; readonly phone: string };
  readonly localPlan: string;
  readonly scope: string;
  readonly deliverables: readonly string[];
  readonly effortDays: number;
  readonly urgency: Urgency;
  readonly attachments: readonly { readonly title: string; readonly url: string }[];
}

export type SupportRequestStatus =
  | 'draft'
  | 'submitted'
  | 'changes-requested'
  | 'matching'
  | 'staffed'
  | 'in-progress'
  | 'completed'
  | 'declined'
  | 'merged'
  | 'cancelled';

/** An expert the directory proposed for the request, in its order. */
export interface Candidate {
  readonly expertId: string;
  readonly fullName: string;
  readonly organisationCode: string;
  readonly score: number;
  /** Why the directory ranked them so, ready to show (e.g. "Cùng kỹ năng: Quản trị dữ liệu"). */
  readonly reasons: readonly LocalizedText[];
  readonly missingSkillCodes: readonly string[];
}

export interface Escalation {
  readonly level: ServiceLevel;
  readonly dueAt: Date;
  readonly escalatedAt: Date;
}

export type ServiceLevel = 'triage' | 'first-offer';

export interface ServiceLevelState {
  readonly triageDueAt: Date | undefined;
  readonly firstOfferDueAt: Date | undefined;
  readonly triagedAt: Date | undefined;
  readonly firstOfferAt: Date | undefined;
  readonly escalations: readonly Escalation[];
}

export interface OfferPlan {
  /** K: offers out at once while places are open. */
  readonly offersAtOnce: number;
  readonly respondWithinDays: number;
  readonly message: string;
  /** The directory's ranking, read once; undefined until it answered. */
  readonly candidates: readonly Candidate[] | undefined;
}

export interface AuditEntry {
  readonly at: Date;
  readonly actor: Actor;
  readonly action: string;
  readonly before: Readonly<Record<string, unknown>>;
  readonly after: Readonly<Record<string, unknown>>;
}

export interface SupportRequest {
  readonly id: string;
  /** "YC-2026-0042". */
  readonly number: string;
  readonly requestingOrganisationCode: string;
  readonly details: SupportRequestDetails;
  readonly status: SupportRequestStatus;
  readonly priority: Priority;
  readonly statusReason: string;
  readonly mergedIntoRequestId: string;
  readonly outcomeSummary: string;
  readonly createdBy: string;
  readonly createdAt: Date;
  readonly submittedAt: Date | undefined;
  readonly staffedAt: Date | undefined;
  readonly completedAt: Date | undefined;
  readonly serviceLevel: ServiceLevelState;
  readonly offers: OfferPlan | undefined;
  /** Set while the directory cannot be asked: offers wait, the sweep asks again. */
  readonly matchingDegraded: boolean;
  /** Dispatches holding a place: accepted by their expert and not refused or ended since. */
  readonly places: readonly string[];
  readonly history: readonly AuditEntry[];
  readonly version: number;
}

export type DispatchStatus =
  | 'invited'
  | 'accepted'
  | 'declined'
  | 'expired'
  | 'withdrawn'
  | 'release-refused'
  | 'confirmed'
  | 'in-progress'
  | 'reported'
  | 'completed'
  | 'cancelled';

export interface EngagementReport {
  readonly summary: string;
  readonly hours: number;
  readonly deliverables: readonly string[];
}

export interface Dispatch {
  readonly id: string;
  readonly requestId: string;
  readonly requestNumber: string;
  readonly requestTitle: string;
  readonly requestingOrganisationCode: string;
  readonly mode: SupportMode;
  readonly provinceCode: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly expertId: string;
  readonly expertName: string;
  readonly expertOrganisationCode: string;
  readonly status: DispatchStatus;
  readonly message: string;
  readonly invitedAt: Date;
  readonly respondBy: Date;
  readonly respondedAt: Date | undefined;
  readonly reason: string;
  readonly releaseDecidedAt: Date | undefined;
  readonly releaseDecidedBy: string;
  readonly report: EngagementReport | undefined;
  readonly rating: { readonly rating: number; readonly feedback: string } | undefined;
  readonly cancelledBy: string;
  readonly history: readonly AuditEntry[];
  readonly version: number;
}

/** The periods an expert is booked for (accepted offers onwards), by dispatch. */
export interface Booking {
  readonly dispatchId: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly bookedAt: Date;
}
