/**
 * Vietnamese working days for service levels: pure functions and data, no clock and no I/O, so the
 * caller passes every instant (its own injected 'now').
 */
export type { IsoDay } from './days.ts';
export { vietnamDayOf } from './days.ts';
export type { DaySwap, HolidayAnnouncement } from './announcements.ts';
export { ANNOUNCEMENTS } from './announcements.ts';
export type { HolidayName } from './holidays.ts';
export { derivedAnnouncement } from './holidays.ts';
export { hungKingsOf, tetOf } from './lunar.ts';
export type { WorkingCalendar } from './calendar.ts';
export { dueAfterWorkingDays, vietnamWorkingCalendar, workingDaysElapsed } from './calendar.ts';
