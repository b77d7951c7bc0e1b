/**
 * The working calendar that service levels are counted in: Monday–Friday, less Vietnam's public
 * holidays and their compensatory days, with the Government's announced swaps applied.
 */
import { ANNOUNCEMENTS, type HolidayAnnouncement } from './announcements.ts';
import {
  addDays,
  dayNumber,
  endOfVietnamDay,
  isoDay,
  isWeekend,
  vietnamDayOf,
  weekdayOf,
  yearOf,
  type IsoDay,
} from './days.ts';
import { derivedAnnouncement, effectsOf, type DayEffect, type HolidayName } from './holidays.ts';
import { tetOf } from './lunar.ts';

export interface WorkingCalendar {
  isWorkingDay(day: IsoDay): boolean;
  /** The holiday, compensatory day or swapped day off that `day` is; undefined for ordinary days and weekends. */
  holidayOf(day: IsoDay): { vi: string; en: string } | undefined;
  /** The first working day strictly after `day`. */
  nextWorkingDay(day: IsoDay): IsoDay;
  /** The `count`th working day strictly after `day` (count ≥ 0; 0 gives `day` itself). */
  addWorkingDays(day: IsoDay, count: number): IsoDay;
  /**
   * The working days in (from, to]: those after `from` up to and including `to`, so that
   * workingDaysBetween(d, addWorkingDays(d, n)) === n. Negative when `to` is before `from`.
   */
  workingDaysBetween(from: IsoDay, to: IsoDay): number;
}

/** No stretch of days off in Vietnam comes near this; a longer one means broken data, not a long holiday. */
const MAX_DAYS_OFF_IN_A_ROW = 31;

/**
 * Checks an announcement the way a reviewer would, so a typo in the data fails at start-up rather than
 * silently moving a deadline.
 */
function validate(announcement: HolidayAnnouncement): void {
  const { year } = announcement;
  const problem = (what: string) => new RangeError(`Holiday announcement ${year}: ${what}`);
  const tet = dayNumber(tetOf(year));
  for (const day of announcement.tetDays) {
    if (Math.abs(dayNumber(day) - tet) > 10)
      throw problem(`Tết day ${day} is not near Tết (${tetOf(year)})`);
  }
  if (new Set(announcement.tetDays).size !== 5) throw problem('the 5 Tết days repeat a day');
  const extra = announcement.nationalDayExtra;
  if (extra !== isoDay(year, 9, 1) && extra !== isoDay(year, 9, 3)) {
    throw problem(`the National Day extra day ${extra} is neither 1 nor 3 September`);
  }
  for (const { workOn, dayOff } of announcement.swaps) {
    if (weekdayOf(workOn) !== 6) throw problem(`the make-up day ${workOn} is not a Saturday`);
    if (isWeekend(dayOff)) throw problem(`the swapped day off ${dayOff} is not a weekday`);
  }
}

export function vietnamWorkingCalendar(
  announcements: readonly HolidayAnnouncement[] = ANNOUNCEMENTS,
): WorkingCalendar {
  const byYear = new Map<number, HolidayAnnouncement>();
  for (const announcement of announcements) {
    validate(announcement);
    if (byYear.has(announcement.year)) {
      throw new RangeError(`Holiday announcement ${announcement.year} is listed twice`);
    }
    byYear.set(announcement.year, announcement);
  }

  const effectsByYear = new Map<number, ReadonlyMap<IsoDay, DayEffect>>();
  const effectsFor = (year: number): ReadonlyMap<IsoDay, DayEffect> => {
    let effects = effectsByYear.get(year);
    if (!effects) {
      effects = effectsOf(byYear.get(year) ?? derivedAnnouncement(year));
      effectsByYear.set(year, effects);
    }
    return effects;
  };
  // A year's arrangements can reach into the next or previous year (a compensatory day for a late
  // holiday, a make-up Saturday across New Year), so a day consults its own year and both neighbours.
  const effectOf = (day: IsoDay): DayEffect | undefined => {
    const year = yearOf(day);
    return (
      effectsFor(year).get(day) ?? effectsFor(year - 1).get(day) ?? effectsFor(year + 1).get(day)
    );
  };

  const isWorkingDay = (day: IsoDay): boolean => {
    const effect = effectOf(day);
    if (effect === undefined) return !isWeekend(day);
    return effect.kind === 'swapped-working';
  };

  const nextWorkingDay = (day: IsoDay): IsoDay => {
    let next = addDays(day, 1);
    for (let steps = 1; !isWorkingDay(next); steps++) {
      if (steps > MAX_DAYS_OFF_IN_A_ROW)
        throw new RangeError(`No working day within a month after ${day}`);
      next = addDays(next, 1);
    }
    return next;
  };

  const addWorkingDays = (day: IsoDay, count: number): IsoDay => {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`A count of working days must be a whole number ≥ 0: ${count}`);
    }
    dayNumber(day);
    let result = day;
    for (let i = 0; i < count; i++) result = nextWorkingDay(result);
    return result;
  };

  const workingDaysBetween = (from: IsoDay, to: IsoDay): number => {
    const start = dayNumber(from);
    const end = dayNumber(to);
    if (end < start) return -workingDaysBetween(to, from);
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1))
      if (isWorkingDay(day)) count++;
    return count;
  };

  return {
    isWorkingDay,
    holidayOf: (day: IsoDay): HolidayName | undefined => {
      const effect = effectOf(day);
      return effect === undefined || effect.kind === 'swapped-working' ? undefined : effect.name;
    },
    nextWorkingDay,
    addWorkingDays,
    workingDaysBetween,
  };
}

/**
 * A service-level deadline: the end (23:59:59.999 Hà Nội time) of the `workingDays`th working day after
 * the day `from` falls on in Hà Nội. The day of submission never counts, whatever the hour, so a request
 * made on Friday evening with 2 working days is due at the end of Tuesday, and one made the day before
 * Tết is counted from the first working day after the break.
 */
export function dueAfterWorkingDays(
  calendar: WorkingCalendar,
  from: Date,
  workingDays: number,
): Date {
  return endOfVietnamDay(calendar.addWorkingDays(vietnamDayOf(from), workingDays));
}

/**
 * The working days that have passed from `from` to `to`, counted as the deadline counts them: a request
 * is within a service level of N working days while workingDaysElapsed(calendar, from, now) ≤ N.
 */
export function workingDaysElapsed(calendar: WorkingCalendar, from: Date, to: Date): number {
  return calendar.workingDaysBetween(vietnamDayOf(from), vietnamDayOf(to));
}
