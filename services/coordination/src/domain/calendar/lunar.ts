/**
 * The two lunar holidays, as Gregorian days, from the Vietnamese lunar calendar.
 *
 * Vietnam's lunar calendar is computed for UTC+7, China's for UTC+8: when a new moon falls between
 * 23:00 and 24:00 Hà Nội time the months start a day apart (Tết 1985, 2007 and 2030 differ), so a
 * Chinese lunar library would be wrong here. @dqcai/vn-lunar implements Hồ Ngọc Đức's Vietnamese
 * tables; lunar.test.ts pins it against known dates so an upgrade that drifts fails loudly.
 * Everything else in the calendar depends on this module only, so the library can be swapped here.
 */
import * as vnLunar from '@dqcai/vn-lunar';
import { addDays, isoDay, type IsoDay } from './days.ts';

/**
 * The one function used, typed here: the package's declarations re-export './core' without an
 * extension, which 'nodenext' resolution cannot follow in an ESM package, so its own types arrive as
 * errors. This is the signature its lib/core.d.ts declares.
 */
const { getSolarDate } = vnLunar as unknown as {
  getSolarDate: (
    day: number,
    month: number,
    year: number,
    leap?: boolean,
  ) => { day: number; month: number; year: number; jd: number };
};

/** The Gregorian day of a (non-leap) lunar date in the lunar year that begins in Gregorian `year`. */
export function solarOfLunar(year: number, lunarMonth: number, lunarDay: number): IsoDay {
  const solar = getSolarDate(lunarDay, lunarMonth, year, false);
  // The library answers 0/0/0 outside its tables (which end in 2199) instead of throwing.
  if (solar.year === 0) throw new RangeError(`No lunar data for ${lunarDay}/${lunarMonth}/${year}`);
  return isoDay(solar.year, solar.month, solar.day);
}

/** Mùng 1 Tết: the first day of the lunar year that begins in Gregorian `year`. */
export function tetOf(year: number): IsoDay {
  return solarOfLunar(year, 1, 1);
}

/** The last day of the previous lunar year (29 or 30 tháng Chạp): the eve of Tết. */
export function lunarNewYearsEveOf(year: number): IsoDay {
  return addDays(tetOf(year), -1);
}

/** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month (never the leap 3rd month). */
export function hungKingsOf(year: number): IsoDay {
  return solarOfLunar(year, 3, 10);
}
