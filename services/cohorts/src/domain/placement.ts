import { acceptsTrainees, assertAcceptsTrainees, cohortFacts, hasFreeSeat } from './cohorts.ts';
import { seatTaken, type SeatDelta } from './enrolment-change.ts';
import { EVENT_TYPES, type TraineeEnrolled } from './events.ts';
import { NO_PROGRESS, startingProgress } from './progress.ts';
import type { CohortView, Enrolment } from './types.ts';

/** Where a trainee goes: a seat, the waitlist of a full cohort, or the pool (no cohort yet). */
export type Placement =
  | { readonly kind: 'seat'; readonly view: CohortView }
  | { readonly kind: 'waitlist'; readonly view: CohortView }
  | { readonly kind: 'pool' };

const byStart = (a: CohortView, b: CohortView) =>
  a.cohort.settings.startDate.localeCompare(b.cohort.settings.startDate) ||
  a.cohort.settings.code.localeCompare(b.cohort.settings.code) ||
  a.cohort.id.localeCompare(b.cohort.id);

/**
 * Where an accepted nomination of `roundId` goes among `views` (any cohorts; those of other rounds
 * or closed are skipped). "Several cohorts may name the same round: the earliest-starting one with a
 * free seat gets the next trainee." When all are full the trainee waits on the earliest-starting
 * one's waitlist, which trains them soonest once a seat frees; with no open cohort for the round,
 * the pool, until the programme office assigns one.
 */
export function placementForRound(roundId: string, views: readonly CohortView[]): Placement {
  const open = views
    .filter(({ cohort }) => cohort.settings.intakeRoundId === roundId && acceptsTrainees(cohort))
    .sort(byStart);
  const withSeat = open.find(({ cohort }) => hasFreeSeat(cohort));
  if (withSeat) return { kind: 'seat', view: withSeat };
  const first = open[0];
  return first ? { kind: 'waitlist', view: first } : { kind: 'pool' };
}

/** A seat in the cohort when one is free, else its waitlist; a closed cohort is refused. */
export function placementIn(view: CohortView): Placement {
  assertAcceptsTrainees(view.cohort);
  return { kind: hasFreeSeat(view.cohort) ? 'seat' : 'waitlist', view };
}

/** What placing an enrolment that holds nothing yet changes on it and on the cohort counters. */
export interface PlacedFields {
  readonly changes: Pick<Enrolment, 'status' | 'cohortId' | 'waitlist' | 'seats' | 'progress'>;
  readonly seats: readonly SeatDelta[];
}

export function placedFields(
  placement: Placement,
  enrolment: Pick<Enrolment, 'seats'>,
  now: Date,
): PlacedFields {
  if (placement.kind === 'pool') {
    return {
      changes: {
        status: 'pooled',
        cohortId: '',
        waitlist: undefined,
        seats: enrolment.seats,
        progress: NO_PROGRESS,
      },
      seats: [],
    };
  }
  const { cohort, track } = placement.view;
  const seat = placement.kind === 'seat';
  return {
    changes: {
      status: seat ? 'enrolled' : 'waitlisted',
      cohortId: cohort.id,
      waitlist: seat ? undefined : { cohortId: cohort.id, since: now },
      seats: seat ? seatTaken(enrolment.seats, cohort.id, now) : enrolment.seats,
      progress: startingProgress(track, now),
    },
    seats: [{ cohortId: cohort.id, enrolled: seat ? 1 : 0, waitlisted: seat ? 0 : 1 }],
  };
}

/** Published only when a seat is taken: a waitlist or pool place is not yet a cohort membership. */
export function enrolledEvents(
  placement: Placement,
  after: Enrolment,
  promotedFromWaitlist = false,
): TraineeEnrolled[] {
  if (placement.kind !== 'seat') return [];
  return [
    {
      type: EVENT_TYPES.traineeEnrolled,
      orgCode: after.trainee.effectiveOrganisationCode,
      payload: {
        enrolmentId: after.id,
        nominationId: after.nominationId,
        roundId: after.roundId,
        trainee: after.trainee,
        cohort: cohortFacts(placement.view),
        promotedFromWaitlist,
      },
    },
  ];
}
