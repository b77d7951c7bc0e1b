import type { SkillDefinition } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { reloadTaxonomy } from './shared/catalogue.ts';

/** A skill's names, description, aliases or deprecation changed (UpdateSkill). */
export const updateSkill =
  (deps: UseCaseDependencies) =>
  async (skill: SkillDefinition): Promise<SkillDefinition> => {
    await deps.skills.replace(skill);
    await reloadTaxonomy(deps);
    return skill;
  };
