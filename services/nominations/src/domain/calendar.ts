/** Calendar arithmetic on "YYYY-MM-DD" dates and Vietnam time (UTC+7, no daylight saving). */

export const DAY_MS = 24 * 60 * 60 * 1000;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date, or undefined when the text is not a real calendar day (e.g. "2025-02-29"). */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const match = DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export const isCalendarDate = (text: string) => parseCalendarDate(text) !== undefined;

export const isValidInstant = (instant: Date) => !Number.isNaN(instant.getTime());

/** The calendar day an instant falls on in Vietnam. */
export function vietnamDateOf(instant: Date): string {
  return new Date(instant.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The last Vietnam calendar day on which a round closing at `closesAt` is open: a deadline at
 * midnight (00:00 on 1 October, Vietnam time) makes 30 September the closing day.
 */
export function closingDayOf(closesAt: Date): string {
  return vietnamDateOf(new Date(closesAt.getTime() - 1));
}

/**
 * Whole years of age on a day. Someone born on 29 February is a year older only from 1 March in
 * common years: the birthday has not come while 28 February is still before it.
 */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const born = parseCalendarDate(dateOfBirth);
  const on = parseCalendarDate(onDate);
  if (!born || !on) throw new RangeError('ageOn needs two valid "YYYY-MM-DD" dates');
  const birthdayPassed = on.month > born.month || (on.month === born.month && on.day >= born.day);
  return on.year - born.year - (birthdayPassed ? 0 : 1);
}

/** "2025-09-30" -> "30/09/2025", the way Vietnamese documents write dates. */
export function vietnameseDateText(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}
