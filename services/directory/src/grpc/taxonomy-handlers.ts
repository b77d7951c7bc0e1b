import { DomainError, type HandlersOf } from '@expertnet/platform';
import type { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { searchTaxonomy } from '../domain/index.ts';
import { allow, offsetOf, pageOfList, pageSizeOf, required, type Dependencies } from './context.ts';
import { skillDefinitionMessage, skillDefinitionOf } from './mapping.ts';

type Handlers = HandlersOf<typeof DirectoryService>;

/** The skills taxonomy (read by all, kept by the programme office) and the sector list. */
export function taxonomyHandlers(deps: Dependencies) {
  /** A changed name or alias changes what finds an expert: the read model re-derives its words. */
  async function reload() {
    deps.catalogue.replaceSkills(await deps.skills.all());
    deps.index.setTaxonomy(deps.catalogue.labels());
  }

  return {
    listSkills(request, call) {
      allow(call, 'ListSkills');
      const skills = searchTaxonomy(deps.catalogue.taxonomy(), request.query, {
        category: request.category,
        includeDeprecated: request.includeDeprecated,
      });
      const page = pageOfList(skills, offsetOf(request.page), pageSizeOf(request.page));
      return Promise.resolve({
        skills: page.items.map(skillDefinitionMessage),
        page: { nextCursor: page.nextCursor },
      });
    },

    async createSkill(request, call) {
      allow(call, 'CreateSkill');
      const skill = skillDefinitionOf(required(request.skill, 'skill'));
      if (!(await deps.skills.insert(skill))) {
        throw new DomainError('conflict', 'SKILL_EXISTS', `skill ${skill.code} exists already`);
      }
      await reload();
      return { skill: skillDefinitionMessage(skill) };
    },

    async updateSkill(request, call) {
      allow(call, 'UpdateSkill');
      const skill = skillDefinitionOf(required(request.skill, 'skill'));
      await deps.skills.replace(skill);
      await reload();
      return { skill: skillDefinitionMessage(skill) };
    },

    listSectors(_request, call) {
      allow(call, 'ListSectors');
      return Promise.resolve({ sectors: [...deps.catalogue.sectors.values()] });
    },
  } satisfies Partial<Handlers>;
}
