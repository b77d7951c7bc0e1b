import type { Cohort } from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';

export async function getCohort(deps: Dependencies, caller: Caller, id: string): Promise<Cohort> {
  const cohort = await loaders(deps).cohort(id);
  allow(caller, 'GetCohort', { cohort });
  return cohort;
}
