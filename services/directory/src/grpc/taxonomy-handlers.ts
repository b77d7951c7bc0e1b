import type { HandlersOf } from '@expertnet/platform';
import type { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type { DirectoryApp } from '../app.ts';
import { allow, pageOf } from './context.ts';
import { required, skillDefinitionOf } from './mapping/requests.ts';
import { skillDefinitionMessage } from './mapping/answers.ts';

type Handlers = HandlersOf<typeof DirectoryService>;

/** The skills taxonomy (read by all, kept by the programme office) and the sector list. */
export function taxonomyHandlers(app: DirectoryApp) {
  return {
    listSkills(request, call) {
      allow(call, 'ListSkills');
      const page = app.listSkills({
        query: request.query,
        category: request.category,
        includeDeprecated: request.includeDeprecated,
        page: pageOf(request.page),
      });
      return Promise.resolve({
        skills: page.items.map(skillDefinitionMessage),
        page: { nextCursor: page.nextCursor },
      });
    },

    async createSkill(request, call) {
      allow(call, 'CreateSkill');
      const skill = await app.createSkill(skillDefinitionOf(required(request.skill, 'skill')));
      return { skill: skillDefinitionMessage(skill) };
    },

    async updateSkill(request, call) {
      allow(call, 'UpdateSkill');
      const skill = await app.updateSkill(skillDefinitionOf(required(request.skill, 'skill')));
      return { skill: skillDefinitionMessage(skill) };
    },

    listSectors(_request, call) {
      allow(call, 'ListSectors');
      return Promise.resolve({ sectors: app.listSectors() });
    },
  } satisfies Partial<Handlers>;
}
