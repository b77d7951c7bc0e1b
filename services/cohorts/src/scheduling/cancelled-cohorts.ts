import { resolveOrganisation, type Dependencies } from '../grpc/context.ts';
import { loaders } from '../grpc/loading.ts';
import { seating } from '../grpc/seating.ts';

/** Work the service finishes on its own is recorded as the service's, not a person's. */
const SERVICE_ACTOR = { subject: 'svc-cohorts', orgCode: '', roles: [], service: 'svc-cohorts' };

/**
 * Finishes what a crash cut short after a cohort was cancelled: its trainees back to the pool and
 * its waiters released. UpdateCohort does this right after saving the cancellation; the sweep is
 * only the safety net, so it reads just the cancelled cohorts that still hold someone.
 */
export function cancelledCohortsSweep(deps: Dependencies) {
  const load = loaders(deps);
  const seats = seating(deps, load);
  return async (): Promise<void> => {
    for (const cohort of await deps.cohorts.cancelledWithMembers()) {
      const context = { actor: SERVICE_ACTOR, now: deps.now(), resolve: resolveOrganisation };
      await seats.releaseCancelled(await load.viewOf(cohort), context);
    }
  };
}
