import type { HandlersOf } from '@expertnet/platform';
import type { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { viewProfile } from '../domain/index.ts';
import { allow, found, offsetOf, pageOfList, pageSizeOf, type Dependencies } from './context.ts';
import { callerProfile } from './own-profile.ts';
import {
  availabilityMessage,
  facetFieldsOf,
  facetMessage,
  filterOf,
  mentoringMessage,
  reasonMessage,
  requirementsOf,
  searchOrderOf,
  skillMessage,
  summaryMessage,
} from './mapping.ts';

type Handlers = HandlersOf<typeof DirectoryService>;

/**
 * Search, peers and matching, all answered by the in-memory read model over what the network may
 * see of each profile (docs/adr/0003-search-read-model.md): what a field's visibility hides never
 * matches, ranks, counts in a facet or explains a result, whoever asks.
 */
export function searchHandlers(deps: Dependencies) {
  return {
    searchExperts(request, call) {
      allow(call, 'SearchExperts');
      const result = deps.index.search({
        query: request.query,
        filter: filterOf(request.filter),
        facets: facetFieldsOf(request.facets),
        order: searchOrderOf(request.order) ?? (request.query.trim() === '' ? 'name' : 'relevance'),
        pageSize: pageSizeOf(request.page),
        cursor: request.page?.cursor ?? '',
        now: deps.now(),
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
      const self =
        request.expertId === ''
          ? await callerProfile(deps, call)
          : found(deps.index.get(request.expertId), `profile ${request.expertId}`);
      const now = deps.now();
      const offset = offsetOf(request.page);
      const size = pageSizeOf(request.page);
      const peers = deps.index.peers(
        viewProfile(self, 'network', now),
        filterOf(request.filter),
        offset + size + 1,
        now,
      );
      const page = pageOfList(peers, offset, size);
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
      const offset = offsetOf(request.page);
      const size = pageSizeOf(request.page);
      const matches = deps.index.match(
        {
          skills: requirementsOf(request.skills),
          filter: filterOf(request.filter),
          preferredProvinceCodes: request.preferredProvinces.map((ref) => ref.code),
          availableFrom: request.availableFrom,
          availableTo: request.availableTo,
          excludeExpertIds: request.excludeExpertIds,
        },
        offset + size + 1,
        deps.now(),
      );
      const page = pageOfList(matches, offset, size);
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
