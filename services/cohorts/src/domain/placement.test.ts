import { describe, expect, it } from 'vitest';
import { placedFields, placementForRound, placementIn } from './placement.ts';
import {
  aCohort,
  aView,
  caught,
  COHORT_A,
  COHORT_B,
  DURING_COURSE,
  otherCohort,
  ROUND_ID,
} from '../../test/fixtures.ts';

const OTHER_ROUND = '0a1b2c3d-0000-4000-8000-0000000000b2';

describe('placementForRound', () => {
  it('gives the next trainee to the earliest-starting cohort with a free seat', () => {
    const early = aView(aCohort({ enrolledCount: 0 }));
    const late = aView(otherCohort({ enrolledCount: 0 }));
    expect(placementForRound(ROUND_ID, [late, early])).toEqual({ kind: 'seat', view: early });
  });

  it('moves on to a later cohort when the earlier is full', () => {
    const early = aView(aCohort({ enrolledCount: 2 }));
    const late = aView(otherCohort({ enrolledCount: 1 }));
    expect(placementForRound(ROUND_ID, [early, late])).toMatchObject({ kind: 'seat', view: late });
  });

  it("waits on the earliest-starting cohort's waitlist when all are full", () => {
    const early = aView(aCohort({ enrolledCount: 2 }));
    const late = aView(otherCohort({ enrolledCount: 2 }));
    expect(placementForRound(ROUND_ID, [late, early])).toMatchObject({
      kind: 'waitlist',
      view: early,
    });
  });

  it('skips cohorts of other rounds and closed cohorts, pooling when none is left', () => {
    const otherRound = aView(aCohort({ enrolledCount: 0 }, { intakeRoundId: OTHER_ROUND }));
    const cancelled = aView(otherCohort({ status: 'cancelled' }));
    expect(placementForRound(ROUND_ID, [otherRound, cancelled])).toEqual({ kind: 'pool' });
    expect(placementForRound(ROUND_ID, [])).toEqual({ kind: 'pool' });
  });
});

describe('placementIn', () => {
  it('is a seat when free, else the waitlist, and refuses a closed cohort', () => {
    expect(placementIn(aView()).kind).toBe('seat');
    expect(placementIn(aView(aCohort({ enrolledCount: 2 }))).kind).toBe('waitlist');
    expect(caught(() => placementIn(aView(aCohort({ status: 'finished' })))).code).toBe(
      'COHORT_CLOSED',
    );
  });
});

describe('placedFields', () => {
  it('opens a seat period and lists the unmet rules of the track from the start', () => {
    const placed = placedFields(
      { kind: 'seat', view: aView(otherCohort()) },
      { seats: [] },
      DURING_COURSE,
    );
    expect(placed.changes).toMatchObject({
      status: 'enrolled',
      cohortId: COHORT_B,
      seats: [{ cohortId: COHORT_B, from: DURING_COURSE }],
    });
    expect(placed.changes.progress.unmet.map((requirement) => requirement.code)).toEqual([
      'ATTENDANCE_BELOW_MINIMUM',
      'REQUIRED_MODULE_NOT_PASSED',
      'REQUIRED_MODULE_NOT_PASSED',
      'TOO_FEW_MODULES_PASSED',
    ]);
    expect(placed.seats).toEqual([{ cohortId: COHORT_B, enrolled: 1, waitlisted: 0 }]);
  });

  it('keeps earlier seat periods when waitlisting', () => {
    const earlier = [{ cohortId: COHORT_A, from: new Date(0), until: new Date(1) }];
    const placed = placedFields(
      { kind: 'waitlist', view: aView() },
      { seats: earlier },
      DURING_COURSE,
    );
    expect(placed.changes.seats).toEqual(earlier);
    expect(placed.changes.waitlist).toEqual({ cohortId: COHORT_A, since: DURING_COURSE });
  });
});
