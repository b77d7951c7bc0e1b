/** Calendar days ("YYYY-MM-DD") and Vietnam time (UTC+7, no daylight saving), as every service reads them. */

export const VIETNAM_UTC_OFFSET_MS = 7 * 60 * 60 * 1000;
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

/** Whether the text is a real calendar day: the contracts' pattern lets "2025-02-30" through. */
export const isCalendarDate = (text: string) => parseCalendarDate(text) !== undefined;

export const isValidInstant = (instant: Date) => !Number.isNaN(instant.getTime());

const inVietnam = (instant: Date) =>
  new Date(instant.getTime() + VIETNAM_UTC_OFFSET_MS).toISOString();

/** The calendar day an instant falls on in Vietnam. */
export const vietnamDateOf = (instant: Date) => inVietnam(instant).slice(0, 10);

/** "HH:mm" of an instant on Vietnam clocks. */
export const vietnamTimeOf = (instant: Date) => inVietnam(instant).slice(11, 16);

/** "2025-09-30" -> "30/09/2025", the way Vietnamese documents write dates. */
export function vietnameseDateText(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day ?? ''}/${month ?? ''}/${year ?? ''}`;
}

/** "07:45 15/09/2025", an instant as people in Vietnam read it. */
export const vietnamMomentText = (instant: Date) =>
  `${vietnamTimeOf(instant)} ${vietnameseDateText(vietnamDateOf(instant))}`;
