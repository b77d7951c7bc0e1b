/**
 * The Government's year-by-year holiday arrangements, as data.
 *
 * The Labour Code fixes how many days each holiday lasts, but each year the Prime Minister decides which
 * days make up the 5-day Tết and whether 1 or 3 September joins National Day, and the Ministry of Home
 * Affairs publishes the arrangement for civil servants, often with a swap (a weekday off, made up on a
 * Saturday) to bridge a holiday. Those decisions cannot be computed, so they live here: adding next
 * year's notice means adding one entry below, and no code changes.
 *
 * A year with no entry falls back to the law's default (see `derivedAnnouncement` in holidays.ts);
 * entries marked `derived` were written from that same default because no notice was checked, and the
 * tests hold them equal to it. Replace a derived entry with the notice once it is confirmed.
 */
import type { IsoDay } from './days.ts';

/** A Saturday made a working day so that a weekday can be a day off (the bridged day). */
export interface DaySwap {
  /** The Saturday worked instead (ngày làm bù). */
  readonly workOn: IsoDay;
  /** The weekday made a day off (ngày nghỉ hoán đổi). */
  readonly dayOff: IsoDay;
}

export interface HolidayAnnouncement {
  readonly year: number;
  /** `announced`: taken from the Government's notice; `derived`: the law's default rule, not yet confirmed. */
  readonly status: 'announced' | 'derived';
  /** Who decided, and the notice number where it is known; 'to be confirmed' rather than a guessed number. */
  readonly source: string;
  /** The 5 statutory Tết days, in order; weekend ones among them earn compensatory days like any holiday. */
  readonly tetDays: readonly [IsoDay, IsoDay, IsoDay, IsoDay, IsoDay];
  /** The second National Day holiday: 1 or 3 September (Labour Code 2019, art. 112(1)(đ)). */
  readonly nationalDayExtra: IsoDay;
  readonly swaps: readonly DaySwap[];
}

export const ANNOUNCEMENTS: readonly HolidayAnnouncement[] = [
  {
    year: 2025,
    status: 'announced',
    source:
      "Prime Minister's approval of the 2025 Tết, 30/4–1/5 and 2/9 arrangements; Ministry of Home Affairs " +
      'notice for civil servants (notice number to be confirmed)',
    // Tết Ất Tỵ: 9 days off from Saturday 25/01 to Sunday 02/02 (26 Chạp to mùng 5): the 5 Tết days are
    // Monday 27/01 (28 Chạp) to Friday 31/01 (mùng 3) between two weekends, so no swap was needed.
    tetDays: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'],
    // National Day 2025 (Tuesday): Monday 01/09 joined it, giving 30/08–02/09 off.
    nationalDayExtra: '2025-09-01',
    // 30/4–1/5 (Wednesday–Thursday): Friday 02/05 off, made up on Saturday 26/04, giving 30/04–04/05 off.
    swaps: [{ workOn: '2025-04-26', dayOff: '2025-05-02' }],
  },
  {
    year: 2026,
    status: 'derived',
    source:
      'Labour Code 2019 art. 112 default: Tết = last day of the lunar year + mùng 1–4; the notice for 2026 ' +
      'was not checked here (to be confirmed)',
    // Tết Bính Ngọ: Monday 16/02 (29 Chạp) to Friday 20/02 (mùng 4), with the weekends 14/02–22/02 off;
    // this matches the widely reported 9-day break, but the notice itself is to be confirmed.
    // Any 2026 swap (a New Year bridge was reported) is to be confirmed and is not applied.
    tetDays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    // 2 September 2026 is a Wednesday: the default pairs it with Thursday 3/09 (to be confirmed).
    nationalDayExtra: '2026-09-03',
    swaps: [],
  },
  {
    year: 2027,
    status: 'derived',
    source:
      'Labour Code 2019 art. 112 default: Tết = last day of the lunar year + mùng 1–4; no notice known yet',
    // Tết Đinh Mùi (mùng 1 = Saturday 06/02): Friday 05/02 (29 Chạp) to Tuesday 09/02 (mùng 4); the
    // Saturday and Sunday among them give compensatory days on Wednesday 10/02 and Thursday 11/02.
    tetDays: ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'],
    // 2 September 2027 is a Thursday: the default pairs it with Friday 3/09.
    nationalDayExtra: '2027-09-03',
    swaps: [],
  },
];
