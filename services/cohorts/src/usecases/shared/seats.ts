import {
  freedSeats,
  promoteWaitlist,
  releaseFromCancelledCohort,
  type CohortView,
  type Enrolment,
  type EnrolmentChange,
} from '../../domain/index.ts';
import { reached, type Caller } from './caller.ts';
import { envelopes, eventsWrittenIn, type Dependencies } from './dependencies.ts';
import type { Loaders } from './loading.ts';

/** Promotions that free seats elsewhere (transfer waiters) are followed this deep. */
const MAX_PROMOTION_DEPTH = 5;

/** A change worked out on fresh reads, with the enrolment as it was read (none: a new one). */
export interface Worked {
  readonly change: EnrolmentChange;
  readonly before: Enrolment | undefined;
}

/**
 * How every enrolment change is stored, whoever asks (an RPC, the nominations consumer, a sweep):
 * the seat first (one conditional update of the cohort, the contended step: claimSeat), then the
 * enrolment with its events, then the cohorts' member lists (settle, idempotent). A seat claimed
 * for a change that is not stored goes back; freed seats go to the head of the cohort's waitlist;
 * what a crash cuts short, the periodic sweep finishes.
 */
export function seating(deps: Dependencies, load: Loaders) {
  /** Makes the cohorts' lists say what the enrolment says. A graduate keeps their seat. */
  const settle = (enrolment: Enrolment) =>
    deps.cohorts.settle(
      enrolment.id,
      enrolment.status === 'enrolled' || enrolment.status === 'graduated'
        ? enrolment.cohortId
        : undefined,
      enrolment.waitlist?.cohortId,
    );

  /** Gives back what a change that was not stored took: the lists follow what is stored. */
  async function giveBack(caller: Caller, enrolmentId: string): Promise<void> {
    const stored = reached(caller, await deps.enrolments.get(caller.scope, enrolmentId));
    if (stored === undefined) await deps.cohorts.settle(enrolmentId, undefined, undefined);
    else await settle(stored);
  }

  /** False when the seat went to someone else meanwhile, or another delivery stored it first. */
  async function apply({ change, before }: Worked, caller: Caller): Promise<boolean> {
    const { enrolment } = change;
    if (enrolment.status === 'enrolled') {
      const cohort = await deps.cohorts.get(enrolment.cohortId);
      const capacity = cohort?.settings.capacity ?? 0;
      if (!(await deps.cohorts.claimSeat(enrolment.cohortId, enrolment.id, capacity))) {
        return false;
      }
    }
    let saved: boolean;
    try {
      const written = envelopes(change.events, caller.context);
      saved = await deps.enrolments.save(caller.scope, enrolment, before, written);
    } catch (error) {
      await giveBack(caller, enrolment.id);
      throw error;
    }
    if (!saved) {
      await giveBack(caller, enrolment.id);
      return false;
    }
    if (change.events.length > 0) eventsWrittenIn(deps, enrolment.id);
    await settle(enrolment);
    return true;
  }

  /** Fills the free seats of a cohort from its waitlist, first come first served. */
  async function promoteIn(cohortId: string, caller: Caller, depth = 0): Promise<void> {
    const cohort = await deps.cohorts.get(cohortId);
    if (cohort === undefined) return;
    const view = await load.viewOf(cohort);
    const queue = await deps.enrolments.waitlistOf(caller.scope, cohortId);
    for (const change of promoteWaitlist(view, queue, caller.context)) {
      const before = queue.find((waiting) => waiting.id === change.enrolment.id);
      if (before === undefined || !(await apply({ change, before }, caller))) return;
      if (depth < MAX_PROMOTION_DEPTH) {
        for (const freed of freedSeats(change)) await promoteIn(freed, caller, depth + 1);
      }
    }
  }

  /**
   * Promotions after a change already stored: a failure here is left to the periodic sweep
   * rather than reported as if the change itself had failed.
   */
  async function promote(cohortId: string, caller: Caller): Promise<void> {
    await promoteIn(cohortId, caller).catch((error: unknown) => {
      deps.logger.warn({ err: error, cohortId }, 'waitlist promotion left to the sweep');
    });
  }

  async function promoteFreed(change: EnrolmentChange, caller: Caller): Promise<void> {
    for (const cohortId of freedSeats(change)) await promote(cohortId, caller);
  }

  /**
   * A cancelled cohort's trainees go back to the pool and its waiters from other cohorts stay
   * where they are. Safe to repeat: the sweep runs it again for a release a crash cut short.
   */
  async function releaseCancelled(view: CohortView, caller: Caller): Promise<void> {
    const cohortId = view.cohort.id;
    const members = await deps.cohorts.members(cohortId);
    const found = [
      ...(await deps.enrolments.waitlistOf(caller.scope, cohortId)),
      ...(await deps.enrolments.inCohort(caller.scope, cohortId, ['enrolled', 'waitlisted'])),
    ];
    const ids = new Set([...members.seatHolders, ...members.waitlisted, ...found.map((e) => e.id)]);
    for (const id of ids) {
      const enrolment = reached(caller, await deps.enrolments.get(caller.scope, id));
      if (enrolment === undefined) continue;
      const change = releaseFromCancelledCohort(enrolment, view, caller.context);
      if (change === undefined) await settle(enrolment);
      else await apply({ change, before: enrolment }, caller);
    }
  }

  return { settle, apply, promote, promoteIn, promoteFreed, releaseCancelled };
}

export type Seating = ReturnType<typeof seating>;
