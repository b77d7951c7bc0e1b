import { acceptsTrainees, cohortFacts, freeSeats } from './cohorts.ts';
import { changed, seatTaken, type EnrolmentChange } from './enrolment-change.ts';
import { assertCanApply } from './enrolment-lifecycle.ts';
import { transferredEvent } from './transfer.ts';
import { enrolledEvents } from './placement.ts';
import type { ChangeContext, CohortView, Enrolment } from './types.ts';

/** The queue of a cohort, head first: by time joined, ties by enrolment id, so every replica agrees. */
export function orderWaitlist(enrolments: readonly Enrolment[], cohortId: string): Enrolment[] {
  return enrolments
    .filter((enrolment) => enrolment.waitlist?.cohortId === cohortId)
    .sort(
      (a, b) =>
        (a.waitlist?.since.getTime() ?? 0) - (b.waitlist?.since.getTime() ?? 0) ||
        a.id.localeCompare(b.id),
    );
}

/** 1-based places in a cohort's queue (Enrolment.waitlist_position), by enrolment id. */
export function waitlistPositions(
  enrolments: readonly Enrolment[],
  cohortId: string,
): ReadonlyMap<string, number> {
  return new Map(
    orderWaitlist(enrolments, cohortId).map((enrolment, index) => [enrolment.id, index + 1]),
  );
}

/**
 * Gives the cohort's free seats to the head of its queue (`queue`: the enrolments waiting for it,
 * in any order). A trainee waiting to transfer moves now and frees their old seat, so the caller
 * promotes freedSeats(change) of each change in turn. Nothing happens in a closed cohort.
 */
export function promoteWaitlist(
  view: CohortView,
  queue: readonly Enrolment[],
  context: ChangeContext,
): EnrolmentChange[] {
  if (!acceptsTrainees(view.cohort)) return [];
  return orderWaitlist(queue, view.cohort.id)
    .slice(0, freeSeats(view.cohort))
    .map((enrolment) => promote(enrolment, view, context));
}

function promote(enrolment: Enrolment, view: CohortView, context: ChangeContext): EnrolmentChange {
  assertCanApply(enrolment.status, 'promote');
  const { cohort } = view;
  const transfer = enrolment.waitlist?.transfer;
  const after = changed(
    enrolment,
    {
      status: 'enrolled',
      cohortId: cohort.id,
      waitlist: undefined,
      seats: seatTaken(enrolment.seats, cohort.id, context.now),
      reason: transfer?.reason ?? enrolment.reason,
    },
    context,
  );
  const taken = { cohortId: cohort.id, enrolled: 1, waitlisted: -1 };
  if (transfer === undefined) {
    return {
      enrolment: after,
      seats: [taken],
      events: enrolledEvents({ kind: 'seat', view }, after, true),
    };
  }
  return {
    enrolment: after,
    seats: [{ cohortId: enrolment.cohortId, enrolled: -1, waitlisted: 0 }, taken],
    events: [
      transferredEvent(after, transfer.from, cohortFacts(view), 'enrolled', transfer.reason),
    ],
  };
}
