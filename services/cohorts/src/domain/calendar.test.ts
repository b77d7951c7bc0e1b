import {
  isCalendarDate,
  vietnamDateOf,
  vietnameseDateText,
  vietnamMomentText,
  vietnamTimeOf,
} from '@expertnet/platform';
import { describe, expect, it } from 'vitest';

describe('calendar', () => {
  it.each([
    ['2025-02-28', true],
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['25-01-01', false],
  ])('%s is a real date: %s', (text, real) => {
    expect(isCalendarDate(text)).toBe(real);
  });

  it('reads instants on Vietnam clocks (UTC+7)', () => {
    const lateEvening = new Date('2025-09-30T17:30:00Z');
    expect(vietnamDateOf(lateEvening)).toBe('2025-10-01');
    expect(vietnamTimeOf(lateEvening)).toBe('00:30');
    expect(vietnamMomentText(lateEvening)).toBe('00:30 01/10/2025');
    expect(vietnameseDateText('2025-09-30')).toBe('30/09/2025');
  });
});
