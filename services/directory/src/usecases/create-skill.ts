import { DomainError } from '@expertnet/platform';
import type { SkillDefinition } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { reloadTaxonomy } from './shared/catalogue.ts';

/** A new skill in the taxonomy (CreateSkill); SKILL_EXISTS when its code is taken. */
export const createSkill =
  (deps: UseCaseDependencies) =>
  async (skill: SkillDefinition): Promise<SkillDefinition> => {
    if (!(await deps.skills.insert(skill))) {
      throw new DomainError('conflict', 'SKILL_EXISTS', `skill ${skill.code} exists already`);
    }
    await reloadTaxonomy(deps);
    return skill;
  };
