import { describe, expect, it } from 'vitest';
import { cohortFacts } from './cohorts.ts';
import { freedSeats } from './enrolment-change.ts';
import {
  aCohort,
  aContext,
  anEnrolment,
  aView,
  COHORT_A,
  COHORT_B,
  DURING_COURSE,
  otherCohort,
} from '../../test/fixtures.ts';
import type { Enrolment } from './types.ts';
import { orderWaitlist, promoteWaitlist, waitlistPositions } from './waitlist.ts';

const waiting = (id: string, minutes: number, cohortId = COHORT_A): Enrolment =>
  anEnrolment({
    id,
    nominationId: `nom-${id}`,
    status: 'waitlisted',
    cohortId,
    seats: [],
    waitlist: { cohortId, since: new Date(Date.UTC(2025, 9, 1, 0, minutes)) },
  });

describe('orderWaitlist and waitlistPositions', () => {
  it('orders by time joined, then by id, and ignores other queues', () => {
    const queue = [
      waiting('c', 5),
      waiting('b', 1),
      waiting('a', 5),
      waiting('x', 0, COHORT_B),
      anEnrolment(),
    ];
    expect(orderWaitlist(queue, COHORT_A).map((enrolment) => enrolment.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect([...waitlistPositions(queue, COHORT_A)]).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 3],
    ]);
  });
});

describe('promoteWaitlist', () => {
  it('promotes the head of the queue into the freed seat', () => {
    const view = aView(aCohort({ enrolledCount: 1, waitlistedCount: 2 }));
    const changes = promoteWaitlist(view, [waiting('late', 9), waiting('early', 1)], aContext());
    expect(changes).toHaveLength(1);
    expect(changes[0]?.enrolment).toMatchObject({
      id: 'early',
      status: 'enrolled',
      waitlist: undefined,
      seats: [{ cohortId: COHORT_A, from: DURING_COURSE }],
    });
    expect(changes[0]?.seats).toEqual([{ cohortId: COHORT_A, enrolled: 1, waitlisted: -1 }]);
    expect(changes[0]?.events[0]).toMatchObject({
      type: 'cohorts.trainee.enrolled',
      payload: { promotedFromWaitlist: true, enrolmentId: 'early' },
    });
  });

  it('promotes as many as there are free seats (capacity raised)', () => {
    const view = aView(aCohort({ enrolledCount: 0 }, { capacity: 2 }));
    const changes = promoteWaitlist(
      view,
      [waiting('a', 1), waiting('b', 2), waiting('c', 3)],
      aContext(),
    );
    expect(changes.map((change) => change.enrolment.id)).toEqual(['a', 'b']);
  });

  it('promotes nobody into a full or closed cohort', () => {
    expect(
      promoteWaitlist(aView(aCohort({ enrolledCount: 2 })), [waiting('a', 1)], aContext()),
    ).toEqual([]);
    expect(
      promoteWaitlist(
        aView(aCohort({ status: 'finished', enrolledCount: 0 })),
        [waiting('a', 1)],
        aContext(),
      ),
    ).toEqual([]);
  });

  it('completes a pending transfer, freeing the old seat for its own waitlist', () => {
    const target = aView(otherCohort({ enrolledCount: 1 }));
    const mover = anEnrolment({
      id: 'mover',
      waitlist: {
        cohortId: COHORT_B,
        since: new Date(0),
        transfer: { from: cohortFacts(aView()), reason: 'Gần nhà' },
      },
    });
    const [change] = promoteWaitlist(target, [mover], aContext());
    expect(change?.enrolment).toMatchObject({
      cohortId: COHORT_B,
      status: 'enrolled',
      reason: 'Gần nhà',
    });
    expect(change?.seats).toEqual([
      { cohortId: COHORT_A, enrolled: -1, waitlisted: 0 },
      { cohortId: COHORT_B, enrolled: 1, waitlisted: -1 },
    ]);
    expect(change && freedSeats(change)).toEqual([COHORT_A]);
    expect(change?.events[0]).toMatchObject({
      type: 'cohorts.trainee.transferred',
      payload: {
        status: 'enrolled',
        fromCohort: { cohortId: COHORT_A },
        toCohort: { cohortId: COHORT_B },
      },
    });
  });
});
