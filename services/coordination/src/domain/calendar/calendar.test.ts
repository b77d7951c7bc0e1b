import { describe, expect, it } from 'vitest';
import {
  ANNOUNCEMENTS,
  derivedAnnouncement,
  dueAfterWorkingDays,
  vietnamDayOf,
  vietnamWorkingCalendar,
  workingDaysElapsed,
  type HolidayAnnouncement,
} from './index.ts';
import { addDays } from './days.ts';

const calendar = vietnamWorkingCalendar();

/** An instant given in Hà Nội time (UTC+7): tests never read the real clock. */
const hanoi = (local: string): Date => new Date(`${local}+07:00`);

const HOLIDAYS_2025 = [
  '2025-01-01',
  '2025-01-27',
  '2025-01-28',
  '2025-01-29',
  '2025-01-30',
  '2025-01-31',
  '2025-04-07',
  '2025-04-30',
  '2025-05-01',
  '2025-05-02', // swapped: made up on Saturday 26/04
  '2025-09-01',
  '2025-09-02',
];

const HOLIDAYS_2026 = [
  '2026-01-01',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-04-27', // compensates the Hùng Kings' Commemoration on Sunday 26/04
  '2026-04-30',
  '2026-05-01',
  '2026-09-02',
  '2026-09-03',
];

