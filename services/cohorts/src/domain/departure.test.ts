import { describe, expect, it } from 'vitest';
import { cohortFacts } from './cohorts.ts';
import { cohortFactsOfPlace, depart, releasedSeats } from './departure.ts';
import {
  aContext,
  anEnrolment,
  aView,
  COHORT_A,
  COHORT_B,
  DURING_COURSE,
  otherCohort,
} from '../../test/fixtures.ts';

const pendingTransfer = {
  cohortId: COHORT_B,
  since: DURING_COURSE,
  transfer: { from: cohortFacts(aView()), reason: 'Gần nhà' },
};

describe('releasedSeats', () => {
  it.each([
    ['an enrolled trainee', anEnrolment(), [{ cohortId: COHORT_A, enrolled: -1, waitlisted: 0 }]],
    [
      'a waitlisted trainee',
      anEnrolment({ status: 'waitlisted', waitlist: { cohortId: COHORT_A, since: DURING_COURSE } }),
      [{ cohortId: COHORT_A, enrolled: 0, waitlisted: -1 }],
    ],
    [
      'an enrolled trainee waiting to transfer',
      anEnrolment({ waitlist: pendingTransfer }),
      [
        { cohortId: COHORT_A, enrolled: -1, waitlisted: 0 },
        { cohortId: COHORT_B, enrolled: 0, waitlisted: -1 },
      ],
    ],
    ['a pooled trainee', anEnrolment({ status: 'pooled', cohortId: '' }), []],
  ])('gives back what %s holds', (_case, enrolment, deltas) => {
    expect(releasedSeats(enrolment)).toEqual(deltas);
  });
});

describe('cohortFactsOfPlace', () => {
  it('is undefined while pooled and the facts of the cohort held otherwise', () => {
    expect(cohortFactsOfPlace(anEnrolment({ cohortId: '' }), undefined)).toBeUndefined();
    expect(cohortFactsOfPlace(anEnrolment(), aView())).toEqual(cohortFacts(aView()));
  });

  it('treats a missing or wrong cohort as a bug of the caller', () => {
    expect(() => cohortFactsOfPlace(anEnrolment(), undefined)).toThrow(/pass that cohort/);
    expect(() => cohortFactsOfPlace(anEnrolment(), aView(otherCohort()))).toThrow(
      /pass that cohort/,
    );
  });
});

describe('depart', () => {
  it('ends the seat period, clears the waitlist place and keeps the nomination version unless given', () => {
    const change = depart(
      anEnrolment({ waitlist: pendingTransfer }),
      { status: 'dropped', cause: 'dropped-out', reason: 'Nghỉ hưu' },
      aView(),
      aContext(),
    );
    expect(change.enrolment).toMatchObject({
      status: 'dropped',
      waitlist: undefined,
      nominationVersion: 6,
      seats: [{ cohortId: COHORT_A, until: DURING_COURSE }],
    });
    expect(change.events[0]?.payload).toMatchObject({
      cause: 'dropped-out',
      reason: 'Nghỉ hưu',
      cohort: { cohortId: COHORT_A },
    });
  });
});
