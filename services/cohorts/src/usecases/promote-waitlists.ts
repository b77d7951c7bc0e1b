import type { Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { seating } from './shared/seats.ts';

/**
 * Promotions a crash cut short: every cohort with a free seat and someone waiting fills it from
 * its waitlist, the same way a freed seat is filled right after a change (seats.ts).
 */
export async function promoteWaitlists(deps: Dependencies, caller: Caller): Promise<void> {
  const seats = seating(deps, loaders(deps));
  for (const cohort of await deps.cohorts.promotable()) await seats.promoteIn(cohort.id, caller);
}
