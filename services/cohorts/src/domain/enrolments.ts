import { requireReason } from '@expertnet/platform';
import { depart, releasedSeats } from './departure.ts';
import { cohortFacts } from './cohorts.ts';
import { changed, closeSeats, type EnrolmentChange } from './enrolment-change.ts';
import { assertCanApply } from './enrolment-lifecycle.ts';
import { enrolledEvents, placedFields, placementIn } from './placement.ts';
import { NO_PROGRESS } from './progress.ts';
import { transferredEvent } from './transfer.ts';
import type { ChangeContext, CohortView, Enrolment } from './types.ts';

/** Places a pooled trainee in a cohort: a seat when one is free, else its waitlist. */
export function assignToCohort(
  enrolment: Enrolment,
  view: CohortView,
  context: ChangeContext,
): EnrolmentChange {
  assertCanApply(enrolment.status, 'assign');
  const placement = placementIn(view);
  const placed = placedFields(placement, enrolment, context.now);
  const after = changed(enrolment, placed.changes, context);
  return { enrolment: after, seats: placed.seats, events: enrolledEvents(placement, after) };
}

/**
 * The trainee leaves the programme, recorded by the programme office. `place` is the cohort of the
 * seat or waitlist place held (undefined while pooled); its waitlist is promoted next.
 */
export function dropTrainee(
  enrolment: Enrolment,
  place: CohortView | undefined,
  reason: string,
  context: ChangeContext,
): EnrolmentChange {
  assertCanApply(enrolment.status, 'drop');
  const note = requireReason(reason, 3, 1000);
  return depart(
    enrolment,
    { status: 'dropped', cause: 'dropped-out', reason: note },
    place,
    context,
  );
}

/** Recorded as the reason on enrolments sent back to the pool by a cancelled cohort. */
export const COHORT_CANCELLED_REASON = 'Lớp bị hủy (cohort cancelled)';

/**
 * Frees an enrolment from a cancelled cohort: its trainees go back to the pool (told by
 * TraineeTransferred with no target, status pooled), and trainees elsewhere who waited to
 * transfer into it stay where they are. Undefined for an enrolment with nothing there.
 */
export function releaseFromCancelledCohort(
  enrolment: Enrolment,
  cancelled: CohortView,
  context: ChangeContext,
): EnrolmentChange | undefined {
  const cohortId = cancelled.cohort.id;
  if (
    enrolment.cohortId === cohortId &&
    (enrolment.status === 'enrolled' || enrolment.status === 'waitlisted')
  ) {
    return backToPool(enrolment, cancelled, context);
  }
  if (enrolment.waitlist?.cohortId !== cohortId) return undefined;
  return {
    enrolment: changed(enrolment, { waitlist: undefined }, context),
    seats: [{ cohortId, enrolled: 0, waitlisted: -1 }],
    events: [],
  };
}

function backToPool(
  enrolment: Enrolment,
  cancelled: CohortView,
  context: ChangeContext,
): EnrolmentChange {
  assertCanApply(enrolment.status, 'return-to-pool');
  const after = changed(
    enrolment,
    {
      status: 'pooled',
      cohortId: '',
      waitlist: undefined,
      seats: closeSeats(enrolment.seats, context.now),
      progress: NO_PROGRESS,
      reason: COHORT_CANCELLED_REASON,
    },
    context,
  );
  const events =
    enrolment.status === 'enrolled'
      ? [
          transferredEvent(
            after,
            cohortFacts(cancelled),
            undefined,
            'pooled',
            COHORT_CANCELLED_REASON,
          ),
        ]
      : [];
  return { enrolment: after, seats: releasedSeats(enrolment), events };
}

const sameEmail = (a: string, b: string) =>
  a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== '';

/**
 * Links the trainee's login at their first sign-in, matching the email the nomination gave with
 * the verified email of the token. Undefined when there is nothing to link: already linked (a
 * link never moves to another account silently) or another person's email.
 */
export function linkTraineeAccount(
  enrolment: Enrolment,
  account: { readonly subject: string; readonly email: string },
  context: ChangeContext,
): Enrolment | undefined {
  if (enrolment.trainee.userSubject !== '' || account.subject === '') return undefined;
  if (!sameEmail(enrolment.trainee.email, account.email)) return undefined;
  return changed(
    enrolment,
    { trainee: { ...enrolment.trainee, userSubject: account.subject } },
    context,
  );
}
