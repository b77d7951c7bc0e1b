import { searchTaxonomy, type SkillDefinition } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { offsetOf, pageOfList, type Page, type PageRequest } from './shared/paging.ts';

export interface SkillsQuery {
  readonly query: string;
  /** '' for every category. */
  readonly category: string;
  readonly includeDeprecated: boolean;
  readonly page: PageRequest;
}

/** The taxonomy, searched in memory (ListSkills). */
export const listSkills =
  (deps: UseCaseDependencies) =>
  (query: SkillsQuery): Page<SkillDefinition> => {
    const skills = searchTaxonomy(deps.catalogue.taxonomy(), query.query, {
      category: query.category,
      includeDeprecated: query.includeDeprecated,
    });
    return pageOfList(skills, offsetOf(query.page.cursor), query.page.size);
  };
