import { NO_FILTER } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';

const WARM_UP = {
  query: '',
  filter: NO_FILTER,
  facets: [],
  order: 'name',
  pageSize: 1,
  cursor: '',
} as const;

/**
 * Loads every stored profile into the search read model, at start (after the feed of other
 * replicas' writes has started, so none made meanwhile is missed). Gives how many it holds.
 */
export const loadReadModel = (deps: UseCaseDependencies) => async (): Promise<number> => {
  for await (const profile of deps.profiles.all()) deps.index.upsert(profile);
  // The first search sorts every name; done here, so no caller waits for it.
  deps.index.search({ ...WARM_UP, now: deps.now() });
  return deps.index.size;
};
