import {
  updateCohort as changedCohort,
  type Cohort,
  type CohortSettings,
  type CohortStatus,
} from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { seating } from './shared/seats.ts';

export interface CohortUpdateRequest {
  readonly cohortId: string;
  readonly settings: CohortSettings;
  readonly status: CohortStatus;
  readonly expectedVersion: number;
}

/**
 * Settings and status. A capacity raised promotes from the waitlist; a cancellation sends the
 * trainees back to the pool. Both follow the saved cohort, and the periodic sweep finishes them
 * if the process stops in between.
 */
export async function updateCohort(
  deps: Dependencies,
  caller: Caller,
  input: CohortUpdateRequest,
): Promise<Cohort> {
  allow(caller, 'UpdateCohort');
  const load = loaders(deps);
  const seats = seating(deps, load);
  const cohort = await load.cohort(input.cohortId);
  const update = changedCohort(cohort, input.settings, input.status, caller.context.now);
  await deps.cohorts.save(update.cohort, input.expectedVersion);
  if (update.returnToPool) {
    await seats
      .releaseCancelled(await load.viewOf(update.cohort), caller)
      .catch((error: unknown) => {
        deps.logger.warn({ err: error, cohortId: cohort.id }, 'release left to the sweep');
      });
  }
  if (update.promote) await seats.promote(update.cohort.id, caller);
  return load.cohort(cohort.id);
}
