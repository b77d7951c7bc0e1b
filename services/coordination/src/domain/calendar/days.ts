/**
 * Calendar days as ISO strings ('YYYY-MM-DD') and the little arithmetic the working calendar needs.
 *
 * A service level is counted in Vietnamese calendar days, not instants: a day is a label, so it is kept
 * as a string that sorts, compares and serialises as itself, and converted to a day number only to step.
 */

/** A calendar day, 'YYYY-MM-DD', in Vietnam's civil calendar (Gregorian). */
export type IsoDay = string;

const MS_PER_DAY = 86_400_000;
/** Vietnam keeps UTC+7 all year (no daylight saving), so a fixed offset is exact and needs no tz database. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01; throws on anything that is not a real 'YYYY-MM-DD' day, so typos never count as days. */
export function dayNumber(day: IsoDay): number {
  const match = ISO_DAY.exec(day);
  if (!match) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  const [, y, m, d] = match;
  const ms = Date.UTC(Number(y), Number(m) - 1, Number(d));
  // Date.UTC rolls 2025-02-30 over into March: the round trip rejects such days.
  if (isoOfDayNumber(ms / MS_PER_DAY) !== day)
    throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  return ms / MS_PER_DAY;
}

export function isoOfDayNumber(n: number): IsoDay {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoDay(year: number, month: number, day: number): IsoDay {
  return isoOfDayNumber(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function addDays(day: IsoDay, count: number): IsoDay {
  return isoOfDayNumber(dayNumber(day) + count);
}

export function yearOf(day: IsoDay): number {
  dayNumber(day);
  return Number(day.slice(0, 4));
}

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay. */
export function weekdayOf(day: IsoDay): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

export function isWeekend(day: IsoDay): boolean {
  const weekday = weekdayOf(day);
  return weekday === 0 || weekday === 6;
}

/** The day an instant falls on in Hà Nội (Asia/Ho_Chi_Minh, UTC+7). */
export function vietnamDayOf(instant: Date): IsoDay {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** The last millisecond of a day in Hà Nội: 23:59:59.999 UTC+7. */
export function endOfVietnamDay(day: IsoDay): Date {
  return new Date((dayNumber(day) + 1) * MS_PER_DAY - VIETNAM_OFFSET_MS - 1);
}
