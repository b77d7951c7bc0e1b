import type { HandlersOf } from '@expertnet/platform';
import type { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type { DirectoryApp } from '../app.ts';
import { allow, callerOf, pageOf, pageSizeOf } from './context.ts';
import { facetFieldsOf, filterOf, requirementsOf, searchOrderOf } from './mapping/requests.ts';
import { facetMessage, reasonMessage, summaryMessage } from './mapping/answers.ts';
import { availabilityMessage, mentoringMessage, skillMessage } from './mapping/profile-parts.ts';

type Handlers = HandlersOf<typeof DirectoryService>;

/**
 * Search, peers and matching, all answered by the in-memory read model over what the network may
 * see of each profile (docs/adr/0003-search-read-model.md).
 */
export function searchHandlers(app: DirectoryApp) {
  return {
    searchExperts(request, call) {
      allow(call, 'SearchExperts');
      const result = app.searchExperts({
        query: request.query,
        filter: filterOf(request.filter),
        facets: facetFieldsOf(request.facets),
        order: searchOrderOf(request.order),
        pageSize: pageSizeOf(request.page),
        cursor: request.page?.cursor ?? '',
      });
      return Promise.resolve({
        hits: result.hits.map((hit) => ({
          expert: summaryMessage(hit.view),
          score: hit.score,
          matchedSkillCodes: [...hit.matchedSkillCodes],
        })),
        facets: result.facets.map(facetMessage),
        totalCount: result.totalCount,
        page: { nextCursor: result.nextCursor },
      });
    },

    async findPeers(request, call) {
      allow(call, 'FindPeers');
      const page = await app.findPeers(callerOf(call), {
        expertId: request.expertId,
        filter: filterOf(request.filter),
        page: pageOf(request.page),
      });
      return {
        peers: page.items.map((peer) => ({
          expert: summaryMessage(peer.expert),
          similarity: peer.similarity,
          reasons: peer.reasons.map(reasonMessage),
        })),
        page: { nextCursor: page.nextCursor },
      };
    },

    matchExperts(request, call) {
      allow(call, 'MatchExperts');
      const page = app.matchExperts(
        {
          skills: requirementsOf(request.skills, 'skills'),
          filter: filterOf(request.filter),
          preferredProvinceCodes: request.preferredProvinces.map((ref) => ref.code),
          availableFrom: request.availableFrom,
          availableTo: request.availableTo,
          excludeExpertIds: request.excludeExpertIds,
        },
        pageOf(request.page),
      );
      return Promise.resolve({
        matches: page.items.map((match) => ({
          expert: summaryMessage(match.expert),
          score: match.score,
          matchedSkills: match.matchedSkills.map(skillMessage),
          missingSkillCodes: [...match.missingSkillCodes],
          ...(match.expert.availability && {
            availability: availabilityMessage(match.expert.availability),
          }),
          ...(match.expert.mentoring && { mentoring: mentoringMessage(match.expert.mentoring) }),
          reasons: match.reasons.map(reasonMessage),
        })),
        page: { nextCursor: page.nextCursor },
      });
    },
  } satisfies Partial<Handlers>;
}
