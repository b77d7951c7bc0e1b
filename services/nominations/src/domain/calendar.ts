/** Calendar arithmetic of intake rounds, on the kit's Vietnam calendar. */
import { parseCalendarDate, vietnamDateOf } from '@expertnet/platform';

export const DAY_MS = 24 * 60 * 60 * 1000;

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
