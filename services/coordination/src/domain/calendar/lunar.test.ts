import { describe, expect, it } from 'vitest';
import { hungKingsOf, lunarNewYearsEveOf, tetOf } from './lunar.ts';

/**
 * Written from known facts, not from the library: Tết 2024–2029 and 2031–2032 and Hùng Kings 2024–2027
 * are the dates the Government's holiday notices were built on; Hùng Kings 2028–2032 were cross-checked
 * against an independent (Chinese, UTC+8) lunar calendar, which agrees with Vietnam's in those years.
 */
const TET: Record<number, string> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  // Vietnam's Tết 2030 is 2 February: the new moon falls at 23:07 Hà Nội time (UTC+7) on the 2nd,
  // 00:07 Beijing time (UTC+8) on the 3rd, so China's Spring Festival is 3 February.
  2030: '2030-02-02',
  2031: '2031-01-23',
  2032: '2032-02-11',
};

const HUNG_KINGS: Record<number, string> = {
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
  2031: '2031-04-01',
  2032: '2032-04-19',
};

describe('the Vietnamese lunar calendar (UTC+7)', () => {
  it.each(Object.entries(TET))('puts Tết %s on %s', (year, day) => {
    expect(tetOf(Number(year))).toBe(day);
  });

  it.each(Object.entries(HUNG_KINGS))(
    "puts the Hùng Kings' Commemoration %s on %s",
    (year, day) => {
      expect(hungKingsOf(Number(year))).toBe(day);
    },
  );

  it("follows Hà Nội's time zone where it differs from China's calendar", () => {
    // Tết 1985 came a month before China's (20 February) and Tết 2007 a day before (18 February).
    expect(tetOf(1985)).toBe('1985-01-21');
    expect(tetOf(2007)).toBe('2007-02-17');
  });

  it('knows the last day of the lunar year, whether the 29th or the 30th of the 12th month', () => {
    expect(lunarNewYearsEveOf(2025)).toBe('2025-01-28');
    expect(lunarNewYearsEveOf(2026)).toBe('2026-02-16');
    expect(lunarNewYearsEveOf(2027)).toBe('2027-02-05');
  });

  it('refuses years outside the tables rather than inventing a date', () => {
    expect(() => tetOf(2500)).toThrow(RangeError);
  });
});
