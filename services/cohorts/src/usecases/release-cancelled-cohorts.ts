import type { Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { seating } from './shared/seats.ts';

/**
 * Finishes what a crash cut short after a cohort was cancelled: its trainees back to the pool and
 * its waiters released. UpdateCohort does this right after saving the cancellation; this is only
 * the safety net, so it reads just the cancelled cohorts that still hold someone.
 */
export async function releaseCancelledCohorts(deps: Dependencies, caller: Caller): Promise<void> {
  const load = loaders(deps);
  const seats = seating(deps, load);
  for (const cohort of await deps.cohorts.cancelledWithMembers()) {
    await seats.releaseCancelled(await load.viewOf(cohort), caller);
  }
}
