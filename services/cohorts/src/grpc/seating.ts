import { DomainError } from '@expertnet/platform';
import {
  freedSeats,
  promoteWaitlist,
  releaseFromCancelledCohort,
  type ChangeContext,
  type CohortView,
  type Enrolment,
  type EnrolmentChange,
} from '../domain/index.ts';
import { envelopes, EVENTS_COLLECTION, type Dependencies } from './context.ts';
import type { Loaders } from './loading.ts';

/** A lost race for the last seat is worked out again on fresh counts this many times. */
const SEAT_ATTEMPTS = 3;
/** Promotions that free seats elsewhere (transfer waiters) are followed this deep. */
const MAX_PROMOTION_DEPTH = 5;

/** A change worked out on fresh reads, with the enrolment as it was read. */
export interface Worked {
  readonly change: EnrolmentChange;
  readonly before: Enrolment;
}

/**
 * Stores enrolment changes the way the nominations consumer stores its own: the seat first (one
 * conditional update of the cohort, the contended step: claimSeat), then the enrolment with its
 * events, then the cohorts' member lists (settle, idempotent). Freed seats go to the head of the
 * cohort's waitlist; what a crash cuts short, the periodic sweep finishes.
 */
export function seating(deps: Dependencies, load: Loaders) {
  const settle = (enrolment: Enrolment) =>
    deps.cohorts.settle(
      enrolment.id,
      // A graduate keeps the seat they trained in.
      enrolment.status === 'enrolled' || enrolment.status === 'graduated'
        ? enrolment.cohortId
        : undefined,
      enrolment.waitlist?.cohortId,
    );

  /** False when the seat went to someone else meanwhile. */
  async function apply({ change, before }: Worked, context: ChangeContext): Promise<boolean> {
    const { enrolment } = change;
    if (enrolment.status === 'enrolled') {
      const cohort = await deps.cohorts.get(enrolment.cohortId);
      const capacity = cohort?.settings.capacity ?? 0;
      if (!(await deps.cohorts.claimSeat(enrolment.cohortId, enrolment.id, capacity))) {
        return false;
      }
    }
    try {
      await deps.enrolments.save(enrolment, before, envelopes(change.events, context));
    } catch (error) {
      // A seat claimed for a change that was not stored goes back: lists follow what is stored.
      const stored = await deps.enrolments.get(enrolment.id);
      if (stored !== undefined) await settle(stored);
      throw error;
    }
    if (change.events.length > 0) {
      deps.eventsWritten({ collection: EVENTS_COLLECTION, id: enrolment.id });
    }
    await settle(enrolment);
    return true;
  }

  /** Fills the free seats of a cohort from its waitlist, first come first served. */
  async function promoteIn(cohortId: string, context: ChangeContext, depth = 0): Promise<void> {
    const cohort = await deps.cohorts.get(cohortId);
    if (cohort === undefined) return;
    const view = await load.viewOf(cohort);
    const queue = await deps.enrolments.waitlistOf(cohortId);
    for (const change of promoteWaitlist(view, queue, context)) {
      const before = queue.find((waiting) => waiting.id === change.enrolment.id);
      if (before === undefined || !(await apply({ change, before }, context))) return;
      if (depth < MAX_PROMOTION_DEPTH) {
        for (const freed of freedSeats(change)) await promoteIn(freed, context, depth + 1);
      }
    }
  }

  /**
   * Promotions after a change already stored: a failure here is left to the periodic sweep
   * rather than reported to the caller as if their change had failed.
   */
  async function promote(cohortId: string, context: ChangeContext): Promise<void> {
    await promoteIn(cohortId, context).catch((error: unknown) => {
      deps.logger.warn({ err: error, cohortId }, 'waitlist promotion left to the sweep');
    });
  }

  async function promoteFreed(change: EnrolmentChange, context: ChangeContext): Promise<void> {
    for (const cohortId of freedSeats(change)) await promote(cohortId, context);
  }

  return {
    promote,

    /**
     * Runs a use case until its seat claim holds: `work` reads afresh each time, so a seat lost
     * to a concurrent call is worked out again (the waitlist, or COHORT_FULL, as the domain says).
     */
    async place(work: () => Promise<Worked>, context: ChangeContext): Promise<Enrolment> {
      for (let attempt = 1; attempt <= SEAT_ATTEMPTS; attempt += 1) {
        const worked = await work();
        if (await apply(worked, context)) {
          await promoteFreed(worked.change, context);
          return worked.change.enrolment;
        }
      }
      throw new DomainError(
        'unavailable',
        'SEAT_CONTENDED',
        'the seats of this cohort are changing fast; try again',
      );
    },

    /**
     * A cancelled cohort's trainees go back to the pool and its waiters from other cohorts stay
     * where they are. Safe to repeat: the sweep runs it again for a release a crash cut short.
     */
    async releaseCancelled(view: CohortView, context: ChangeContext): Promise<void> {
      const cohortId = view.cohort.id;
      const members = await deps.cohorts.members(cohortId);
      const found = [
        ...(await deps.enrolments.waitlistOf(cohortId)),
        ...(await deps.enrolments.inCohort(cohortId, ['enrolled', 'waitlisted'])),
      ];
      const ids = new Set([
        ...members.seatHolders,
        ...members.waitlisted,
        ...found.map((e) => e.id),
      ]);
      for (const id of ids) {
        const enrolment = await deps.enrolments.get(id);
        if (enrolment === undefined) continue;
        const change = releaseFromCancelledCohort(enrolment, view, context);
        if (change === undefined) await settle(enrolment);
        else await apply({ change, before: enrolment }, context);
      }
    },
  };
}

export type Seating = ReturnType<typeof seating>;
