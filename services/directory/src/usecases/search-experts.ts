import type { SearchQuery, SearchResult } from '../read-model/expert-index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';

/** A search as asked: no order means relevance for words, name order for a bare filter. */
export type ExpertSearch = Omit<SearchQuery, 'now' | 'order'> & {
  readonly order: SearchQuery['order'] | undefined;
};

/**
 * Expert search on the in-memory read model over what the network may see of each profile
 * (docs/adr/0003-search-read-model.md): what a field's visibility hides never matches, ranks or
 * counts in a facet, whoever asks.
 */
export const searchExperts =
  (deps: UseCaseDependencies) =>
  (search: ExpertSearch): SearchResult =>
    deps.index.search({
      ...search,
      order: search.order ?? (search.query.trim() === '' ? 'name' : 'relevance'),
      now: deps.now(),
    });
