import { describe, expect, it } from 'vitest';
import {
  duplicateMatches,
  duplicateMatchOf,
  flagDuplicates,
  resolveDuplicateFlag,
  type DuplicateFlag,
} from './duplicates.ts';
import type { DuplicateMatch } from './events.ts';
import { AFTER, aNomination, anActor, caught, DURING } from '../../test/fixtures.ts';
import type { NominationStatus } from './types.ts';

const match = (nominationId: string, overrides: Partial<DuplicateMatch> = {}): DuplicateMatch => ({
  nominationId,
  roundId: 'round-1',
  organisationCode: 'BKHCN',
  candidateName: 'Nguyễn Thị Thu Hà',
  status: 'submitted',
  ...overrides,
});

const subject = match('nom-new', { status: 'draft' });

describe('duplicateMatchOf', () => {
  it('describes a nomination by ids, organisation as nominated, name and status', () => {
    expect(
      duplicateMatchOf(aNomination({ organisationCode: 'P-OLD', status: 'accepted' })),
    ).toEqual({
      nominationId: 'nom-1',
      roundId: 'round-1',
      organisationCode: 'P-OLD',
      candidateName: 'Nguyễn Thị Thu Hà',
      status: 'accepted',
    });
  });
});

describe('duplicateMatches', () => {
  it('has nothing to flag for a person nominated once', () => {
    expect(duplicateMatches(subject, [])).toEqual([]);
    expect(duplicateMatches(subject, [subject])).toEqual([]);
  });

  it.each([
    ['another organisation in the same round', match('nom-a', { organisationCode: 'BTC' })],
    ['another round of the same organisation', match('nom-b', { roundId: 'round-0' })],
    [
      'another organisation and round',
      match('nom-c', { organisationCode: 'P01', roundId: 'round-0' }),
    ],
    ['the same organisation twice in one round', match('nom-d')],
  ])('flags %s', (_, other) => {
    expect(duplicateMatches(subject, [subject, other])).toEqual([subject, other]);
  });

  it.each<NominationStatus>([
    'draft',
    'submitted',
    'returned',
    'resubmitted',
    'under-review',
    'accepted',
    'rejected',
    'waitlisted',
  ])('counts another nomination that is %s', (status) => {
    expect(duplicateMatches(subject, [match('nom-a', { status })])).toHaveLength(2);
  });

  it('ignores withdrawn nominations, on either side', () => {
    expect(duplicateMatches(subject, [match('nom-a', { status: 'withdrawn' })])).toEqual([]);
    expect(duplicateMatches({ ...subject, status: 'withdrawn' }, [match('nom-a')])).toEqual([]);
    expect(
      duplicateMatches(subject, [match('nom-a', { status: 'withdrawn' }), match('nom-b')]),
    ).toEqual([subject, match('nom-b')]);
  });
});

describe('flagDuplicates', () => {
  const matches = [subject, match('nom-a', { organisationCode: 'BTC' })];
  const options = { newId: 'flag-1', now: DURING };

  it('opens a flag and publishes DuplicateCandidateFlagged', () => {
    expect(flagDuplicates(undefined, matches, options)).toEqual({
      flag: {
        id: 'flag-1',
        status: 'open',
        matches,
        flaggedAt: DURING,
        resolutionNote: '',
        resolvedBy: '',
      },
      event: {
        type: 'nominations.duplicate.flagged',
        orgCode: '',
        payload: { flagId: 'flag-1', matches },
      },
    });
  });

  it('has nothing to flag without at least two nominations', () => {
    expect(flagDuplicates(undefined, [], options)).toBeUndefined();
    expect(flagDuplicates(undefined, [subject], options)).toBeUndefined();
  });

  const open = (flag: Partial<DuplicateFlag> = {}): DuplicateFlag => ({
    id: 'flag-0',
    status: 'open',
    matches: [match('nom-a', { organisationCode: 'BTC' }), match('nom-b', { roundId: 'round-0' })],
    flaggedAt: DURING,
    resolutionNote: '',
    resolvedBy: '',
    ...flag,
  });

  it('adds a newcomer to the open flag and publishes again', () => {
    const result = flagDuplicates(
      open(),
      [subject, match('nom-a', { organisationCode: 'BTC', status: 'accepted' })],
      options,
    );
    expect(result?.flag).toEqual({
      ...open(),
      matches: [
        match('nom-a', { organisationCode: 'BTC', status: 'accepted' }),
        match('nom-b', { roundId: 'round-0' }),
        subject,
      ],
    });
    expect(result?.event?.payload.flagId).toBe('flag-0');
  });

  it('only refreshes statuses when nobody new joined, publishing nothing', () => {
    const result = flagDuplicates(
      open(),
      [
        match('nom-b', { roundId: 'round-0', status: 'rejected' }),
        match('nom-a', { organisationCode: 'BTC' }),
      ],
      options,
    );
    expect(result?.flag.matches.map((item) => item.status)).toEqual(['submitted', 'rejected']);
    expect(result?.event).toBeUndefined();
  });

  it('opens a new flag when the earlier one was resolved', () => {
    const result = flagDuplicates(open({ status: 'dismissed' }), matches, options);
    expect(result?.flag).toMatchObject({ id: 'flag-1', status: 'open', matches });
    expect(result?.event).toBeDefined();
  });
});

describe('resolveDuplicateFlag', () => {
  const flag = flagDuplicates(undefined, [subject, match('nom-a')], {
    newId: 'flag-1',
    now: DURING,
  })?.flag;
  if (!flag) throw new Error('fixture');
  const context = {
    actor: anActor({ subject: 'user-office', roles: ['programme-office'] }),
    now: AFTER,
  };

  it.each(['confirmed', 'dismissed'] as const)(
    'records the verdict %s with note, who and when',
    (resolution) => {
      expect(resolveDuplicateFlag(flag, { resolution, note: ' Cùng một người ' }, context)).toEqual(
        {
          ...flag,
          status: resolution,
          resolutionNote: 'Cùng một người',
          resolvedBy: 'user-office',
          resolvedAt: AFTER,
        },
      );
    },
  );

  it('refuses a flag already resolved, and a missing note', () => {
    const done = resolveDuplicateFlag(
      flag,
      { resolution: 'dismissed', note: 'Khác người' },
      context,
    );
    expect(
      caught(() => resolveDuplicateFlag(done, { resolution: 'confirmed', note: 'Đổi ý' }, context)),
    ).toMatchObject({
      kind: 'failed-precondition',
      code: 'DUPLICATE_FLAG_ALREADY_RESOLVED',
    });
    expect(
      caught(() => resolveDuplicateFlag(flag, { resolution: 'confirmed', note: 'x' }, context))
        .violations,
    ).toEqual([{ field: 'note', description: 'must be 3 to 2000 characters' }]);
  });
});
