import {
  serviceScope,
  waitlistPositions,
  type Cohort,
  type CohortView,
  type Enrolment,
  type Operation,
} from '../../domain/index.ts';
import { readRecord, type Caller } from './caller.ts';
import { required, type Dependencies } from './dependencies.ts';

/**
 * Loads what a use case acts on, NOT_FOUND when it does not exist; an enrolment of an
 * organisation outside the caller's scope is ORG_SCOPE_VIOLATION for `operation`, unless the
 * caller is its cohort's facilitator or its trainee in a row admitting them (readRecord). The
 * enrolment comes with the scope it was read with, for the rest of the same record's reads.
 */
export function loaders(deps: Dependencies) {
  const track = async (id: string) => required(await deps.tracks.get(id), `track ${id}`);
  const cohort = async (id: string) => required(await deps.cohorts.get(id), `cohort ${id}`);

  /** A cohort with its track (what event facts and module checks need). */
  async function viewOf(cohortOrId: Cohort | string): Promise<CohortView> {
    const loaded = typeof cohortOrId === 'string' ? await cohort(cohortOrId) : cohortOrId;
    return { cohort: loaded, track: await track(loaded.settings.trackId) };
  }

  return {
    track,
    cohort,
    viewOf,
    session: async (id: string) => required(await deps.sessions.get(id), `session ${id}`),
    enrolment: async (caller: Caller, operation: Operation, id: string) => {
      const read = await readRecord(deps, caller, operation, (scope) =>
        deps.enrolments.get(scope, id),
      );
      return { enrolment: required(read.found, `enrolment ${id}`), scope: read.scope };
    },
    /** The cohort an enrolment sits or waits in; undefined while pooled. */
    placeOf: async (cohortId: string) => (cohortId === '' ? undefined : viewOf(cohortId)),
    /** The cohort an enrolment names, when it names one. */
    cohortOf: async (enrolment: Enrolment) =>
      enrolment.cohortId === '' ? undefined : cohort(enrolment.cohortId),
  };
}

export type Loaders = ReturnType<typeof loaders>;

/** An enrolment with its place in its cohort's queue (0 unless waitlisted). */
export interface PositionedEnrolment {
  readonly enrolment: Enrolment;
  readonly waitlistPosition: number;
}

/**
 * Enrolments with their waitlist places, as every enrolment answer shows them. A place counts
 * everyone in the queue, whoever nominated them, so the queue is read with the service's scope:
 * only the number leaves this function, never another organisation's enrolment.
 */
export async function withPositions(
  deps: Dependencies,
  enrolments: readonly Enrolment[],
): Promise<PositionedEnrolment[]> {
  const cohortIds = new Set(
    enrolments
      .filter((enrolment) => enrolment.status === 'waitlisted')
      .map((enrolment) => enrolment.cohortId),
  );
  const positions = new Map<string, number>();
  for (const cohortId of cohortIds) {
    const queue = await deps.enrolments.waitlistOf(serviceScope(), cohortId);
    for (const [id, position] of waitlistPositions(queue, cohortId)) positions.set(id, position);
  }
  return enrolments.map((enrolment) => ({
    enrolment,
    waitlistPosition: enrolment.status === 'waitlisted' ? (positions.get(enrolment.id) ?? 0) : 0,
  }));
}
