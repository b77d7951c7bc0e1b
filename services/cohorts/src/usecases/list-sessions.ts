import type { PageQuery } from '@expertnet/platform';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { traineeTarget } from './shared/trainee-link.ts';

/** A cohort's sessions, for its facilitators, its trainees and the office. */
export async function listSessions(
  deps: Dependencies,
  caller: Caller,
  cohortId: string,
  page: PageQuery,
) {
  const cohort = await loaders(deps).cohort(cohortId);
  allow(caller, 'ListSessions', { cohort, trainee: await traineeTarget(deps, caller, cohort) });
  return deps.sessions.list(cohort.id, page);
}
