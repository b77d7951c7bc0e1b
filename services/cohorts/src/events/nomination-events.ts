import { fromBinary, type DescMessage } from '@bufbuild/protobuf';
import { currentOrganisation, toPlain } from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import {
  NominationAcceptedSchema,
  NominationRejectedSchema,
  NominationWaitlistedSchema,
  NominationWithdrawnSchema,
} from '@expertnet/proto/expertnet/nominations/v1/events_pb.ts';
import {
  enrolFromNomination,
  enrolmentIdFor,
  freedSeats,
  nominationEventKindOf,
  promoteWaitlist,
  removeForNomination,
  type ChangeContext,
  type Cohort,
  type CohortView,
  type Enrolment,
  type EnrolmentChange,
  type NominationDecision,
  type NominationFacts,
} from '../domain/index.ts';
import type { CohortsStore } from '../persistence/cohorts-store.ts';
import type { EnrolmentsStore } from '../persistence/enrolments-store.ts';
import type { TracksStore } from '../persistence/tracks-store.ts';
import { envelopesOf } from './envelopes.ts';

/** The nominations subjects cohorts consumes, with their contract messages. */
export const NOMINATION_DECISIONS: Record<string, DescMessage> = {
  'nominations.nomination.accepted': NominationAcceptedSchema,
  'nominations.nomination.rejected': NominationRejectedSchema,
  'nominations.nomination.waitlisted': NominationWaitlistedSchema,
  'nominations.nomination.withdrawn': NominationWithdrawnSchema,
};

export interface EnrolmentDependencies {
  readonly cohorts: CohortsStore;
  readonly tracks: TracksStore;
  readonly enrolments: EnrolmentsStore;
  readonly now: () => Date;
  readonly eventsWritten: (enrolmentId: string) => void;
}

/** Changes made by this consumer are the service's own, not a person's. */
const SERVICE_ACTOR = { subject: 'svc-cohorts', orgCode: '', roles: [], service: 'svc-cohorts' };
const resolve = (code: string) => currentOrganisation(code)?.code ?? code;

export function decisionOf(envelope: EventEnvelope): NominationDecision | undefined {
  const kind = nominationEventKindOf(envelope.subject);
  const schema = NOMINATION_DECISIONS[envelope.subject];
  if (kind === undefined || schema === undefined) return undefined;
  const plain = toPlain(fromBinary(schema, envelope.data), schema);
  return {
    kind,
    nomination: plain.nomination as NominationFacts,
    previousStatus: (plain.previousStatus as string | undefined) ?? '',
    reason: (plain.reason as string | undefined) ?? '',
  };
}

/**
 * Enrols accepted candidates and removes reversed ones, exactly once per nomination: the
 * enrolment's id is derived from the nomination's, a seat is a conditional update of its cohort,
 * and every step is safe to repeat, so a redelivery after a crash finishes the work.
 */
export function enrolmentFromNominations(deps: EnrolmentDependencies) {
  async function viewOf(cohort: Cohort): Promise<CohortView | undefined> {
    const track = await deps.tracks.get(cohort.settings.trackId);
    return track && { cohort, track };
  }

  async function viewsOf(cohorts: readonly Cohort[]): Promise<CohortView[]> {
    const views = await Promise.all(cohorts.map(viewOf));
    return views.filter((view) => view !== undefined);
  }

  /** Stores one change: seat first (the contended step), then the enrolment, then the lists. */
  async function apply(
    change: EnrolmentChange,
    before: Enrolment | undefined,
    context: ChangeContext,
  ) {
    const { enrolment } = change;
    if (enrolment.status === 'enrolled') {
      const cohort = await deps.cohorts.get(enrolment.cohortId);
      if (
        !(await deps.cohorts.claimSeat(
          enrolment.cohortId,
          enrolment.id,
          cohort?.settings.capacity ?? 0,
        ))
      ) {
        throw new Error(
          `the last seat of cohort ${enrolment.cohortId} went meanwhile; placing again`,
        );
      }
    }
    await deps.enrolments.save(
      enrolment,
      before,
      envelopesOf(change.events, context.actor, context.now),
    );
    if (change.events.length > 0) deps.eventsWritten(enrolment.id);
    await settle(enrolment);
  }

  // Graduates keep their seat: a cohort's seats are its enrolled and graduated trainees.
  const settle = (enrolment: Enrolment) =>
    deps.cohorts.settle(
      enrolment.id,
      enrolment.status === 'enrolled' || enrolment.status === 'graduated'
        ? enrolment.cohortId
        : undefined,
      enrolment.waitlist?.cohortId,
    );

  /** Fills the free seats of a cohort from its waitlist, first come first served. */
  async function promoteIn(cohortId: string, context: ChangeContext): Promise<void> {
    const cohort = await deps.cohorts.get(cohortId);
    const view = cohort && (await viewOf(cohort));
    if (view === undefined) return;
    for (const change of promoteWaitlist(
      view,
      await deps.enrolments.waitlistOf(cohortId),
      context,
    )) {
      const before = await deps.enrolments.get(change.enrolment.id);
      await apply(change, before, context);
    }
  }

  async function handle(envelope: EventEnvelope): Promise<void> {
    const decision = decisionOf(envelope);
    if (decision === undefined) return;
    const context: ChangeContext = { actor: SERVICE_ACTOR, now: deps.now(), resolve };
    const id = enrolmentIdFor(decision.nomination.nominationId);
    const existing = await deps.enrolments.get(id);
    const change =
      decision.kind === 'accepted'
        ? enrolFromNomination(
            existing,
            decision.nomination,
            // Counted without this enrolment: a seat it took before a crash is offered again.
            await viewsOf(await deps.cohorts.ofRound(decision.nomination.roundId, id)),
            context,
          )
        : removeForNomination(existing, decision, existing && (await placeOf(existing)), context);
    if (change === undefined) {
      if (existing !== undefined) await settle(existing);
      return;
    }
    await apply(change, existing, context);
    for (const cohortId of freedSeats(change)) await promoteIn(cohortId, context);
  }

  async function placeOf(enrolment: Enrolment): Promise<CohortView | undefined> {
    if (enrolment.cohortId === '') return undefined;
    const cohort = await deps.cohorts.get(enrolment.cohortId);
    return cohort && viewOf(cohort);
  }

  /** Promotions a crash cut short, for a periodic sweep. */
  async function promoteWhereDue(): Promise<void> {
    const context: ChangeContext = { actor: SERVICE_ACTOR, now: deps.now(), resolve };
    for (const cohort of await deps.cohorts.promotable()) await promoteIn(cohort.id, context);
  }

  return { handle, promoteWhereDue };
}
