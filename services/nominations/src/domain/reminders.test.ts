import { describe, expect, it } from 'vitest';
import { dueReminder, nextReminderAt, reminderAt } from './reminders.ts';
import { AFTER, aRound, BEFORE, CLOSES_AT, DURING } from '../../test/fixtures.ts';

const DAY = 86_400_000;
const at = (daysBeforeClose: number, plusMs = 0) =>
  new Date(CLOSES_AT.getTime() - daysBeforeClose * DAY + plusMs);

describe('reminderAt', () => {
  it('is whole 24-hour days before the deadline, Vietnam having no daylight saving', () => {
    expect(reminderAt(aRound(), 7)).toEqual(new Date('2025-09-23T10:00:00Z'));
    expect(reminderAt(aRound(), 1)).toEqual(new Date('2025-09-29T10:00:00Z'));
  });
});

describe('dueReminder', () => {
  const round = aRound({ reminderDaysBeforeClose: [7, 1] });

  it('has nothing due before the first threshold', () => {
    expect(dueReminder(round, at(7, -1), [])).toBeUndefined();
  });

  it('announces each threshold once, from its instant on', () => {
    expect(dueReminder(round, at(7), [])).toEqual({ daysBeforeClose: 7, markSent: [7] });
    expect(dueReminder(round, at(3), [7])).toBeUndefined();
    expect(dueReminder(round, at(1), [7])).toEqual({ daysBeforeClose: 1, markSent: [1] });
    expect(dueReminder(round, at(0, -1), [7, 1])).toBeUndefined();
  });

  it('sends only the latest of several missed thresholds and settles them all', () => {
    expect(dueReminder(round, at(1, 3_600_000), [])).toEqual({
      daysBeforeClose: 1,
      markSent: [7, 1],
    });
  });

  it('ignores days sent that the round no longer lists', () => {
    expect(dueReminder(round, at(7), [14])).toEqual({ daysBeforeClose: 7, markSent: [7] });
  });

  it('sends nothing for a round that is not open', () => {
    expect(dueReminder(round, AFTER, [])).toBeUndefined();
    expect(dueReminder(aRound({ status: 'draft' }), at(1), [])).toBeUndefined();
    expect(dueReminder(aRound({ status: 'closed', closedAt: DURING }), at(1), [])).toBeUndefined();
    expect(dueReminder(aRound({ reminderDaysBeforeClose: [] }), at(1), [])).toBeUndefined();
  });
});

describe('nextReminderAt', () => {
  const round = aRound({ reminderDaysBeforeClose: [1, 7] });

  it('is the earliest unsent reminder, even one already due', () => {
    expect(nextReminderAt(round, DURING, [])).toEqual(at(7));
    expect(nextReminderAt(round, DURING, [7])).toEqual(at(1));
    expect(nextReminderAt(round, at(2), [])).toEqual(at(7));
    expect(nextReminderAt(aRound({ status: 'scheduled' }), BEFORE, [])).toEqual(at(7));
  });

  it('is undefined when nothing is left or the round is a draft or closed', () => {
    expect(nextReminderAt(round, DURING, [1, 7])).toBeUndefined();
    expect(nextReminderAt(aRound({ status: 'draft' }), DURING, [])).toBeUndefined();
    expect(nextReminderAt(round, AFTER, [])).toBeUndefined();
  });
});
