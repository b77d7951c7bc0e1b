import { describe, expect, it } from 'vitest';
import type { Problem } from '../../api/problem.ts';
import {
  checkInCandidates,
  checkInRefusal,
  checkInWindow,
  isOpenNow,
  isSessionId,
  normaliseCode,
} from './checkIn.ts';
import type { Session } from './model.ts';

const session = (id: string, startsAt: string, cancelled = false): Session => ({
  id,
  cancelled,
  settings: {
    moduleCode: 'M1',
    title: id,
    startsAt,
    endsAt: startsAt,
    mode: 'DELIVERY_MODE_ONLINE',
    checkIn: { opensMinutesBefore: 15, lateAfterMinutes: 10, closesMinutesAfter: 60 },
  },
});

const problem = (code: string, fields: string[] = []): Problem => ({
  type: 'about:blank',
  title: 't',
  status: 422,
  instance: '/',
  code,
  errors: fields.map((field) => ({ field, message: 'm' })),
  requestId: '',
});

describe('check-in', () => {
  it('normalises a typed code', () => {
    expect(normaliseCode(' 123 456 ')).toBe('123456');
    expect(normaliseCode('123-456')).toBe('123456');
  });

  it('knows when check-in is open', () => {
    const s = session('a', '2026-12-07T08:00:00Z');
    expect(checkInWindow(s)).toEqual({
      opensAt: new Date('2026-12-07T07:45:00Z'),
      closesAt: new Date('2026-12-07T09:00:00Z'),
    });
    expect(isOpenNow(s, new Date('2026-12-07T07:44:59Z'))).toBe(false);
    expect(isOpenNow(s, new Date('2026-12-07T08:30:00Z'))).toBe(true);
    expect(
      isOpenNow(session('c', '2026-12-07T08:00:00Z', true), new Date('2026-12-07T08:30:00Z')),
    ).toBe(false);
  });

  it('lists open sessions first, then later ones, leaving out past and cancelled ones', () => {
    const now = new Date('2026-12-07T08:30:00Z');
    const candidates = checkInCandidates(
      [
        session('next-week', '2026-12-14T08:00:00Z'),
        session('past', '2026-11-30T08:00:00Z'),
        session('now', '2026-12-07T08:00:00Z'),
        session('cancelled', '2026-12-08T08:00:00Z', true),
        session('tomorrow', '2026-12-08T08:00:00Z'),
      ],
      now,
    );
    expect(candidates.map((s) => s.id)).toEqual(['now', 'tomorrow', 'next-week']);
  });

  it('places refusals beside the right field', () => {
    expect(checkInRefusal(problem('CHECK_IN_CODE_EXPIRED'))?.place).toBe('code');
    expect(checkInRefusal(problem('CHECK_IN_CODE_INVALID'))?.message).toBe(
      'expert.checkIn.error.codeInvalid',
    );
    expect(checkInRefusal(problem('INVALID_ARGUMENT', ['code']))?.place).toBe('code');
    expect(checkInRefusal(problem('CHECK_IN_CLOSED'))?.place).toBe('session');
    expect(checkInRefusal(problem('INTERNAL'))).toBeUndefined();
  });

  it('recognises session ids', () => {
    expect(isSessionId('ea336900-4f21-44dd-aab2-36f828a6774e')).toBe(true);
    expect(isSessionId('x')).toBe(false);
  });
});
