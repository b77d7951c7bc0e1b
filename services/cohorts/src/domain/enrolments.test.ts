import { describe, expect, it } from 'vitest';
import { cohortFacts } from './cohorts.ts';
import {
  assignToCohort,
  COHORT_CANCELLED_REASON,
  dropTrainee,
  linkTraineeAccount,
  releaseFromCancelledCohort,
} from './enrolments.ts';
import {
  aCohort,
  aContext,
  anEnrolment,
  aTrainee,
  aView,
  caught,
  COHORT_A,
  COHORT_B,
  DURING_COURSE,
  otherCohort,
} from '../../test/fixtures.ts';

const pooled = anEnrolment({ status: 'pooled', cohortId: '', seats: [] });

describe('assignToCohort', () => {
  it('seats a pooled trainee and publishes the enrolment', () => {
    const change = assignToCohort(pooled, aView(), aContext());
    expect(change.enrolment).toMatchObject({ status: 'enrolled', cohortId: COHORT_A, version: 3 });
    expect(change.events.map((event) => event.type)).toEqual(['cohorts.trainee.enrolled']);
  });

  it('waitlists when the cohort is full', () => {
    const change = assignToCohort(pooled, aView(aCohort({ enrolledCount: 2 })), aContext());
    expect(change.enrolment.status).toBe('waitlisted');
    expect(change.events).toEqual([]);
  });

  it('only assigns from the pool', () => {
    expect(caught(() => assignToCohort(anEnrolment(), aView(otherCohort()), aContext())).code).toBe(
      'ENROLMENT_INVALID_TRANSITION',
    );
  });
});

describe('dropTrainee', () => {
  it('records the drop-out with its reason and frees the seat', () => {
    const change = dropTrainee(anEnrolment(), aView(), '  Nghỉ ốm dài ngày  ', aContext());
    expect(change.enrolment).toMatchObject({ status: 'dropped', reason: 'Nghỉ ốm dài ngày' });
    expect(change.seats).toEqual([{ cohortId: COHORT_A, enrolled: -1, waitlisted: 0 }]);
    expect(change.events[0]).toMatchObject({
      type: 'cohorts.trainee.dropped',
      payload: { cause: 'dropped-out', reason: 'Nghỉ ốm dài ngày' },
    });
  });

  it('needs a reason of 3 characters or more', () => {
    expect(caught(() => dropTrainee(anEnrolment(), aView(), ' x ', aContext())).violations).toEqual(
      [{ field: 'reason', description: 'must be 3 to 1000 characters' }],
    );
  });

  it('cannot drop a graduate', () => {
    expect(
      caught(() =>
        dropTrainee(anEnrolment({ status: 'graduated' }), aView(), 'Nghỉ việc', aContext()),
      ).code,
    ).toBe('ENROLMENT_INVALID_TRANSITION');
  });
});

describe('releaseFromCancelledCohort', () => {
  const cancelled = aView(aCohort({ status: 'cancelled' }));

  it('sends an enrolled trainee back to the pool and tells the others', () => {
    const change = releaseFromCancelledCohort(anEnrolment(), cancelled, aContext());
    expect(change?.enrolment).toMatchObject({
      status: 'pooled',
      cohortId: '',
      reason: COHORT_CANCELLED_REASON,
      seats: [{ cohortId: COHORT_A, until: DURING_COURSE }],
    });
    expect(change?.events[0]).toMatchObject({
      type: 'cohorts.trainee.transferred',
      payload: { fromCohort: { cohortId: COHORT_A }, status: 'pooled' },
    });
    expect(change?.events[0]?.payload).toHaveProperty('toCohort', undefined);
  });

  it('sends a waitlisted trainee back quietly', () => {
    const waiting = anEnrolment({
      status: 'waitlisted',
      seats: [],
      waitlist: { cohortId: COHORT_A, since: DURING_COURSE },
    });
    const change = releaseFromCancelledCohort(waiting, cancelled, aContext());
    expect(change?.enrolment.status).toBe('pooled');
    expect(change?.seats).toEqual([{ cohortId: COHORT_A, enrolled: 0, waitlisted: -1 }]);
    expect(change?.events).toEqual([]);
  });

  it('lets a trainee waiting to transfer in keep their seat elsewhere', () => {
    const elsewhere = anEnrolment({
      cohortId: COHORT_B,
      waitlist: {
        cohortId: COHORT_A,
        since: DURING_COURSE,
        transfer: { from: cohortFacts(aView(otherCohort())), reason: 'Gần nhà' },
      },
    });
    const change = releaseFromCancelledCohort(elsewhere, cancelled, aContext());
    expect(change?.enrolment).toMatchObject({
      status: 'enrolled',
      cohortId: COHORT_B,
      waitlist: undefined,
    });
    expect(change?.seats).toEqual([{ cohortId: COHORT_A, enrolled: 0, waitlisted: -1 }]);
  });

  it('leaves enrolments of other cohorts alone', () => {
    expect(
      releaseFromCancelledCohort(anEnrolment({ cohortId: COHORT_B }), cancelled, aContext()),
    ).toBeUndefined();
  });
});

describe('linkTraineeAccount', () => {
  const unlinked = anEnrolment({ trainee: aTrainee({ userSubject: '' }) });

  it('links the login whose email matches, ignoring case and spaces', () => {
    const linked = linkTraineeAccount(
      unlinked,
      { subject: 'kc-123', email: ' HA.NTT@example.gov.vn' },
      aContext(),
    );
    expect(linked?.trainee.userSubject).toBe('kc-123');
  });

  it('does not link another email, an empty one, or over an existing link', () => {
    expect(
      linkTraineeAccount(unlinked, { subject: 'kc-9', email: 'other@example.gov.vn' }, aContext()),
    ).toBeUndefined();
    const noEmail = anEnrolment({ trainee: aTrainee({ userSubject: '', email: '' }) });
    expect(linkTraineeAccount(noEmail, { subject: 'kc-9', email: '' }, aContext())).toBeUndefined();
    expect(
      linkTraineeAccount(
        anEnrolment(),
        { subject: 'kc-9', email: 'ha.ntt@example.gov.vn' },
        aContext(),
      ),
    ).toBeUndefined();
  });
});
