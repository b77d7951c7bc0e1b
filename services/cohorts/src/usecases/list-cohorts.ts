import type { PageQuery } from '@expertnet/platform';
import type { CohortQuery } from '../repositories/cohorts.repository.ts';
import { allow, ownSubject, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';

export interface CohortListRequest extends Omit<CohortQuery, 'facilitator'> {
  /** Only the cohorts the caller facilitates. */
  readonly onlyMine: boolean;
}

export async function listCohorts(
  deps: Dependencies,
  caller: Caller,
  request: CohortListRequest,
  page: PageQuery,
) {
  allow(caller, 'ListCohorts');
  const { onlyMine, ...query } = request;
  // A caller without a subject facilitates nothing.
  const facilitator = onlyMine ? ownSubject(caller) : undefined;
  return deps.cohorts.list({ ...query, facilitator }, page);
}
