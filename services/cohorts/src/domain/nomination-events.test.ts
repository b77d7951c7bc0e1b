import { describe, expect, it } from 'vitest';
import { cohortFacts } from './cohorts.ts';
import { enrolmentIdFor } from './enrolment-id.ts';
import {
  enrolFromNomination,
  nominationEffect,
  nominationEventKindOf,
  removeForNomination,
  type NominationDecision,
  type NominationEventKind,
} from './nomination-events.ts';
import {
  aCohort,
  aContext,
  anEnrolment,
  aView,
  caught,
  COHORT_A,
  COHORT_B,
  DURING_COURSE,
  nominationFacts,
  otherCohort,
  SERVICE_ACTOR,
} from '../../test/fixtures.ts';
import type { EnrolmentStatus } from './types.ts';

const context = aContext({ actor: SERVICE_ACTOR });
const full = aView(aCohort({ enrolledCount: 2 }));
const free = aView(aCohort({ enrolledCount: 1 }));

const decision = (
  kind: NominationEventKind,
  previousStatus: string,
  version = 7,
): NominationDecision => ({
  kind,
  previousStatus,
  reason: 'Đơn vị rút đề cử',
  nomination: nominationFacts({ version }),
});

describe('nominationEventKindOf and nominationEffect', () => {
  it('reads the four subjects cohorts acts on', () => {
    expect(nominationEventKindOf('nominations.nomination.accepted')).toBe('accepted');
    expect(nominationEventKindOf('nominations.nomination.withdrawn')).toBe('withdrawn');
    expect(nominationEventKindOf('nominations.nomination.submitted')).toBeUndefined();
    expect(nominationEventKindOf('constructor')).toBeUndefined();
  });

  it.each<[NominationEventKind, string, 'enrol' | 'remove' | 'none']>([
    ['accepted', 'under-review', 'enrol'],
    ['accepted', 'waitlisted', 'enrol'],
    ['rejected', 'accepted', 'remove'],
    ['waitlisted', 'accepted', 'remove'],
    ['withdrawn', 'accepted', 'remove'],
    ['rejected', 'under-review', 'none'],
    ['withdrawn', 'submitted', 'none'],
    ['withdrawn', 'rejected', 'none'],
  ])('%s after %s: %s', (kind, previousStatus, effect) => {
    expect(nominationEffect({ kind, previousStatus })).toBe(effect);
  });
});

describe('enrolFromNomination', () => {
  it('takes a free seat in the round cohort, with an id derived from the nomination', () => {
    const change = enrolFromNomination(undefined, nominationFacts(), [free], context);
    expect(change?.enrolment).toMatchObject({
      id: enrolmentIdFor('nom-1'),
      nominationId: 'nom-1',
      nominationVersion: 6,
      status: 'enrolled',
      cohortId: COHORT_A,
      seats: [{ cohortId: COHORT_A, from: DURING_COURSE }],
      version: 1,
      createdAt: DURING_COURSE,
    });
    expect(change?.enrolment.trainee).toMatchObject({
      fullName: 'Nguyễn Thị Thu Hà',
      userSubject: '',
    });
    expect(change?.seats).toEqual([{ cohortId: COHORT_A, enrolled: 1, waitlisted: 0 }]);
    expect(change?.events).toEqual([
      {
        type: 'cohorts.trainee.enrolled',
        orgCode: 'BKHCN',
        payload: expect.objectContaining({
          enrolmentId: enrolmentIdFor('nom-1'),
          promotedFromWaitlist: false,
          cohort: expect.objectContaining({
            cohortId: COHORT_A,
            trackCode: 'CDS-EXPERT',
          }) as unknown,
        }) as unknown,
      },
    ]);
  });

  it('puts the trainee on the waitlist beyond capacity, publishing nothing yet', () => {
    const change = enrolFromNomination(undefined, nominationFacts(), [full], context);
    expect(change?.enrolment).toMatchObject({
      status: 'waitlisted',
      cohortId: COHORT_A,
      waitlist: { cohortId: COHORT_A, since: DURING_COURSE },
      seats: [],
    });
    expect(change?.seats).toEqual([{ cohortId: COHORT_A, enrolled: 0, waitlisted: 1 }]);
    expect(change?.events).toEqual([]);
  });

  it('pools the trainee when no cohort takes the round', () => {
    const finished = aView(aCohort({ status: 'finished', enrolledCount: 0 }));
    const change = enrolFromNomination(undefined, nominationFacts(), [finished], context);
    expect(change?.enrolment).toMatchObject({ status: 'pooled', cohortId: '' });
    expect(change?.seats).toEqual([]);
    expect(change?.events).toEqual([]);
  });

  it('enrols once when the same event comes twice', () => {
    const first = enrolFromNomination(undefined, nominationFacts(), [free], context);
    expect(first).toBeDefined();
    const stored = first?.enrolment;
    expect(enrolFromNomination(stored, nominationFacts(), [free], context)).toBeUndefined();
  });

  it('ignores an acceptance older than what the enrolment reflects', () => {
    const removed = anEnrolment({ status: 'removed', nominationVersion: 8 });
    expect(
      enrolFromNomination(removed, nominationFacts({ version: 7 }), [free], context),
    ).toBeUndefined();
  });

  it.each<EnrolmentStatus>(['removed', 'dropped'])(
    'reinstates a %s enrolment on a newer acceptance, keeping its id and login link',
    (status) => {
      const before = anEnrolment({ status, cohortId: '', seats: [], reason: 'Rút', version: 4 });
      const change = enrolFromNomination(before, nominationFacts({ version: 9 }), [free], context);
      expect(change?.enrolment).toMatchObject({
        id: before.id,
        status: 'enrolled',
        nominationVersion: 9,
        reason: '',
        version: 5,
        trainee: { userSubject: 'trainee-1' },
      });
    },
  );

  it.each<EnrolmentStatus>(['enrolled', 'waitlisted', 'pooled', 'graduated'])(
    'leaves an active (%s) enrolment alone even on a newer acceptance',
    (status) => {
      expect(
        enrolFromNomination(
          anEnrolment({ status }),
          nominationFacts({ version: 9 }),
          [free],
          context,
        ),
      ).toBeUndefined();
    },
  );

  it('records the organisation in force after a merger', () => {
    const facts = nominationFacts({
      organisationCode: 'P-OLDER',
      effectiveOrganisationCode: 'P-OLD',
    });
    const change = enrolFromNomination(undefined, facts, [free], context);
    expect(change?.enrolment.trainee).toMatchObject({
      organisationCode: 'P-OLDER',
      effectiveOrganisationCode: 'P-NEW',
    });
    expect(change?.events[0]?.orgCode).toBe('P-NEW');
  });
});

