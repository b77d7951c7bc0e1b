import { describe, expect, it } from 'vitest';
import {
  assertRoundAcceptsDrafts,
  assertRoundAcceptsSubmissions,
  closeRound,
  closeRoundAtDeadline,
  createRound,
  effectiveRoundStatus,
  openRound,
  updateRound,
} from './rounds.ts';
import {
  AFTER,
  aRound,
  BEFORE,
  caught,
  CLOSES_AT,
  DURING,
  OPENS_AT,
  roundSettings,
} from '../../test/fixtures.ts';
import type { QuotaLedgerEntry, RoundStatus } from './types.ts';

const justBefore = (instant: Date) => new Date(instant.getTime() - 1);

const ledger: QuotaLedgerEntry[] = [
  {
    organisationCode: 'BKHCN',
    floor: 2,
    ceiling: 5,
    drafts: 0,
    submitted: 1,
    accepted: 0,
    waitlisted: 0,
    rejected: 0,
    shortfall: 1,
    remaining: 4,
  },
];

describe('effectiveRoundStatus', () => {
  it.each<[RoundStatus, Date, RoundStatus]>([
    ['draft', BEFORE, 'draft'],
    ['draft', DURING, 'draft'],
    ['draft', AFTER, 'draft'],
    ['scheduled', BEFORE, 'scheduled'],
    ['scheduled', justBefore(OPENS_AT), 'scheduled'],
    ['scheduled', OPENS_AT, 'open'],
    ['scheduled', DURING, 'open'],
    ['open', BEFORE, 'scheduled'],
    ['open', justBefore(CLOSES_AT), 'open'],
    ['open', CLOSES_AT, 'closed'],
    ['open', AFTER, 'closed'],
    ['closed', BEFORE, 'closed'],
    ['closed', DURING, 'closed'],
  ])('a round stored %s is %s at %s', (status, now, effective) => {
    expect(effectiveRoundStatus(aRound({ status }), now)).toBe(effective);
  });

  it('is closed once a closing was recorded, whatever the stored status', () => {
    expect(effectiveRoundStatus(aRound({ status: 'open', closedAt: DURING }), DURING)).toBe(
      'closed',
    );
  });
});

describe('assertRoundAcceptsSubmissions', () => {
  it('accepts only while open, the deadline instant being late', () => {
    expect(() => {
      assertRoundAcceptsSubmissions(aRound(), OPENS_AT);
    }).not.toThrow();
    expect(() => {
      assertRoundAcceptsSubmissions(aRound(), justBefore(CLOSES_AT));
    }).not.toThrow();
    expect(
      caught(() => {
        assertRoundAcceptsSubmissions(aRound(), CLOSES_AT);
      }),
    ).toMatchObject({
      kind: 'failed-precondition',
      code: 'NOMINATION_ROUND_CLOSED',
    });
  });

  it('tells a round not open yet from a closed one', () => {
    expect(
      caught(() => {
        assertRoundAcceptsSubmissions(aRound(), BEFORE);
      }).code,
    ).toBe('NOMINATION_ROUND_NOT_OPEN');
    expect(
      caught(() => {
        assertRoundAcceptsSubmissions(aRound({ status: 'draft' }), DURING);
      }).code,
    ).toBe('NOMINATION_ROUND_NOT_OPEN');
    expect(
      caught(() => {
        assertRoundAcceptsSubmissions(aRound({ status: 'closed', closedAt: BEFORE }), DURING);
      }).code,
    ).toBe('NOMINATION_ROUND_CLOSED');
  });
});

describe('assertRoundAcceptsDrafts', () => {
  it('accepts drafts from publication to the deadline', () => {
    expect(() => {
      assertRoundAcceptsDrafts(aRound({ status: 'scheduled' }), BEFORE);
    }).not.toThrow();
    expect(() => {
      assertRoundAcceptsDrafts(aRound(), DURING);
    }).not.toThrow();
    expect(
      caught(() => {
        assertRoundAcceptsDrafts(aRound({ status: 'draft' }), DURING);
      }).code,
    ).toBe('NOMINATION_ROUND_NOT_OPEN');
    expect(
      caught(() => {
        assertRoundAcceptsDrafts(aRound(), AFTER);
      }).code,
    ).toBe('NOMINATION_ROUND_CLOSED');
  });
});

