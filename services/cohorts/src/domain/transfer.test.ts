import { describe, expect, it } from 'vitest';
import { cohortFacts } from './cohorts.ts';
import {
  aCohort,
  aContext,
  anEnrolment,
  aView,
  caught,
  COHORT_A,
  COHORT_B,
  DURING_COURSE,
  otherCohort,
} from '../../test/fixtures.ts';
import { transferTrainee } from './transfer.ts';

const from = aView();
const freeTarget = aView(otherCohort({ enrolledCount: 1 }));
const fullTarget = aView(otherCohort({ enrolledCount: 2 }));
const request = { reason: 'Chuyển công tác vào Đà Nẵng', waitlistIfFull: false };

describe('transferTrainee', () => {
  it('moves an enrolled trainee to a free seat, closing the old seat period', () => {
    const change = transferTrainee(anEnrolment(), from, freeTarget, request, aContext());
    expect(change.enrolment).toMatchObject({
      status: 'enrolled',
      cohortId: COHORT_B,
      reason: request.reason,
      seats: [
        { cohortId: COHORT_A, until: DURING_COURSE },
        { cohortId: COHORT_B, from: DURING_COURSE },
      ],
    });
    expect(change.seats).toEqual([
      { cohortId: COHORT_A, enrolled: -1, waitlisted: 0 },
      { cohortId: COHORT_B, enrolled: 1, waitlisted: 0 },
    ]);
    expect(change.events).toEqual([
      {
        type: 'cohorts.trainee.transferred',
        orgCode: 'BKHCN',
        payload: expect.objectContaining({
          fromCohort: cohortFacts(from),
          toCohort: cohortFacts(freeTarget),
          status: 'enrolled',
          reason: request.reason,
        }) as unknown,
      },
    ]);
  });

  it('refuses a full target with COHORT_FULL unless waiting is asked for', () => {
    expect(
      caught(() => transferTrainee(anEnrolment(), from, fullTarget, request, aContext())),
    ).toMatchObject({
      kind: 'failed-precondition',
      code: 'COHORT_FULL',
    });
  });

  it('keeps the seat of an enrolled trainee while they wait for the full target', () => {
    const change = transferTrainee(
      anEnrolment(),
      from,
      fullTarget,
      { ...request, waitlistIfFull: true },
      aContext(),
    );
    expect(change.enrolment).toMatchObject({
      status: 'enrolled',
      cohortId: COHORT_A,
      waitlist: {
        cohortId: COHORT_B,
        since: DURING_COURSE,
        transfer: { from: cohortFacts(from), reason: request.reason },
      },
    });
    expect(change.seats).toEqual([{ cohortId: COHORT_B, enrolled: 0, waitlisted: 1 }]);
    expect(change.events[0]?.payload).toMatchObject({ status: 'waitlisted' });
  });

  it("moves a waitlisted trainee's place to the full target's queue", () => {
    const waiting = anEnrolment({
      status: 'waitlisted',
      seats: [],
      waitlist: { cohortId: COHORT_A, since: new Date(0) },
    });
    const change = transferTrainee(
      waiting,
      from,
      fullTarget,
      { ...request, waitlistIfFull: true },
      aContext(),
    );
    expect(change.enrolment).toMatchObject({
      status: 'waitlisted',
      cohortId: COHORT_B,
      waitlist: { cohortId: COHORT_B, since: DURING_COURSE, transfer: undefined },
    });
    expect(change.seats).toEqual([
      { cohortId: COHORT_A, enrolled: 0, waitlisted: -1 },
      { cohortId: COHORT_B, enrolled: 0, waitlisted: 1 },
    ]);
  });

  it('replaces a pending transfer with a newer one', () => {
    const third = aView(
      aCohort({ id: '0a1b2c3d-0000-4000-8000-00000000c0c3', enrolledCount: 0 }, { code: 'K3-HCM' }),
    );
    const pending = anEnrolment({
      waitlist: {
        cohortId: COHORT_B,
        since: new Date(0),
        transfer: { from: cohortFacts(from), reason: 'Cũ' },
      },
    });
    const change = transferTrainee(pending, from, third, request, aContext());
    expect(change.seats).toEqual([
      { cohortId: COHORT_A, enrolled: -1, waitlisted: 0 },
      { cohortId: COHORT_B, enrolled: 0, waitlisted: -1 },
      { cohortId: third.cohort.id, enrolled: 1, waitlisted: 0 },
    ]);
    expect(change.enrolment.waitlist).toBeUndefined();
  });

  it('refuses the cohort the trainee is in, a closed target, a pooled trainee and a short reason', () => {
    expect(caught(() => transferTrainee(anEnrolment(), from, from, request, aContext())).code).toBe(
      'ALREADY_IN_COHORT',
    );
    const closed = aView(otherCohort({ status: 'finished' }));
    expect(
      caught(() => transferTrainee(anEnrolment(), from, closed, request, aContext())).code,
    ).toBe('COHORT_CLOSED');
    const pooled = anEnrolment({ status: 'pooled', cohortId: '' });
    expect(caught(() => transferTrainee(pooled, from, freeTarget, request, aContext())).code).toBe(
      'ENROLMENT_INVALID_TRANSITION',
    );
    expect(
      caught(() =>
        transferTrainee(anEnrolment(), from, freeTarget, { ...request, reason: 'ab' }, aContext()),
      ).code,
    ).toBe('INVALID_ARGUMENT');
  });
});
