import type { EnrolmentEvent } from './events.ts';
import type { ChangeContext, Enrolment, SeatPeriod } from './types.ts';

/**
 * What a change does to one cohort's counters: +1 enrolled takes a seat, -1 frees one. The store
 * applies a +1 only while enrolled_count < capacity (its guard against two replicas filling the
 * last seat) and, when the guard fails, runs the use case again on fresh counts.
 */
export interface SeatDelta {
  readonly cohortId: string;
  readonly enrolled: number;
  readonly waitlisted: number;
}

/**
 * An enrolment after one change, with the cohort counters to move and the events to publish. The
 * service stores the enrolment and its events in one write. `enrolment.version` is already the
 * next version (1 for a new enrolment).
 */
export interface EnrolmentChange {
  readonly enrolment: Enrolment;
  readonly seats: readonly SeatDelta[];
  readonly events: readonly EnrolmentEvent[];
}

/** Applies `changes`, refreshing the trainee's organisation in force and the bookkeeping. */
export function changed(
  before: Enrolment,
  changes: Partial<Enrolment>,
  context: ChangeContext,
): Enrolment {
  const merged = { ...before, ...changes };
  return {
    ...merged,
    trainee: {
      ...merged.trainee,
      effectiveOrganisationCode: context.resolve(merged.trainee.organisationCode),
    },
    version: before.version + 1,
    updatedAt: context.now,
  };
}

/** The seat history with a seat in `cohortId` taken at `now`. */
export const seatTaken = (seats: readonly SeatPeriod[], cohortId: string, now: Date) => [
  ...closeSeats(seats, now),
  { cohortId, from: now },
];

/** The seat history with the open seat (if any) given up at `now`. */
export const closeSeats = (seats: readonly SeatPeriod[], now: Date): SeatPeriod[] =>
  seats.map((seat) => (seat.until === undefined ? { ...seat, until: now } : seat));

/** Cohorts where a change freed a seat: promote their waitlists next (promoteWaitlist). */
export const freedSeats = (change: Pick<EnrolmentChange, 'seats'>): string[] =>
  change.seats.filter((delta) => delta.enrolled < 0).map((delta) => delta.cohortId);

/** Adds the counter moves of several changes, one entry per cohort, zero moves left out. */
export function netSeats(deltas: readonly SeatDelta[]): SeatDelta[] {
  const byCohort = new Map<string, SeatDelta>();
  for (const delta of deltas) {
    const sum = byCohort.get(delta.cohortId);
    byCohort.set(delta.cohortId, {
      cohortId: delta.cohortId,
      enrolled: (sum?.enrolled ?? 0) + delta.enrolled,
      waitlisted: (sum?.waitlisted ?? 0) + delta.waitlisted,
    });
  }
  return [...byCohort.values()].filter((delta) => delta.enrolled !== 0 || delta.waitlisted !== 0);
}
