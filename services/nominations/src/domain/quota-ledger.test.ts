import { describe, expect, it } from 'vitest';
import {
  computeQuotaLedger,
  countsAsSubmitted,
  holdsQuotaSlot,
  ledgerEntryFor,
  ledgerTotals,
  quotaShortfallEvents,
  setQuotas,
  validateQuotas,
  type LedgerNomination,
} from './quota-ledger.ts';
import {
  AFTER,
  aRound,
  caught,
  CLOSES_AT,
  DURING,
  identity,
  resolve,
} from '../../test/fixtures.ts';
import { NOMINATION_STATUSES, type NominationStatus, type Quota } from './types.ts';

const nominations = (
  organisationCode: string,
  ...statuses: NominationStatus[]
): LedgerNomination[] => statuses.map((status) => ({ status, organisationCode }));

const entry = (organisationCode: string, overrides: Partial<Record<string, number>> = {}) => ({
  organisationCode,
  floor: 0,
  ceiling: 0,
  drafts: 0,
  submitted: 0,
  accepted: 0,
  waitlisted: 0,
  rejected: 0,
  shortfall: 0,
  remaining: 0,
  ...overrides,
});

describe('what counts', () => {
  it.each<[NominationStatus, boolean, boolean]>([
    ['draft', false, false],
    ['submitted', true, true],
    ['returned', true, true],
    ['resubmitted', true, true],
    ['under-review', true, true],
    ['accepted', true, true],
    ['waitlisted', true, true],
    ['rejected', true, false],
    ['withdrawn', false, false],
  ])('%s: submitted %s, holds a slot %s', (status, submitted, slot) => {
    expect(countsAsSubmitted(status)).toBe(submitted);
    expect(holdsQuotaSlot(status)).toBe(slot);
  });
});

describe('computeQuotaLedger', () => {
  it('tallies every status of an organisation against its floor and ceiling', () => {
    const ledger = computeQuotaLedger(
      [{ organisationCode: 'BKHCN', floor: 10, ceiling: 8 }],
      nominations('BKHCN', ...NOMINATION_STATUSES, 'draft', 'withdrawn'),
      identity,
    );
    expect(ledger).toEqual([
      entry('BKHCN', {
        floor: 10,
        ceiling: 8,
        drafts: 2,
        submitted: 7,
        accepted: 1,
        waitlisted: 1,
        rejected: 1,
        shortfall: 3,
        // 7 submitted, 1 of them rejected: 6 slots taken
        remaining: 2,
      }),
    ]);
  });

  it('has no shortfall at or above the floor and never negative room', () => {
    const ledger = computeQuotaLedger(
      [{ organisationCode: 'BTC', floor: 2, ceiling: 2 }],
      nominations('BTC', 'submitted', 'accepted', 'waitlisted'),
      identity,
    );
    expect(ledger[0]).toMatchObject({ submitted: 3, shortfall: 0, remaining: 0 });
  });

  it('lists organisations with a quota and no nominations, and nominations without a quota', () => {
    const ledger = computeQuotaLedger(
      [{ organisationCode: 'BTC', floor: 3, ceiling: 5 }],
      nominations('BYT', 'submitted'),
      identity,
    );
    expect(ledger).toEqual([
      entry('BTC', { floor: 3, ceiling: 5, shortfall: 3, remaining: 5 }),
      entry('BYT', { submitted: 1 }),
    ]);
  });

  it('counts dissolved provinces towards their successor, through the whole chain', () => {
    const ledger = computeQuotaLedger(
      [{ organisationCode: 'P-NEW', floor: 3, ceiling: 4 }],
      [
        ...nominations('P-OLD', 'submitted', 'draft'),
        ...nominations('P-OLDER', 'accepted'),
        ...nominations('P-NEW', 'rejected'),
      ],
      resolve,
    );
    expect(ledger).toEqual([
      entry('P-NEW', {
        floor: 3,
        ceiling: 4,
        drafts: 1,
        submitted: 3,
        accepted: 1,
        rejected: 1,
        shortfall: 0,
        remaining: 2,
      }),
    ]);
  });

  it('adds up quotas that land on the same successor', () => {
    const ledger = computeQuotaLedger(
      [
        { organisationCode: 'P-OLD', floor: 2, ceiling: 3 },
        { organisationCode: 'P-NEW', floor: 5, ceiling: 6 },
      ],
      [],
      resolve,
    );
    expect(ledger).toEqual([entry('P-NEW', { floor: 7, ceiling: 9, shortfall: 7, remaining: 9 })]);
  });

  it('sorts by organisation code', () => {
    const ledger = computeQuotaLedger(
      ['P05', 'BYT', 'P01', 'BTC'].map((organisationCode) => ({
        organisationCode,
        floor: 0,
        ceiling: 1,
      })),
      [],
      identity,
    );
    expect(ledger.map((row) => row.organisationCode)).toEqual(['BTC', 'BYT', 'P01', 'P05']);
  });

  it('is empty for a round with neither quotas nor nominations', () => {
    expect(computeQuotaLedger([], [], identity)).toEqual([]);
  });
});