describe('the Vietnamese working calendar', () => {
  it.each([...HOLIDAYS_2025, ...HOLIDAYS_2026])('%s is a named day off', (day) => {
    expect(calendar.isWorkingDay(day)).toBe(false);
    expect(calendar.holidayOf(day)).toBeDefined();
  });

  it('has no other weekday off in 2025 and 2026', () => {
    const off = new Set([...HOLIDAYS_2025, ...HOLIDAYS_2026]);
    for (let day = '2025-01-01'; day <= '2026-12-31'; day = addDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6 || off.has(day)) continue;
      expect(calendar.isWorkingDay(day), day).toBe(true);
    }
  });

  it('names holidays in Vietnamese and English', () => {
    expect(calendar.holidayOf('2026-02-17')).toEqual({
      vi: 'Tết Nguyên Đán',
      en: 'Lunar New Year (Tết)',
    });
    expect(calendar.holidayOf('2025-09-01')).toEqual({ vi: 'Quốc khánh', en: 'National Day' });
    expect(calendar.holidayOf('2026-03-10')).toBeUndefined();
    // A weekend is not a holiday, even inside a break.
    expect(calendar.holidayOf('2026-02-14')).toBeUndefined();
  });

  it('makes an announced Saturday a working day and its bridged weekday a day off', () => {
    expect(calendar.isWorkingDay('2025-04-26')).toBe(true);
    expect(calendar.holidayOf('2025-04-26')).toBeUndefined();
    expect(calendar.holidayOf('2025-05-02')?.en).toBe(
      'Swapped day off (made up on Saturday 2025-04-26)',
    );
    expect(calendar.nextWorkingDay('2025-04-25')).toBe('2025-04-26');
  });

  it('gives a compensatory day, the next working day, for a holiday on a weekend', () => {
    // Hùng Kings 2026 on a Sunday.
    expect(calendar.holidayOf('2026-04-27')).toEqual({
      vi: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      en: "Compensatory day off for Hùng Kings' Commemoration Day",
    });
    // Tết 2027: mùng 1 and 2 on Saturday and Sunday, the Monday and Tuesday already Tết days.
    for (const day of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']) {
      expect(calendar.isWorkingDay(day), day).toBe(false);
    }
    expect(calendar.holidayOf('2027-02-10')?.en).toBe(
      'Compensatory day off for Lunar New Year (Tết)',
    );
    expect(calendar.nextWorkingDay('2027-02-04')).toBe('2027-02-12');
    // 1 May 2027 on a Saturday.
    expect(calendar.holidayOf('2027-05-03')?.en).toBe(
      'Compensatory day off for International Labour Day',
    );
    // 2 September 2029 on a Sunday, with no notice: 3/09 joins it and the Sunday is made up on 4/09.
    expect(calendar.holidayOf('2029-09-03')?.en).toBe('National Day');
    expect(calendar.holidayOf('2029-09-04')?.en).toBe('Compensatory day off for National Day');
    expect(calendar.nextWorkingDay('2029-08-31')).toBe('2029-09-05');
  });

  it('counts working days so that adding and counting agree', () => {
    for (let day = '2024-12-01'; day <= '2028-01-31'; day = addDays(day, 1)) {
      for (const count of [0, 1, 2, 5]) {
        const later = calendar.addWorkingDays(day, count);
        expect(calendar.workingDaysBetween(day, later)).toBe(count);
        expect(calendar.workingDaysBetween(later, day) + count).toBe(0);
        if (count > 0) expect(calendar.isWorkingDay(later)).toBe(true);
      }
    }
  });

  it('refuses what is not a day or a count', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('26-2-3')).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => vietnamDayOf(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('service-level deadlines in working days', () => {
  it('takes the day in Hà Nội, not in UTC', () => {
    expect(vietnamDayOf(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
    expect(vietnamDayOf(new Date('2026-12-31T16:59:59.999Z'))).toBe('2026-12-31');
  });

  it('is due at the end of Tuesday for a request made on Friday evening with 2 working days', () => {
    const due = dueAfterWorkingDays(calendar, hanoi('2026-03-06T19:30:00'), 2);
    expect(due.toISOString()).toBe('2026-03-10T16:59:59.999Z');
    // 00:30 on Friday in Hà Nội is still Thursday in UTC: the Hà Nội day counts.
    expect(dueAfterWorkingDays(calendar, hanoi('2026-03-06T00:30:00'), 2).toISOString()).toBe(
      '2026-03-10T16:59:59.999Z',
    );
  });

  it('counts across Tết 2026: made on Friday 13/02, 2 working days land after the break', () => {
    const from = hanoi('2026-02-13T16:00:00');
    const due = dueAfterWorkingDays(calendar, from, 2);
    expect(due.toISOString()).toBe('2026-02-24T16:59:59.999Z');
    expect(workingDaysElapsed(calendar, from, hanoi('2026-02-22T23:00:00'))).toBe(0);
    expect(workingDaysElapsed(calendar, from, due)).toBe(2);
    expect(workingDaysElapsed(calendar, from, new Date(due.getTime() + 1))).toBe(3);
  });

  it('counts across 30/04–01/05, with the 2025 swap', () => {
    // 2026: Thursday and Friday off, then the weekend.
    expect(dueAfterWorkingDays(calendar, hanoi('2026-04-29T10:00:00'), 2).toISOString()).toBe(
      '2026-05-05T16:59:59.999Z',
    );
    // 2025: Wednesday to Sunday off (Friday 02/05 swapped); the Saturday before was worked.
    expect(dueAfterWorkingDays(calendar, hanoi('2025-04-29T10:00:00'), 1).toISOString()).toBe(
      '2025-05-05T16:59:59.999Z',
    );
    expect(dueAfterWorkingDays(calendar, hanoi('2025-04-25T18:00:00'), 1).toISOString()).toBe(
      '2025-04-26T16:59:59.999Z',
    );
  });

  it('counts across 2 September', () => {
    // 2025: Saturday 30/08 to Tuesday 02/09 off.
    expect(dueAfterWorkingDays(calendar, hanoi('2025-08-29T09:00:00'), 1).toISOString()).toBe(
      '2025-09-03T16:59:59.999Z',
    );
    // 2026 (derived): Wednesday 02/09 and Thursday 03/09 off.
    expect(dueAfterWorkingDays(calendar, hanoi('2026-09-01T09:00:00'), 1).toISOString()).toBe(
      '2026-09-04T16:59:59.999Z',
    );
    expect(
      workingDaysElapsed(calendar, hanoi('2026-09-01T09:00:00'), hanoi('2026-09-07T08:00:00')),
    ).toBe(2);
  });

  it('is due at the end of the same day for 0 working days, and elapsed time never counts the start day', () => {
    const from = hanoi('2026-03-09T08:00:00');
    expect(dueAfterWorkingDays(calendar, from, 0).toISOString()).toBe('2026-03-09T16:59:59.999Z');
    expect(workingDaysElapsed(calendar, from, hanoi('2026-03-09T23:00:00'))).toBe(0);
  });
});

describe('the announcements are data', () => {
  it('has a checked entry for 2025, 2026 and 2027, each with its source', () => {
    expect(ANNOUNCEMENTS.map((a) => a.year)).toEqual([2025, 2026, 2027]);
    for (const announcement of ANNOUNCEMENTS) expect(announcement.source).not.toBe('');
    expect(ANNOUNCEMENTS.find((a) => a.year === 2025)?.status).toBe('announced');
  });

  it('writes the derived years exactly as the default rule derives them', () => {
    for (const announcement of ANNOUNCEMENTS.filter((a) => a.status === 'derived')) {
      const rule = derivedAnnouncement(announcement.year);
      expect(announcement.tetDays).toEqual(rule.tetDays);
      expect(announcement.nationalDayExtra).toBe(rule.nationalDayExtra);
      expect(announcement.swaps).toEqual([]);
    }
  });

  it('takes next year from an added entry, with no code change', () => {
    const notice: HolidayAnnouncement = {
      ...derivedAnnouncement(2028),
      status: 'announced',
      source: 'a test notice',
      // A bridge: Monday 24/01/2028 off, made up on Saturday 15/01/2028.
      swaps: [{ workOn: '2028-01-15', dayOff: '2028-01-24' }],
    };
    const withNotice = vietnamWorkingCalendar([...ANNOUNCEMENTS, notice]);
    expect(calendar.isWorkingDay('2028-01-24')).toBe(true);
    expect(withNotice.isWorkingDay('2028-01-24')).toBe(false);
    expect(withNotice.isWorkingDay('2028-01-15')).toBe(true);
    // Without a notice, 2028 still follows the law: Tết 25/01 (eve) to 29/01.
    expect(calendar.isWorkingDay('2028-01-25')).toBe(false);
    expect(calendar.holidayOf('2028-01-26')?.vi).toBe('Tết Nguyên Đán');
  });

  it('refuses data that cannot be right', () => {
    const base = derivedAnnouncement(2028);
    expect(() => vietnamWorkingCalendar([base, base])).toThrow(/twice/);
    expect(() =>
      vietnamWorkingCalendar([
        { ...base, swaps: [{ workOn: '2028-01-16', dayOff: '2028-01-24' }] },
      ]),
    ).toThrow(/Saturday/);
    expect(() => vietnamWorkingCalendar([{ ...base, nationalDayExtra: '2028-09-04' }])).toThrow(
      /September/,
    );
    expect(() =>
      vietnamWorkingCalendar([
        {
          ...base,
          tetDays: ['2028-03-01', '2028-01-26', '2028-01-27', '2028-01-28', '2028-01-29'],
        },
      ]),
    ).toThrow(/not near Tết/);
  });
});
