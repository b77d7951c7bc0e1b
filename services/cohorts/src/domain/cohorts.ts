import { DomainError, invalidArgument } from '@expertnet/platform';
import { validateCohortSettings } from './cohort-settings.ts';
import type {
  Cohort,
  CohortFacts,
  CohortSettings,
  CohortStatus,
  CohortView,
  Track,
} from './types.ts';

/** PLANNED -> RUNNING -> FINISHED, or CANCELLED from PLANNED (UpdateCohortRequest's contract). */
const NEXT_STATUSES: Readonly<Record<CohortStatus, readonly CohortStatus[]>> = {
  planned: ['planned', 'running', 'cancelled'],
  running: ['running', 'finished'],
  finished: ['finished'],
  cancelled: [],
};

export function createCohort(
  id: string,
  settings: CohortSettings,
  track: Track,
  now: Date,
): Cohort {
  assertValid(settings);
  assertTrack(settings, track);
  return {
    id,
    settings,
    status: 'planned',
    enrolledCount: 0,
    waitlistedCount: 0,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/** A cohort after UpdateCohort, with what the caller must do next in the same use case. */
export interface CohortUpdate {
  readonly cohort: Cohort;
  /** Capacity grew: promote from the waitlist (promoteWaitlist). */
  readonly promote: boolean;
  /** Cancelled: its trainees go back to the pool (returnToPool), its waiters are released. */
  readonly returnToPool: boolean;
}

/**
 * Changes settings and status. The track stays fixed: sessions, attendance and scores refer to its
 * modules, so another track means another cohort. Lowering capacity below the seats taken is
 * refused rather than choosing whom to unseat.
 */
export function updateCohort(
  cohort: Cohort,
  settings: CohortSettings,
  status: CohortStatus,
  now: Date,
): CohortUpdate {
  assertTransition(cohort, status);
  assertValid(settings);
  assertTrackKept(cohort, settings);
  assertCapacityKept(cohort, settings);
  const updated: Cohort = {
    ...cohort,
    settings,
    status,
    version: cohort.version + 1,
    updatedAt: now,
  };
  return {
    cohort: updated,
    promote: acceptsTrainees(updated) && settings.capacity > cohort.settings.capacity,
    returnToPool: status === 'cancelled',
  };
}

function assertTrackKept(cohort: Cohort, settings: CohortSettings): void {
  if (settings.trackId === cohort.settings.trackId) return;
  throw new DomainError(
    'failed-precondition',
    'TRACK_FIXED',
    `cohort ${cohort.id} keeps its track; create another cohort`,
    { violations: [{ field: 'settings.track_id', description: 'may not change' }] },
  );
}

function assertCapacityKept(cohort: Cohort, settings: CohortSettings): void {
  const taken = cohort.enrolledCount;
  if (settings.capacity >= taken) return;
  throw new DomainError(
    'failed-precondition',
    'CAPACITY_BELOW_ENROLLED',
    `cohort ${cohort.id} has ${taken} seats taken; capacity ${settings.capacity} is too low`,
    { violations: [{ field: 'settings.capacity', description: `must be at least ${taken}` }] },
  );
}

function assertTransition(cohort: Cohort, status: CohortStatus): void {
  if (NEXT_STATUSES[cohort.status].includes(status)) return;
  throw new DomainError(
    'failed-precondition',
    cohort.status === 'cancelled' ? 'COHORT_CANCELLED' : 'COHORT_INVALID_TRANSITION',
    `a ${cohort.status} cohort cannot become ${status}`,
  );
}

function assertValid(settings: CohortSettings): void {
  const violations = validateCohortSettings(settings);
  if (violations.length > 0) throw invalidArgument(violations);
}

/** Guards against a caller pairing settings with another track: a bug, not user input. */
function assertTrack(settings: CohortSettings, track: Track): void {
  if (settings.trackId !== track.id) {
    throw new Error(`cohort settings name track ${settings.trackId}, not ${track.id}`);
  }
}

/** Planned and running cohorts take trainees (late joiners included); others are closed. */
export const acceptsTrainees = (cohort: Cohort) =>
  cohort.status === 'planned' || cohort.status === 'running';

export const hasFreeSeat = (cohort: Cohort) => cohort.enrolledCount < cohort.settings.capacity;

export const freeSeats = (cohort: Cohort) =>
  Math.max(0, cohort.settings.capacity - cohort.enrolledCount);

export const isFacilitatorOf = (cohort: Cohort, subject: string) =>
  subject !== '' &&
  cohort.settings.facilitators.some((facilitator) => facilitator.subject === subject);

export function cohortFacts({ cohort, track }: CohortView): CohortFacts {
  return {
    cohortId: cohort.id,
    code: cohort.settings.code,
    name: cohort.settings.name,
    trackId: track.id,
    trackCode: track.settings.code,
    startDate: cohort.settings.startDate,
    endDate: cohort.settings.endDate,
  };
}

/** Refuses work on a cohort that takes no trainees (finished or cancelled). */
export function assertAcceptsTrainees(cohort: Cohort): void {
  if (acceptsTrainees(cohort)) return;
  throw new DomainError(
    'failed-precondition',
    'COHORT_CLOSED',
    `cohort ${cohort.settings.code} is ${cohort.status} and takes no trainees`,
  );
}
