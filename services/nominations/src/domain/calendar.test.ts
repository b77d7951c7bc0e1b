import {
  isCalendarDate,
  parseCalendarDate,
  vietnamDateOf,
  vietnameseDateText,
} from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import { ageOn, closingDayOf } from './calendar.ts';

describe('parseCalendarDate', () => {
  it.each([
    ['2025-09-30', { year: 2025, month: 9, day: 30 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['2000-02-29', { year: 2000, month: 2, day: 29 }],
    ['2025-12-31', { year: 2025, month: 12, day: 31 }],
  ])('reads %s', (text, date) => {
    expect(parseCalendarDate(text)).toEqual(date);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-1',
    '25-01-01',
    '2025-01-01T00:00:00Z',
    ' 2025-01-01',
    '',
  ])('refuses %j', (text) => {
    expect(parseCalendarDate(text)).toBeUndefined();
    expect(isCalendarDate(text)).toBe(false);
  });
});

describe('Vietnam time', () => {
  it('puts an instant on its Vietnam calendar day (UTC+7)', () => {
    expect(vietnamDateOf(new Date('2025-09-30T16:59:59.999Z'))).toBe('2025-09-30');
    expect(vietnamDateOf(new Date('2025-09-30T17:00:00Z'))).toBe('2025-10-01');
    expect(vietnamDateOf(new Date('2025-12-31T18:00:00Z'))).toBe('2026-01-01');
  });

  it('takes the closing day as the last day the round is open', () => {
    // Midnight at the start of 1 October in Vietnam: the last open day is 30 September.
    expect(closingDayOf(new Date('2025-09-30T17:00:00Z'))).toBe('2025-09-30');
    expect(closingDayOf(new Date('2025-09-30T10:00:00Z'))).toBe('2025-09-30');
    expect(closingDayOf(new Date('2025-09-30T17:00:00.001Z'))).toBe('2025-10-01');
  });

  it('writes dates the Vietnamese way', () => {
    expect(vietnameseDateText('2025-09-03')).toBe('03/09/2025');
  });
});

describe('ageOn', () => {
  it.each([
    ['1980-06-15', '2025-06-14', 44],
    ['1980-06-15', '2025-06-15', 45],
    ['1980-06-15', '2025-06-16', 45],
    ['1980-01-01', '2025-12-31', 45],
    ['1980-12-31', '2025-01-01', 44],
    ['2025-06-15', '2025-06-15', 0],
  ])('born %s is, on %s, %i', (born, on, age) => {
    expect(ageOn(born, on)).toBe(age);
  });

  it.each([
    ['2025-02-28', 24],
    ['2025-03-01', 25],
    ['2024-02-28', 23],
    ['2024-02-29', 24],
    ['2028-02-28', 27],
    ['2028-02-29', 28],
  ])('counts a 29 February birthday (2000-02-29) on %s as %i', (on, age) => {
    expect(ageOn('2000-02-29', on)).toBe(age);
  });

  it('refuses dates that do not exist', () => {
    expect(() => ageOn('1985-02-29', '2025-01-01')).toThrow(RangeError);
    expect(() => ageOn('1985-01-01', 'soon')).toThrow(RangeError);
  });
});
