import type { FacetLabels, Sector, SkillDefinition, Taxonomy } from '../../domain/index.ts';
import type { ExpertIndex } from '../../read-model/expert-index.ts';
import type { SkillsRepository } from '../../repositories/skills.repository.ts';

/**
 * The skills taxonomy and the sector list as the service holds them: small, read on every
 * search, changed only by the programme office (CreateSkill, UpdateSkill), so kept in memory and
 * replaced whole on a change.
 */
export interface Catalogue {
  readonly taxonomy: () => Taxonomy;
  readonly sectors: ReadonlyMap<string, Sector>;
  readonly labels: () => FacetLabels;
  readonly replaceSkills: (skills: readonly SkillDefinition[]) => void;
}

export function catalogueOf(
  skills: readonly SkillDefinition[],
  sectors: readonly Sector[],
): Catalogue {
  const sectorMap: ReadonlyMap<string, Sector> = new Map(sectors.map((s) => [s.code, s]));
  let taxonomy: Taxonomy = new Map(skills.map((skill) => [skill.code, skill]));
  return {
    taxonomy: () => taxonomy,
    sectors: sectorMap,
    labels: () => ({ taxonomy, sectors: sectorMap }),
    replaceSkills(next) {
      taxonomy = new Map(next.map((skill) => [skill.code, skill]));
    },
  };
}

/**
 * After the office changed the taxonomy: the catalogue takes the stored skills, and the read
 * model re-derives its words, since a changed name or alias changes what finds an expert.
 */
export async function reloadTaxonomy(deps: {
  readonly skills: SkillsRepository;
  readonly catalogue: Catalogue;
  readonly index: ExpertIndex;
}): Promise<void> {
  deps.catalogue.replaceSkills(await deps.skills.all());
  deps.index.setTaxonomy(deps.catalogue.labels());
}
