import type { ExpertMatch, MatchRequest } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { offsetOf, pageOfList, type Page, type PageRequest } from './shared/paging.ts';

/** Experts ranked for a need: required skills, a filter, preferred provinces, a period. */
export const matchExperts =
  (deps: UseCaseDependencies) =>
  (request: MatchRequest, page: PageRequest): Page<ExpertMatch> => {
    const offset = offsetOf(page.cursor);
    // One row past the page says whether there is a next one.
    const matches = deps.index.match(request, offset + page.size + 1, deps.now());
    return pageOfList(matches, offset, page.size);
  };
