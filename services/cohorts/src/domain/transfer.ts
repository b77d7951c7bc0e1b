import { DomainError, requireReason } from '@expertnet/platform';
import { assertAcceptsTrainees, cohortFacts, hasFreeSeat } from './cohorts.ts';
import { cohortFactsOfPlace, releasedSeats } from './departure.ts';
import { changed, seatTaken, type EnrolmentChange, type SeatDelta } from './enrolment-change.ts';
import { assertCanApply } from './enrolment-lifecycle.ts';
import { EVENT_TYPES, type TraineeTransferred } from './events.ts';
import type {
  ChangeContext,
  CohortFacts,
  CohortView,
  Enrolment,
  EnrolmentStatus,
} from './types.ts';

export interface TransferRequest {
  readonly reason: string;
  /** When the target is full: true joins its waitlist, false refuses with COHORT_FULL. */
  readonly waitlistIfFull: boolean;
}

/**
 * Moves a trainee to another cohort (`from` is the one they sit or wait in now). Attendance and
 * scores stay on the enrolment; computeProgress counts those of modules the new track shares.
 *
 * When the target is full and waiting is asked for, an enrolled trainee keeps their seat until
 * one frees in the target (promoteWaitlist then moves them); a waitlisted one moves their place
 * to the target's queue. A newer transfer replaces a pending one.
 */
export function transferTrainee(
  enrolment: Enrolment,
  from: CohortView,
  to: CohortView,
  request: TransferRequest,
  context: ChangeContext,
): EnrolmentChange {
  assertCanApply(enrolment.status, 'transfer');
  const reason = requireReason(request.reason, 3, 1000);
  const fromFacts = cohortFactsOfPlace(enrolment, from);
  if (fromFacts === undefined || to.cohort.id === enrolment.cohortId) {
    throw new DomainError(
      'failed-precondition',
      'ALREADY_IN_COHORT',
      `enrolment ${enrolment.id} is already in cohort ${to.cohort.settings.code}`,
    );
  }
  assertAcceptsTrainees(to.cohort);
  if (hasFreeSeat(to.cohort)) return move(enrolment, fromFacts, to, reason, context);
  if (!request.waitlistIfFull) {
    throw new DomainError(
      'failed-precondition',
      'COHORT_FULL',
      `cohort ${to.cohort.settings.code} has no free seat (capacity ${to.cohort.settings.capacity})`,
    );
  }
  return wait(enrolment, fromFacts, to, reason, context);
}

function move(
  enrolment: Enrolment,
  fromFacts: CohortFacts,
  to: CohortView,
  reason: string,
  context: ChangeContext,
): EnrolmentChange {
  const after = changed(
    enrolment,
    {
      status: 'enrolled',
      cohortId: to.cohort.id,
      waitlist: undefined,
      seats: seatTaken(enrolment.seats, to.cohort.id, context.now),
      reason,
    },
    context,
  );
  const seats: SeatDelta[] = [
    ...releasedSeats(enrolment),
    { cohortId: to.cohort.id, enrolled: 1, waitlisted: 0 },
  ];
  return {
    enrolment: after,
    seats,
    events: [transferredEvent(after, fromFacts, cohortFacts(to), 'enrolled', reason)],
  };
}

function wait(
  enrolment: Enrolment,
  fromFacts: CohortFacts,
  to: CohortView,
  reason: string,
  context: ChangeContext,
): EnrolmentChange {
  const seated = enrolment.status === 'enrolled';
  const after = changed(
    enrolment,
    {
      cohortId: seated ? enrolment.cohortId : to.cohort.id,
      waitlist: {
        cohortId: to.cohort.id,
        since: context.now,
        transfer: seated ? { from: fromFacts, reason } : undefined,
      },
      reason,
    },
    context,
  );
  const given = releasedSeats(enrolment).filter((delta) => delta.waitlisted !== 0);
  const seats: SeatDelta[] = [...given, { cohortId: to.cohort.id, enrolled: 0, waitlisted: 1 }];
  return {
    enrolment: after,
    seats,
    events: [transferredEvent(after, fromFacts, cohortFacts(to), 'waitlisted', reason)],
  };
}

/** TraineeTransferred; `to` unset when a cancelled cohort sent the trainee back to the pool. */
export function transferredEvent(
  after: Enrolment,
  from: CohortFacts,
  to: CohortFacts | undefined,
  status: EnrolmentStatus,
  reason: string,
): TraineeTransferred {
  return {
    type: EVENT_TYPES.traineeTransferred,
    orgCode: after.trainee.effectiveOrganisationCode,
    payload: {
      enrolmentId: after.id,
      trainee: after.trainee,
      fromCohort: from,
      toCohort: to,
      status,
      reason,
    },
  };
}
