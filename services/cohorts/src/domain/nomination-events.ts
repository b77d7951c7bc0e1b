import { DomainError } from '@expertnet/platform';
import { NOMINATIONS_SUBJECTS } from '@expertnet/proto/events';
import { depart } from './departure.ts';
import { changed, type EnrolmentChange } from './enrolment-change.ts';
import { enrolmentIdFor } from './enrolment-id.ts';
import { canApply } from './enrolment-lifecycle.ts';
import { enrolledEvents, placedFields, placementForRound } from './placement.ts';
import { NO_PROGRESS } from './progress.ts';
import type { ChangeContext, CohortView, DropCause, Enrolment, Trainee } from './types.ts';

/**
 * What cohorts needs of a nominee: the domain's own input, made from the contract's
 * nominations.v1 NominationFacts by the consumer's typed mapper (events/nomination-events.ts).
 */
export interface NomineeInput {
  readonly fullName: string;
  readonly email: string;
  readonly position: string;
  readonly unit: string;
  readonly specialties: readonly string[];
  readonly languages: readonly string[];
}

export interface NominationInput {
  readonly nominationId: string;
  readonly roundId: string;
  readonly organisationCode: string;
  readonly effectiveOrganisationCode: string;
  readonly nominee: NomineeInput;
  readonly version: number;
}

export type NominationEventKind = 'accepted' | 'rejected' | 'waitlisted' | 'withdrawn';

export interface NominationDecision {
  readonly kind: NominationEventKind;
  readonly nomination: NominationInput;
  /** Kebab-case NominationStatus, e.g. 'accepted'. */
  readonly previousStatus: string;
  readonly reason: string;
}

const KINDS: Readonly<Record<string, NominationEventKind>> = {
  [NOMINATIONS_SUBJECTS.nominationAccepted]: 'accepted',
  [NOMINATIONS_SUBJECTS.nominationRejected]: 'rejected',
  [NOMINATIONS_SUBJECTS.nominationWaitlisted]: 'waitlisted',
  [NOMINATIONS_SUBJECTS.nominationWithdrawn]: 'withdrawn',
};

/** The kind of a nominations subject cohorts acts on; undefined for the others (acknowledge). */
export const nominationEventKindOf = (subject: string): NominationEventKind | undefined =>
  Object.hasOwn(KINDS, subject) ? KINDS[subject] : undefined;

/**
 * What a nomination event asks of cohorts. Only an acceptance enrols; a rejection, waitlisting or
 * withdrawal matters only when it undoes an acceptance (previous status accepted).
 */
export function nominationEffect(
  decision: Pick<NominationDecision, 'kind' | 'previousStatus'>,
): 'enrol' | 'remove' | 'none' {
  if (decision.kind === 'accepted') return 'enrol';
  return decision.previousStatus === 'accepted' ? 'remove' : 'none';
}

export function traineeOf(
  facts: NominationInput,
  context: ChangeContext,
  userSubject = '',
): Trainee {
  const { nominee } = facts;
  return {
    fullName: nominee.fullName,
    email: nominee.email,
    userSubject,
    organisationCode: facts.organisationCode,
    effectiveOrganisationCode: context.resolve(facts.organisationCode),
    position: nominee.position,
    unit: nominee.unit,
    specialties: nominee.specialties,
    languages: nominee.languages,
  };
}

/** Ignores what the enrolment already reflects: a redelivery or an event overtaken by a newer one. */
const isStale = (existing: Enrolment | undefined, facts: NominationInput) =>
  existing !== undefined && facts.version <= existing.nominationVersion;

/**
 * Enrols on NominationAccepted into a seat, a waitlist or the pool (placementForRound over the
 * cohorts the store found for the round). Undefined when nothing changes: the same event twice, an
 * older one, or an enrolment still active. A removed or dropped enrolment is reinstated by a newer
 * acceptance, under the same id.
 */
export function enrolFromNomination(
  existing: Enrolment | undefined,
  facts: NominationInput,
  roundCohorts: readonly CohortView[],
  context: ChangeContext,
): EnrolmentChange | undefined {
  if (isStale(existing, facts)) return undefined;
  if (existing !== undefined && !canApply(existing.status, 'reinstate')) return undefined;
  const placement = placementForRound(facts.roundId, roundCohorts);
  const base: Enrolment = existing ?? newEnrolment(facts, context);
  const placed = placedFields(placement, base, context.now);
  const fields = {
    ...placed.changes,
    roundId: facts.roundId,
    nominationVersion: facts.version,
    trainee: traineeOf(facts, context, base.trainee.userSubject),
    reason: '',
  };
  const enrolment =
    existing === undefined ? { ...base, ...fields } : changed(existing, fields, context);
  return { enrolment, seats: placed.seats, events: enrolledEvents(placement, enrolment) };
}

function newEnrolment(facts: NominationInput, context: ChangeContext): Enrolment {
  return {
    id: enrolmentIdFor(facts.nominationId),
    nominationId: facts.nominationId,
    roundId: facts.roundId,
    nominationVersion: facts.version,
    trainee: traineeOf(facts, context),
    cohortId: '',
    status: 'pooled',
    seats: [],
    progress: NO_PROGRESS,
    reason: '',
    certificateId: '',
    version: 1,
    createdAt: context.now,
    updatedAt: context.now,
  };
}

/**
 * Removes the enrolment of a withdrawn or reversed acceptance, freeing its seat or waitlist place.
 * Undefined when nothing changes (stale, or already out, or graduated: a graduate's certificate is
 * revoked deliberately, not by a late nomination event). An enrolment that does not exist means an
 * acceptance cohorts never saw: UNKNOWN_NOMINATION, for the dead-letter subject.
 * `place` is the cohort of the seat or waitlist place held, when there is one.
 */
export function removeForNomination(
  existing: Enrolment | undefined,
  decision: NominationDecision,
  place: CohortView | undefined,
  context: ChangeContext,
): EnrolmentChange | undefined {
  if (nominationEffect(decision) !== 'remove') return undefined;
  const facts = decision.nomination;
  if (existing === undefined) {
    throw new DomainError(
      'not-found',
      'UNKNOWN_NOMINATION',
      `nomination ${facts.nominationId} was ${decision.kind} after acceptance, but no enrolment exists for it`,
    );
  }
  if (isStale(existing, facts) || !canApply(existing.status, 'remove')) return undefined;
  const cause: DropCause =
    decision.kind === 'withdrawn' ? 'nomination-withdrawn' : 'nomination-reversed';
  return depart(
    existing,
    { status: 'removed', cause, reason: decision.reason, nominationVersion: facts.version },
    place,
    context,
  );
}