describe('createRound', () => {
  it('makes a draft at version 1', () => {
    const round = createRound('round-9', roundSettings(), BEFORE);
    expect(round).toEqual({
      ...roundSettings(),
      id: 'round-9',
      status: 'draft',
      version: 1,
      createdAt: BEFORE,
      updatedAt: BEFORE,
    });
  });

  it('refuses invalid settings with every violation', () => {
    const error = caught(() =>
      createRound('round-9', roundSettings({ closesAt: OPENS_AT, rubric: [] }), BEFORE),
    );
    expect(error.kind).toBe('invalid-argument');
    expect(error.violations.map((violation) => violation.field)).toEqual([
      'settings.closes_at',
      'settings.rubric',
    ]);
  });
});

describe('updateRound', () => {
  const changedEverything = roundSettings({
    name: { vi: 'Đợt bổ sung', en: 'Extra intake' },
    opensAt: new Date('2025-09-02T01:00:00Z'),
    eligibility: { ...roundSettings().eligibility, maxAge: 50 },
    rubric: [{ code: 'only', name: { vi: 'Duy nhất', en: 'Only' }, maxScore: 5, weight: 1 }],
  });

  it('changes anything while a draft or scheduled, bumping the version', () => {
    for (const round of [aRound({ status: 'draft' }), aRound({ status: 'scheduled' })]) {
      const updated = updateRound(round, changedEverything, BEFORE);
      expect(updated).toMatchObject({
        ...changedEverything,
        version: round.version + 1,
        updatedAt: BEFORE,
      });
      expect(updated.status).toBe(round.status);
    }
  });

  it('once open, lets closes_at move later and the description and reminders change', () => {
    const later = new Date(CLOSES_AT.getTime() + 7 * 86_400_000);
    const settings = roundSettings({
      closesAt: later,
      description: 'Gia hạn',
      reminderDaysBeforeClose: [3],
    });
    expect(updateRound(aRound(), settings, DURING)).toMatchObject({
      closesAt: later,
      description: 'Gia hạn',
      reminderDaysBeforeClose: [3],
    });
  });

  it('once open, refuses changes that would alter nominations already checked', () => {
    const error = caught(() =>
      updateRound(aRound(), { ...changedEverything, closesAt: justBefore(CLOSES_AT) }, DURING),
    );
    expect(error).toMatchObject({ kind: 'failed-precondition', code: 'ROUND_ALREADY_OPEN' });
    expect(error.violations.map((violation) => violation.field)).toEqual([
      'settings.name',
      'settings.opens_at',
      'settings.eligibility',
      'settings.rubric',
      'settings.closes_at',
    ]);
  });

  it('treats equal values from another mapping as unchanged', () => {
    const copy = structuredClone(roundSettings());
    expect(() => updateRound(aRound(), copy, DURING)).not.toThrow();
    const withUndefinedRule = roundSettings({
      eligibility: { ...roundSettings().eligibility, maxAge: undefined },
    });
    expect(() => updateRound(aRound(), withUndefinedRule, DURING)).not.toThrow();
  });

  it('refuses any change to a closed round', () => {
    expect(caught(() => updateRound(aRound(), roundSettings(), AFTER))).toMatchObject({
      kind: 'failed-precondition',
      code: 'ROUND_CLOSED',
    });
  });

  it('still validates the new settings', () => {
    expect(
      caught(() => updateRound(aRound({ status: 'draft' }), roundSettings({ rubric: [] }), BEFORE))
        .kind,
    ).toBe('invalid-argument');
  });
});

