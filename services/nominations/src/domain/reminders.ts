import { DAY_MS } from './calendar.ts';
import { effectiveRoundStatus } from './rounds.ts';
import type { Round } from './types.ts';

/** When the reminder `daysBeforeClose` days before the deadline is due. */
export function reminderAt(round: Round, daysBeforeClose: number): Date {
  // Vietnam keeps no daylight saving, so a day before the deadline is always 24 hours.
  return new Date(round.closesAt.getTime() - daysBeforeClose * DAY_MS);
}

/** What a scheduler should send now: one reminder, and every threshold it settles. */
export interface ReminderPlan {
  /** The reminder to announce: the closest to the deadline among those due. */
  readonly daysBeforeClose: number;
  /** Thresholds to record as sent, including missed earlier ones that are now superseded. */
  readonly markSent: readonly number[];
}

function unsent(round: Round, sent: readonly number[]): number[] {
  return round.reminderDaysBeforeClose.filter((days) => !sent.includes(days));
}

/**
 * The reminder due at `now`, given those already sent for this round, or undefined. A scheduler
 * that was down across several thresholds sends only the latest ("1 day left"), not a stale
 * "7 days left" as well; each threshold is sent at most once.
 */
export function dueReminder(
  round: Round,
  now: Date,
  sent: readonly number[],
): ReminderPlan | undefined {
  if (effectiveRoundStatus(round, now) !== 'open') return undefined;
  const due = unsent(round, sent)
    .filter((days) => reminderAt(round, days).getTime() <= now.getTime())
    .sort((a, b) => b - a);
  const latest = due.at(-1);
  return latest === undefined ? undefined : { daysBeforeClose: latest, markSent: due };
}

/**
 * When the scheduler should look again: the earliest unsent reminder (possibly already due), or
 * undefined when the round is a draft, closed, or has nothing left to send.
 */
export function nextReminderAt(round: Round, now: Date, sent: readonly number[]): Date | undefined {
  const status = effectiveRoundStatus(round, now);
  if (status === 'draft' || status === 'closed') return undefined;
  const times = unsent(round, sent).map((days) => reminderAt(round, days).getTime());
  return times.length === 0 ? undefined : new Date(Math.min(...times));
}
