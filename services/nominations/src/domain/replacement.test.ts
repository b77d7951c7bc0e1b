import { describe, expect, it } from 'vitest';
import { replaceNominee, type Replacement } from './replacement.ts';
import {
  aCandidate,
  aContext,
  aDocument,
  AFTER,
  aNomination,
  anActor,
  aRound,
  caught,
  DURING,
  roundSettings,
} from '../../test/fixtures.ts';
import type { NominationStatus } from './types.ts';

const newPerson = aCandidate({ fullName: 'Phạm Quốc Huy', email: 'huy.pq@example.gov.vn' });
const replacement: Replacement = {
  newId: 'nom-2',
  candidate: newPerson,
  nationalIdHash: 'hash-of-person-2',
  reason: 'Cán bộ cũ nghỉ hưu',
};
const withPapers = aNomination({
  status: 'under-review',
  submittedAt: DURING,
  averageScore: 70,
  documents: [aDocument(), aDocument({ id: 'doc-cv', kind: 'cv', sha256: 'c'.repeat(64) })],
});
const office = aContext({
  now: AFTER,
  actor: anActor({ subject: 'user-office', roles: ['programme-office'] }),
});

describe('replaceNominee', () => {
  it('withdraws the old nomination and submits the new person in its slot', () => {
    const { replaced, replacement: fresh } = replaceNominee(
      aRound(),
      withPapers,
      replacement,
      aContext(),
    );
    expect(replaced.nomination).toMatchObject({
      status: 'withdrawn',
      withdrawalReason: 'Cán bộ cũ nghỉ hưu',
      replacedByNominationId: 'nom-2',
      version: 5,
    });
    expect(replaced.revision).toMatchObject({
      action: 'ReplaceNominee',
      statusBefore: 'under-review',
      note: 'Cán bộ cũ nghỉ hưu',
    });
    expect(replaced.events).toEqual([
      {
        type: 'nominations.nomination.withdrawn',
        orgCode: 'BKHCN',
        payload: {
          nomination: expect.objectContaining({ nominationId: 'nom-1', version: 5 }) as unknown,
          previousStatus: 'under-review',
          reason: 'Cán bộ cũ nghỉ hưu',
          replacedByNominationId: 'nom-2',
        },
      },
    ]);
    expect(fresh.nomination).toMatchObject({
      id: 'nom-2',
      roundId: 'round-1',
      organisationCode: 'BKHCN',
      status: 'submitted',
      candidate: newPerson,
      nationalIdHash: 'hash-of-person-2',
      officer: withPapers.officer,
      documents: [aDocument()],
      reviews: [],
      averageScore: 0,
      replacesNominationId: 'nom-1',
      version: 1,
      createdBy: 'user-nominator',
      submittedAt: DURING,
    });
    expect(fresh.revision).toMatchObject({
      action: 'ReplaceNominee',
      statusBefore: undefined,
      statusAfter: 'submitted',
      version: 1,
    });
    expect(fresh.events).toEqual([
      {
        type: 'nominations.nomination.submitted',
        orgCode: 'BKHCN',
        payload: {
          nomination: expect.objectContaining({ nominationId: 'nom-2', version: 1 }) as unknown,
          resubmission: false,
          replacesNominationId: 'nom-1',
          submittedAt: DURING,
        },
      },
    ]);
  });

  it('after the deadline lets only the programme office replace', () => {
    expect(
      caught(() => replaceNominee(aRound(), withPapers, replacement, aContext({ now: AFTER })))
        .code,
    ).toBe('NOMINATION_ROUND_CLOSED');
    expect(
      replaceNominee(aRound(), withPapers, replacement, office).replacement.nomination.submittedAt,
    ).toEqual(AFTER);
  });

  it('replaces an accepted nominee, telling cohorts the previous status', () => {
    const { replaced } = replaceNominee(
      aRound(),
      { ...withPapers, status: 'accepted' },
      replacement,
      aContext(),
    );
    expect(replaced.events[0]?.payload).toMatchObject({ previousStatus: 'accepted' });
  });

  it('refuses the same person, an ineligible one, and a missing reason', () => {
    expect(
      caught(() =>
        replaceNominee(
          aRound(),
          withPapers,
          { ...replacement, nationalIdHash: 'hash-of-person-1' },
          aContext(),
        ),
      ).code,
    ).toBe('REPLACEMENT_SAME_PERSON');
    const strict = aRound({ eligibility: { ...roundSettings().eligibility, maxAge: 30 } });
    expect(caught(() => replaceNominee(strict, withPapers, replacement, aContext())).code).toBe(
      'NOT_ELIGIBLE',
    );
    expect(
      caught(() => replaceNominee(aRound(), withPapers, { ...replacement, reason: '' }, aContext()))
        .kind,
    ).toBe('invalid-argument');
  });

  it('needs the decision letter to carry over', () => {
    expect(
      caught(() =>
        replaceNominee(aRound(), { ...withPapers, documents: [] }, replacement, aContext()),
      ).code,
    ).toBe('DECISION_LETTER_MISSING');
  });

  it.each<NominationStatus>(['draft', 'rejected', 'withdrawn'])(
    'refuses a %s nomination, which holds no slot',
    (status) => {
      expect(
        caught(() => replaceNominee(aRound(), { ...withPapers, status }, replacement, aContext()))
          .code,
      ).toBe('NOMINATION_INVALID_TRANSITION');
    },
  );

  it('places the replacement with the successor of a merged province', () => {
    const old = { ...withPapers, organisationCode: 'P-OLD', effectiveOrganisationCode: 'P-OLD' };
    const { replacement: fresh } = replaceNominee(aRound(), old, replacement, aContext());
    expect(fresh.nomination).toMatchObject({
      organisationCode: 'P-OLD',
      effectiveOrganisationCode: 'P-NEW',
    });
    expect(fresh.events[0]?.orgCode).toBe('P-NEW');
  });
});
