import type { FacetLabels, Sector, SkillDefinition, Taxonomy } from './domain/index.ts';

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
