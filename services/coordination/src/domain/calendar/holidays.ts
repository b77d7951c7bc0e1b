/**
 * Vietnam's public holidays by law, and what they do to a year's calendar.
 *
 * Labour Code 2019 (Law 45/2019/QH14), art. 112(1), in force since 2021: 1 January; Tết, 5 days;
 * Hùng Kings' Commemoration, 10/3 lunar; 30 April; 1 May; National Day, 2 September plus 1 adjacent
 * day (1 or 3 September). Art. 112(3): a holiday that falls on a weekly day off is compensated on the
 * following working day; for civil servants, who rest Saturday and Sunday, that is the next weekday not
 * already a holiday. Decree 145/2020/NĐ-CP, art. 71, leaves the choice of the Tết days and the 2/9 day
 * to the Prime Minister, which is why those choices come from the announcements (data), not from here.
 */
import type { HolidayAnnouncement } from './announcements.ts';
import { addDays, isoDay, isWeekend, weekdayOf, type IsoDay } from './days.ts';
import { hungKingsOf, lunarNewYearsEveOf, tetOf } from './lunar.ts';

export interface HolidayName {
  readonly vi: string;
  readonly en: string;
}

const NEW_YEAR: HolidayName = { vi: 'Tết Dương lịch', en: "New Year's Day" };
const TET: HolidayName = { vi: 'Tết Nguyên Đán', en: 'Lunar New Year (Tết)' };
const HUNG_KINGS: HolidayName = { vi: 'Giỗ Tổ Hùng Vương', en: "Hùng Kings' Commemoration Day" };
const REUNIFICATION: HolidayName = {
  vi: 'Ngày Giải phóng miền Nam, thống nhất đất nước',
  en: 'Reunification Day',
};
const LABOUR_DAY: HolidayName = { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' };
const NATIONAL_DAY: HolidayName = { vi: 'Quốc khánh', en: 'National Day' };

/** What a year's arrangements do to one day; a day with no effect is a working day unless a weekend. */
export type DayEffect =
  | { readonly kind: 'holiday'; readonly name: HolidayName }
  | { readonly kind: 'compensatory'; readonly name: HolidayName }
  | { readonly kind: 'swapped-off'; readonly name: HolidayName }
  | { readonly kind: 'swapped-working' };

/**
 * The law's default arrangement for a year with no notice: Tết is the last day of the lunar year and
 * mùng 1–4 (the pattern the Government has followed most years), and 2 September is paired with the
 * adjacent day that joins it to a weekend (our default where the law leaves it open: a Wednesday pairs
 * with Thursday 3/9). No swaps: those are political decisions and are never guessed.
 */
export function derivedAnnouncement(year: number): HolidayAnnouncement {
  const eve = lunarNewYearsEveOf(year);
  const tet = tetOf(year);
  const nationalDay = isoDay(year, 9, 2);
  // Sunday…Saturday: Mon → Tue 3/9, Tue → Mon 1/9, Wed → Thu 3/9, Thu → Fri 3/9, Fri → Thu 1/9,
  // Sat → Fri 1/9, Sun → Mon 3/9 (the Sunday itself is then compensated on Tuesday).
  const extraAfter = [true, true, false, true, true, false, false][weekdayOf(nationalDay)] ?? true;
  return {
    year,
    status: 'derived',
    source: 'Labour Code 2019 art. 112 default rule (no announcement in the data)',
    tetDays: [eve, tet, addDays(tet, 1), addDays(tet, 2), addDays(tet, 3)],
    nationalDayExtra: addDays(nationalDay, extraAfter ? 1 : -1),
    swaps: [],
  };
}

/** The holiday arrangements' effects on the days of one announcement, keyed by day. */
export function effectsOf(announcement: HolidayAnnouncement): ReadonlyMap<IsoDay, DayEffect> {
  const { year } = announcement;
  const holidays: [IsoDay, HolidayName][] = [
    [isoDay(year, 1, 1), NEW_YEAR],
    ...announcement.tetDays.map((day): [IsoDay, HolidayName] => [day, TET]),
    [hungKingsOf(year), HUNG_KINGS],
    [isoDay(year, 4, 30), REUNIFICATION],
    [isoDay(year, 5, 1), LABOUR_DAY],
    [isoDay(year, 9, 2), NATIONAL_DAY],
    [announcement.nationalDayExtra, NATIONAL_DAY],
  ];
  // In date order, so that two weekend holidays in a row take successive compensatory days.
  holidays.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

  const effects = new Map<IsoDay, DayEffect>();
  for (const [day, name] of holidays) effects.set(day, { kind: 'holiday', name });
  for (const [day, name] of holidays) {
    if (!isWeekend(day)) continue;
    let compensatory = addDays(day, 1);
    while (isWeekend(compensatory) || effects.has(compensatory))
      compensatory = addDays(compensatory, 1);
    effects.set(compensatory, {
      kind: 'compensatory',
      name: { vi: `Nghỉ bù ${name.vi}`, en: `Compensatory day off for ${name.en}` },
    });
  }
  // Swaps last: they move days the Government chose, whatever the rules above made of them.
  for (const { workOn, dayOff } of announcement.swaps) {
    effects.set(dayOff, {
      kind: 'swapped-off',
      name: {
        vi: `Nghỉ hoán đổi (làm bù thứ Bảy ${workOn})`,
        en: `Swapped day off (made up on Saturday ${workOn})`,
      },
    });
    effects.set(workOn, { kind: 'swapped-working' });
  }
  return effects;
}