describe('ledgerEntryFor and ledgerTotals', () => {
  const ledger = computeQuotaLedger(
    [
      { organisationCode: 'P-NEW', floor: 3, ceiling: 4 },
      { organisationCode: 'BTC', floor: 2, ceiling: 2 },
    ],
    [...nominations('P-OLD', 'submitted'), ...nominations('BTC', 'accepted', 'rejected', 'draft')],
    resolve,
  );

  it('finds the entry of a dissolved organisation under its successor', () => {
    expect(ledgerEntryFor(ledger, 'P-OLDER', resolve)?.organisationCode).toBe('P-NEW');
    expect(ledgerEntryFor(ledger, 'BYT', resolve)).toBeUndefined();
  });

  it('sums every column', () => {
    expect(ledgerTotals(ledger)).toEqual(
      entry('', {
        floor: 5,
        ceiling: 6,
        drafts: 1,
        submitted: 3,
        accepted: 1,
        rejected: 1,
        shortfall: 2,
        remaining: 4,
      }),
    );
    expect(ledgerTotals([])).toEqual(entry(''));
  });
});

describe('validateQuotas', () => {
  it('accepts sound quotas', () => {
    expect(validateQuotas([{ organisationCode: 'BTC', floor: 30, ceiling: 30 }], resolve)).toEqual(
      [],
    );
    expect(validateQuotas([{ organisationCode: 'BTC', floor: 0, ceiling: 1000 }], resolve)).toEqual(
      [],
    );
  });

  it('refuses a floor above the ceiling', () => {
    expect(validateQuotas([{ organisationCode: 'BTC', floor: 31, ceiling: 30 }], resolve)).toEqual([
      { field: 'quotas[0].floor', description: 'must not exceed ceiling' },
    ]);
  });

  it.each<[Partial<Quota>, string]>([
    [{ floor: -1 }, 'quotas[0].floor'],
    [{ floor: 1.5 }, 'quotas[0].floor'],
    [{ ceiling: 0, floor: 0 }, 'quotas[0].ceiling'],
    [{ ceiling: 1001 }, 'quotas[0].ceiling'],
  ])('refuses out-of-range numbers: %j', (overrides, field) => {
    const quota = { organisationCode: 'BTC', floor: 1, ceiling: 10, ...overrides };
    expect(validateQuotas([quota], resolve).map((violation) => violation.field)).toEqual([field]);
  });

  it('refuses a dissolved organisation, naming its successor, and repeats', () => {
    const quotas = [
      { organisationCode: 'P-OLD', floor: 1, ceiling: 2 },
      { organisationCode: 'BTC', floor: 1, ceiling: 2 },
      { organisationCode: 'BTC', floor: 1, ceiling: 3 },
    ];
    expect(validateQuotas(quotas, resolve)).toEqual([
      {
        field: 'quotas[0].organisation.code',
        description: 'was dissolved; its successor is P-NEW',
      },
      { field: 'quotas[2].organisation.code', description: 'repeats quotas[1]' },
    ]);
  });

  it('needs 1 to 200 quotas', () => {
    expect(validateQuotas([], resolve)).toEqual([
      { field: 'quotas', description: 'must have 1 to 200 quotas' },
    ]);
    const many = Array.from({ length: 201 }, (_, index) => ({
      organisationCode: `O${index}`,
      floor: 0,
      ceiling: 1,
    }));
    expect(validateQuotas(many, resolve)).toHaveLength(1);
  });
});

describe('setQuotas', () => {
  const existing: Quota[] = [
    { organisationCode: 'BTC', floor: 1, ceiling: 2 },
    { organisationCode: 'BYT', floor: 3, ceiling: 4 },
  ];
  const incoming: Quota[] = [
    { organisationCode: 'BYT', floor: 5, ceiling: 6 },
    { organisationCode: 'P-NEW', floor: 30, ceiling: 40 },
  ];

  it('changes only the listed organisations, or replaces all', () => {
    const options = { resolve, now: DURING };
    expect(setQuotas(aRound(), existing, incoming, { ...options, replaceAll: false })).toEqual([
      { organisationCode: 'BTC', floor: 1, ceiling: 2 },
      ...incoming,
    ]);
    expect(setQuotas(aRound(), existing, incoming, { ...options, replaceAll: true })).toEqual(
      incoming,
    );
  });

  it('refuses invalid quotas and a closed round', () => {
    const bad = [{ organisationCode: 'P-OLD', floor: 1, ceiling: 2 }];
    expect(
      caught(() => setQuotas(aRound(), existing, bad, { replaceAll: false, resolve, now: DURING }))
        .kind,
    ).toBe('invalid-argument');
    expect(
      caught(() =>
        setQuotas(aRound(), existing, incoming, { replaceAll: false, resolve, now: AFTER }),
      ),
    ).toMatchObject({
      kind: 'failed-precondition',
      code: 'ROUND_CLOSED',
    });
  });
});

describe('quotaShortfallEvents', () => {
  it('reminds every organisation below its floor, and only those', () => {
    const ledger = computeQuotaLedger(
      [
        { organisationCode: 'BTC', floor: 3, ceiling: 5 },
        { organisationCode: 'BYT', floor: 1, ceiling: 5 },
        { organisationCode: 'P01', floor: 0, ceiling: 5 },
      ],
      nominations('BTC', 'submitted', 'draft').concat(nominations('BYT', 'accepted')),
      identity,
    );
    expect(quotaShortfallEvents(aRound(), ledger, 7)).toEqual([
      {
        type: 'nominations.quota.shortfall',
        orgCode: 'BTC',
        payload: {
          roundId: 'round-1',
          roundName: aRound().name,
          organisationCode: 'BTC',
          floor: 3,
          submitted: 1,
          shortfall: 2,
          closesAt: CLOSES_AT,
          daysBeforeClose: 7,
        },
      },
    ]);
  });
});