describe('openRound', () => {
  const quotas = [{ organisationCode: 'BKHCN', floor: 2, ceiling: 5 }];

  it('schedules a draft whose opening is ahead, publishing RoundOpened now', () => {
    const { round, events } = openRound(aRound({ status: 'draft' }), quotas, BEFORE);
    expect(round).toMatchObject({ status: 'scheduled', version: 4, updatedAt: BEFORE });
    expect(events).toEqual([
      {
        type: 'nominations.round.opened',
        orgCode: '',
        payload: {
          roundId: 'round-1',
          name: roundSettings().name,
          opensAt: OPENS_AT,
          closesAt: CLOSES_AT,
          quotas,
        },
      },
    ]);
  });

  it('opens at once when the opening has passed', () => {
    expect(openRound(aRound({ status: 'draft' }), quotas, OPENS_AT).round.status).toBe('open');
  });

  it('opens only drafts', () => {
    for (const status of ['scheduled', 'open', 'closed'] as const) {
      expect(caught(() => openRound(aRound({ status }), quotas, BEFORE))).toMatchObject({
        kind: 'failed-precondition',
        code: 'ROUND_NOT_DRAFT',
      });
    }
  });

  it('refuses a round whose deadline has passed or that has no quotas', () => {
    expect(caught(() => openRound(aRound({ status: 'draft' }), quotas, CLOSES_AT)).code).toBe(
      'ROUND_DEADLINE_PASSED',
    );
    expect(caught(() => openRound(aRound({ status: 'draft' }), [], BEFORE)).code).toBe(
      'ROUND_WITHOUT_QUOTAS',
    );
  });
});

describe('closeRound', () => {
  it('closes an open round early with its reason and final ledger', () => {
    const { round, events } = closeRound(aRound(), { reason: '  Đủ chỉ tiêu  ', ledger }, DURING);
    expect(round).toMatchObject({
      status: 'closed',
      closedAt: DURING,
      version: 4,
      updatedAt: DURING,
    });
    expect(events).toEqual([
      {
        type: 'nominations.round.closed',
        orgCode: '',
        payload: {
          roundId: 'round-1',
          name: roundSettings().name,
          closedAt: DURING,
          closedEarly: true,
          reason: 'Đủ chỉ tiêu',
          ledger,
        },
      },
    ]);
    expect(effectiveRoundStatus(round, DURING)).toBe('closed');
  });

  it('cancels a scheduled round', () => {
    expect(
      closeRound(aRound({ status: 'scheduled' }), { reason: 'Hoãn', ledger: [] }, BEFORE).round
        .status,
    ).toBe('closed');
  });

  it('refuses drafts, closed rounds and rounds past their deadline', () => {
    const input = { reason: 'Đủ chỉ tiêu', ledger };
    expect(caught(() => closeRound(aRound({ status: 'draft' }), input, DURING)).code).toBe(
      'ROUND_NOT_OPEN',
    );
    expect(caught(() => closeRound(aRound({ status: 'closed' }), input, DURING)).code).toBe(
      'ROUND_CLOSED',
    );
    expect(caught(() => closeRound(aRound(), input, CLOSES_AT)).code).toBe('ROUND_CLOSED');
  });

  it('needs a reason of 3 to 1000 characters', () => {
    for (const reason of ['', '  ab  ', 'x'.repeat(1001)]) {
      expect(caught(() => closeRound(aRound(), { reason, ledger }, DURING)).violations).toEqual([
        { field: 'reason', description: 'must be 3 to 1000 characters' },
      ]);
    }
  });
});

describe('closeRoundAtDeadline', () => {
  it('records the deadline closing once it has passed, as not early', () => {
    const change = closeRoundAtDeadline(aRound(), ledger, AFTER);
    expect(change?.round).toMatchObject({
      status: 'closed',
      closedAt: CLOSES_AT,
      updatedAt: AFTER,
    });
    expect(change?.events).toEqual([
      {
        type: 'nominations.round.closed',
        orgCode: '',
        payload: {
          roundId: 'round-1',
          name: roundSettings().name,
          closedAt: CLOSES_AT,
          closedEarly: false,
          reason: '',
          ledger,
        },
      },
    ]);
  });

  it('does it at the deadline instant, for a round still stored as scheduled too', () => {
    expect(closeRoundAtDeadline(aRound({ status: 'scheduled' }), ledger, CLOSES_AT)).toBeDefined();
  });

  it('has nothing to do before the deadline, for drafts, or when already recorded', () => {
    expect(closeRoundAtDeadline(aRound(), ledger, justBefore(CLOSES_AT))).toBeUndefined();
    expect(closeRoundAtDeadline(aRound({ status: 'draft' }), ledger, AFTER)).toBeUndefined();
    expect(
      closeRoundAtDeadline(aRound({ status: 'closed', closedAt: CLOSES_AT }), ledger, AFTER),
    ).toBeUndefined();
    expect(closeRoundAtDeadline(aRound({ closedAt: DURING }), ledger, AFTER)).toBeUndefined();
  });
});
