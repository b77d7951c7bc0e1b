import { createCohort as newCohort, type Cohort, type CohortSettings } from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';

/** A cohort of a track, run by the programme office. */
export async function createCohort(
  deps: Dependencies,
  caller: Caller,
  settings: CohortSettings,
): Promise<Cohort> {
  allow(caller, 'CreateCohort');
  const track = await loaders(deps).track(settings.trackId);
  const cohort = newCohort(deps.newId(), settings, track, deps.now());
  await deps.cohorts.insert(cohort);
  return cohort;
}
