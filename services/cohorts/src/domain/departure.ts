import { cohortFacts } from './cohorts.ts';
import { changed, closeSeats, type EnrolmentChange, type SeatDelta } from './enrolment-change.ts';
import { EVENT_TYPES } from './events.ts';
import type { ChangeContext, CohortFacts, CohortView, DropCause, Enrolment } from './types.ts';

/** The counters an enrolment gives back when it leaves its seat and any waitlist place. */
export function releasedSeats(enrolment: Enrolment): SeatDelta[] {
  const deltas: SeatDelta[] = [];
  if (enrolment.status === 'enrolled') {
    deltas.push({ cohortId: enrolment.cohortId, enrolled: -1, waitlisted: 0 });
  }
  if (enrolment.waitlist !== undefined) {
    deltas.push({ cohortId: enrolment.waitlist.cohortId, enrolled: 0, waitlisted: -1 });
  }
  return deltas;
}

/**
 * The facts of the cohort an enrolment sits or waits in; undefined while pooled. `place` must be
 * that cohort: passing another is a bug of the caller, not the user's mistake.
 */
export function cohortFactsOfPlace(
  enrolment: Enrolment,
  place: CohortView | undefined,
): CohortFacts | undefined {
  if (enrolment.cohortId === '') return undefined;
  if (place?.cohort.id !== enrolment.cohortId) {
    throw new Error(
      `enrolment ${enrolment.id} is in cohort ${enrolment.cohortId}; pass that cohort`,
    );
  }
  return cohortFacts(place);
}

export interface Departure {
  readonly status: 'dropped' | 'removed';
  readonly cause: DropCause;
  readonly reason: string;
  /** Set when a nomination event caused it, so older events are ignored afterwards. */
  readonly nominationVersion?: number | undefined;
}

/**
 * The trainee leaves: the seat (or waitlist place) and any pending transfer are given back, the
 * seat period ends, and TraineeDropped tells the others. The caller checks the transition and
 * promotes the waitlists of freedSeats(change) next.
 */
export function depart(
  existing: Enrolment,
  departure: Departure,
  place: CohortView | undefined,
  context: ChangeContext,
): EnrolmentChange {
  const cohort = cohortFactsOfPlace(existing, place);
  const enrolment = changed(
    existing,
    {
      status: departure.status,
      nominationVersion: departure.nominationVersion ?? existing.nominationVersion,
      waitlist: undefined,
      seats: closeSeats(existing.seats, context.now),
      reason: departure.reason,
    },
    context,
  );
  return {
    enrolment,
    seats: releasedSeats(existing),
    events: [
      {
        type: EVENT_TYPES.traineeDropped,
        orgCode: enrolment.trainee.effectiveOrganisationCode,
        payload: {
          enrolmentId: enrolment.id,
          nominationId: enrolment.nominationId,
          trainee: enrolment.trainee,
          cohort,
          cause: departure.cause,
          reason: departure.reason,
        },
      },
    ],
  };
}
