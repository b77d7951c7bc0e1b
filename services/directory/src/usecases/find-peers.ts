import { viewProfile, type ExpertFilter, type PeerSuggestion } from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { ownProfile } from './shared/own-profile.ts';
import { offsetOf, pageOfList, type Page, type PageRequest } from './shared/paging.ts';
import { found } from './shared/profiles.ts';

export interface PeersQuery {
  /** '' for the caller's own profile. */
  readonly expertId: string;
  readonly filter: ExpertFilter;
  readonly page: PageRequest;
}

/**
 * Experts most like one (FindPeers), compared on what the network may see of both, so a hidden
 * field neither finds nor explains a peer.
 */
export const findPeers =
  (deps: UseCaseDependencies) =>
  async (caller: Caller, query: PeersQuery): Promise<Page<PeerSuggestion>> => {
    const self =
      query.expertId === ''
        ? await ownProfile(deps, caller)
        : found(deps.index.get(query.expertId), `profile ${query.expertId}`);
    const now = deps.now();
    const offset = offsetOf(query.page.cursor);
    const { size } = query.page;
    // One row past the page says whether there is a next one.
    const peers = deps.index.peers(
      viewProfile(self, 'network', now),
      query.filter,
      offset + size + 1,
      now,
    );
    return pageOfList(peers, offset, size);
  };