describe('removeForNomination', () => {
  it('removes an enrolled trainee on a withdrawal, freeing the seat', () => {
    const change = removeForNomination(
      anEnrolment(),
      decision('withdrawn', 'accepted'),
      aView(),
      context,
    );
    expect(change?.enrolment).toMatchObject({
      status: 'removed',
      nominationVersion: 7,
      reason: 'Đơn vị rút đề cử',
      seats: [{ cohortId: COHORT_A, until: DURING_COURSE }],
    });
    expect(change?.seats).toEqual([{ cohortId: COHORT_A, enrolled: -1, waitlisted: 0 }]);
    expect(change?.events[0]).toMatchObject({
      type: 'cohorts.trainee.dropped',
      payload: {
        cause: 'nomination-withdrawn',
        nominationId: 'nom-1',
        cohort: { cohortId: COHORT_A },
      },
    });
  });

  it('removes on a reversed acceptance with its own cause', () => {
    const change = removeForNomination(
      anEnrolment(),
      decision('rejected', 'accepted'),
      aView(),
      context,
    );
    expect(change?.events[0]?.payload).toMatchObject({ cause: 'nomination-reversed' });
  });

  it('removes a pooled trainee without cohort facts', () => {
    const pooled = anEnrolment({ status: 'pooled', cohortId: '', seats: [] });
    const change = removeForNomination(
      pooled,
      decision('waitlisted', 'accepted'),
      undefined,
      context,
    );
    expect(change?.seats).toEqual([]);
    expect(change?.events[0]?.payload).toMatchObject({ cohort: undefined });
  });

  it('frees a waitlist place and a pending transfer', () => {
    const waiting = anEnrolment({
      waitlist: {
        cohortId: COHORT_B,
        since: DURING_COURSE,
        transfer: { from: cohortFacts(aView()), reason: 'Chuyển công tác' },
      },
    });
    const change = removeForNomination(
      waiting,
      decision('withdrawn', 'accepted'),
      aView(),
      context,
    );
    expect(change?.seats).toEqual([
      { cohortId: COHORT_A, enrolled: -1, waitlisted: 0 },
      { cohortId: COHORT_B, enrolled: 0, waitlisted: -1 },
    ]);
    expect(change?.enrolment.waitlist).toBeUndefined();
  });

  it('does nothing for events that do not undo an acceptance, or are stale, or come twice', () => {
    expect(
      removeForNomination(anEnrolment(), decision('withdrawn', 'submitted'), aView(), context),
    ).toBeUndefined();
    expect(
      removeForNomination(anEnrolment(), decision('withdrawn', 'accepted', 6), aView(), context),
    ).toBeUndefined();
    const removed = removeForNomination(
      anEnrolment(),
      decision('withdrawn', 'accepted'),
      aView(),
      context,
    );
    expect(
      removeForNomination(removed?.enrolment, decision('withdrawn', 'accepted'), aView(), context),
    ).toBeUndefined();
  });

  it('leaves a graduate graduated', () => {
    const graduate = anEnrolment({ status: 'graduated' });
    expect(
      removeForNomination(graduate, decision('withdrawn', 'accepted'), aView(), context),
    ).toBeUndefined();
  });

  it('refuses a reversal for a nomination never enrolled: UNKNOWN_NOMINATION, for the dead-letter subject', () => {
    expect(
      caught(() =>
        removeForNomination(undefined, decision('rejected', 'accepted'), undefined, context),
      ),
    ).toMatchObject({
      kind: 'not-found',
      code: 'UNKNOWN_NOMINATION',
    });
  });

  it('treats a wrong cohort passed in as a bug', () => {
    expect(() =>
      removeForNomination(
        anEnrolment(),
        decision('withdrawn', 'accepted'),
        aView(otherCohort()),
        context,
      ),
    ).toThrow(/pass that cohort/);
  });
});
