import { describe, expect, it } from 'vitest';
import {
  checkInCodeAt,
  checkInStep,
  currentCheckInCode,
  DEFAULT_CHECK_IN_POLICY,
  matchCheckInCode,
} from './check-in-code.ts';
import { aSession, CHECK_IN_KEY, SESSION_ID, SESSION_START } from '../../test/fixtures.ts';

const at = (seconds: number) => new Date(SESSION_START.getTime() + seconds * 1000);
const step = checkInStep(SESSION_START, 60);
const codeOf = (offset: number) => checkInCodeAt(CHECK_IN_KEY, SESSION_ID, step + offset);

describe('checkInCodeAt', () => {
  it('is six digits, the same on every replica, different per period and per session', () => {
    expect(codeOf(0)).toMatch(/^[0-9]{6}$/);
    expect(codeOf(0)).toBe(checkInCodeAt(new Uint8Array(32).fill(7), SESSION_ID, step));
    const periods = new Set(Array.from({ length: 20 }, (_, offset) => codeOf(offset)));
    expect(periods.size).toBeGreaterThan(18);
    expect(checkInCodeAt(CHECK_IN_KEY, 'another-session', step)).not.toBe(codeOf(0));
    expect(checkInCodeAt(new Uint8Array(32).fill(8), SESSION_ID, step)).not.toBe(codeOf(0));
  });

  it('refuses a key shorter than 32 bytes', () => {
    expect(() => checkInCodeAt(new Uint8Array(16), SESSION_ID, step)).toThrow(/at least 32 bytes/);
  });
});

describe('currentCheckInCode', () => {
  it('gives the code with its period and the window', () => {
    const shown = currentCheckInCode(aSession(), CHECK_IN_KEY, at(75));
    expect(shown).toEqual({
      code: codeOf(1),
      validFrom: at(60),
      validUntil: at(120),
      rotationSeconds: 60,
      windowOpensAt: new Date('2025-10-06T01:15:00Z'),
      windowClosesAt: new Date('2025-10-06T02:00:00Z'),
    });
  });
});

describe('matchCheckInCode', () => {
  const policy = DEFAULT_CHECK_IN_POLICY;
  it.each<[string, () => string, number, 'current' | 'expired' | 'invalid']>([
    ['the current code', () => codeOf(0), 30, 'current'],
    ['the previous code within the grace', () => codeOf(-1), 14, 'current'],
    ['the previous code after the grace', () => codeOf(-1), 15, 'expired'],
    ['a code five minutes old', () => codeOf(-5), 30, 'expired'],
    ['a code older than the lookback', () => codeOf(-31), 30, 'invalid'],
    ['the next code (not shown yet)', () => codeOf(1), 30, 'invalid'],
    ['letters', () => 'abcdef', 30, 'invalid'],
    ['too short', () => codeOf(0).slice(1), 30, 'invalid'],
  ])('%s is %s', (_case, code, seconds, expected) => {
    expect(matchCheckInCode(CHECK_IN_KEY, SESSION_ID, code(), at(seconds), policy)).toBe(expected);
  });

  it('refuses a code of another session', () => {
    const other = checkInCodeAt(CHECK_IN_KEY, 'another-session', step);
    expect(matchCheckInCode(CHECK_IN_KEY, SESSION_ID, other, at(30), policy)).toBe('invalid');
  });
});
