/**
 * The events the domain asks to publish, as plain data: `type` is the subject named in
 * events.proto, `payload` has the fields of its message in camel case. The service wraps them in
 * protobuf and writes them to the outbox with the change that produced them. No payload carries
 * the national ID, its hash, the date of birth or the phone number. `orgCode` is the envelope's
 * org_code: the nomination's effective organisation; '' for round events.
 */
import type { SubjectEvent } from '@expertnet/platform';
import { NOMINATIONS_SUBJECTS } from '@expertnet/proto/events';
import type {
  Candidate,
  EducationLevel,
  Gender,
  LocalizedText,
  Nomination,
  NominationStatus,
  Quota,
  QuotaLedgerEntry,
} from './types.ts';

/** The subjects of the contract (events.proto), named once in @expertnet/proto/events. */
export const EVENT_TYPES = NOMINATIONS_SUBJECTS;

/** The person nominated, as much as the services downstream need. */
export interface Nominee {
  readonly fullName: string;
  readonly gender: Gender;
  readonly email: string;
  readonly position: string;
  readonly unit: string;
  readonly educationLevel: EducationLevel;
  readonly fieldOfStudy: string;
  readonly yearsOfExperience: number;
  readonly specialties: readonly string[];
  readonly languages: readonly string[];
}

export interface NominationFacts {
  readonly nominationId: string;
  readonly roundId: string;
  readonly organisationCode: string;
  readonly effectiveOrganisationCode: string;
  readonly nominee: Nominee;
  /** Version after the change, so consumers can ignore an older event. */
  readonly version: number;
}

export interface DuplicateMatch {
  readonly nominationId: string;
  readonly roundId: string;
  readonly organisationCode: string;
  readonly candidateName: string;
  readonly status: NominationStatus;
}

export type RoundOpened = SubjectEvent<
  typeof EVENT_TYPES.roundOpened,
  {
    readonly roundId: string;
    readonly name: LocalizedText;
    readonly opensAt: Date;
    readonly closesAt: Date;
    readonly quotas: readonly Quota[];
  }
>;

export type RoundClosed = SubjectEvent<
  typeof EVENT_TYPES.roundClosed,
  {
    readonly roundId: string;
    readonly name: LocalizedText;
    readonly closedAt: Date;
    readonly closedEarly: boolean;
    readonly reason: string;
    readonly ledger: readonly QuotaLedgerEntry[];
  }
>;

export type NominationSubmitted = SubjectEvent<
  typeof EVENT_TYPES.nominationSubmitted,
  {
    readonly nomination: NominationFacts;
    readonly resubmission: boolean;
    readonly replacesNominationId?: string | undefined;
    readonly submittedAt: Date;
  }
>;

export type NominationReturned = SubjectEvent<
  typeof EVENT_TYPES.nominationReturned,
  {
    readonly nomination: NominationFacts;
    readonly reason: string;
    readonly officerName: string;
    readonly officerEmail: string;
  }
>;

interface DecisionPayload {
  readonly nomination: NominationFacts;
  readonly previousStatus: NominationStatus;
  readonly reason: string;
  readonly decidedAt: Date;
}

export type NominationAccepted = SubjectEvent<
  typeof EVENT_TYPES.nominationAccepted,
  DecisionPayload & { readonly averageScore: number }
>;
export type NominationRejected = SubjectEvent<
  typeof EVENT_TYPES.nominationRejected,
  DecisionPayload
>;
export type NominationWaitlisted = SubjectEvent<
  typeof EVENT_TYPES.nominationWaitlisted,
  DecisionPayload
>;

export type NominationWithdrawn = SubjectEvent<
  typeof EVENT_TYPES.nominationWithdrawn,
  {
    readonly nomination: NominationFacts;
    readonly previousStatus: NominationStatus;
    readonly reason: string;
    readonly replacedByNominationId?: string | undefined;
  }
>;

export type QuotaShortfall = SubjectEvent<
  typeof EVENT_TYPES.quotaShortfall,
  {
    readonly roundId: string;
    readonly roundName: LocalizedText;
    readonly organisationCode: string;
    readonly floor: number;
    readonly submitted: number;
    readonly shortfall: number;
    readonly closesAt: Date;
    readonly daysBeforeClose: number;
  }
>;

export type DuplicateCandidateFlagged = SubjectEvent<
  typeof EVENT_TYPES.duplicateFlagged,
  { readonly flagId: string; readonly matches: readonly DuplicateMatch[] }
>;

export type RoundEvent = RoundOpened | RoundClosed;

export type NominationEvent =
  | NominationSubmitted
  | NominationReturned
  | NominationAccepted
  | NominationRejected
  | NominationWaitlisted
  | NominationWithdrawn;

export type NominationsEvent =
  RoundEvent | NominationEvent | QuotaShortfall | DuplicateCandidateFlagged;

export function nomineeOf(candidate: Candidate): Nominee {
  return {
    fullName: candidate.fullName,
    gender: candidate.gender,
    email: candidate.email,
    position: candidate.position,
    unit: candidate.unit,
    educationLevel: candidate.educationLevel,
    fieldOfStudy: candidate.fieldOfStudy,
    yearsOfExperience: candidate.yearsOfExperience,
    specialties: candidate.specialties,
    languages: candidate.languages,
  };
}

export function nominationFacts(nomination: Nomination): NominationFacts {
  return {
    nominationId: nomination.id,
    roundId: nomination.roundId,
    organisationCode: nomination.organisationCode,
    effectiveOrganisationCode: nomination.effectiveOrganisationCode,
    nominee: nomineeOf(nomination.candidate),
    version: nomination.version,
  };
}
