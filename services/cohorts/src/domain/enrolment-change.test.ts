import { describe, expect, it } from 'vitest';
import { changed, closeSeats, freedSeats, netSeats, seatTaken } from './enrolment-change.ts';
import {
  aContext,
  anEnrolment,
  aTrainee,
  COHORT_A,
  COHORT_B,
  DURING_COURSE,
} from '../../test/fixtures.ts';

describe('changed', () => {
  it('bumps the version, stamps the time and refreshes the organisation in force', () => {
    const before = anEnrolment({
      trainee: aTrainee({ organisationCode: 'P-OLD', effectiveOrganisationCode: 'P-OLD' }),
    });
    const after = changed(before, { reason: 'x' }, aContext());
    expect(after).toMatchObject({ version: 3, updatedAt: DURING_COURSE, reason: 'x' });
    expect(after.trainee.effectiveOrganisationCode).toBe('P-NEW');
  });
});

describe('seat history', () => {
  it('closes the open seat when another is taken', () => {
    const from = new Date(0);
    expect(seatTaken([{ cohortId: COHORT_A, from }], COHORT_B, DURING_COURSE)).toEqual([
      { cohortId: COHORT_A, from, until: DURING_COURSE },
      { cohortId: COHORT_B, from: DURING_COURSE },
    ]);
  });

  it('leaves closed periods as they were', () => {
    const closed = { cohortId: COHORT_A, from: new Date(0), until: new Date(1) };
    expect(closeSeats([closed], DURING_COURSE)).toEqual([closed]);
  });
});

describe('counter moves', () => {
  it('lists cohorts where a seat freed', () => {
    expect(
      freedSeats({
        seats: [
          { cohortId: COHORT_A, enrolled: -1, waitlisted: 0 },
          { cohortId: COHORT_B, enrolled: 0, waitlisted: -1 },
        ],
      }),
    ).toEqual([COHORT_A]);
  });

  it('adds moves per cohort and drops those that cancel out', () => {
    expect(
      netSeats([
        { cohortId: COHORT_A, enrolled: -1, waitlisted: 0 },
        { cohortId: COHORT_A, enrolled: 1, waitlisted: -1 },
        { cohortId: COHORT_B, enrolled: 1, waitlisted: 0 },
        { cohortId: COHORT_B, enrolled: -1, waitlisted: 0 },
      ]),
    ).toEqual([{ cohortId: COHORT_A, enrolled: 0, waitlisted: -1 }]);
  });
});
