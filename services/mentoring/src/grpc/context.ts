import {
  actorOf,
  resolveOrganisation,
  verifiedEmailOf,
  type CallContext,
} from '@expertnet/platform';
import type { PageRequest } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import type { MentoringApp } from '../app.ts';
import type { Caller } from '../usecases/shared/caller.ts';

/** What the handlers need: the service's use cases and its clock. */
export interface HandlerDependencies {
  readonly app: MentoringApp;
  readonly now: () => Date;
}

/** The caller of an RPC as the use cases take it; each use case authorises on what it loads. */
export const callerOf = (call: CallContext, now: Date): Caller => ({
  principal: call.principal,
  verifiedEmail: verifiedEmailOf(call.token),
  context: { actor: actorOf(call.principal), now, resolve: resolveOrganisation },
});

export const DEFAULT_PAGE_SIZE = 20;

export const pageOf = (page: PageRequest | undefined) => ({
  pageSize: page === undefined || page.pageSize === 0 ? DEFAULT_PAGE_SIZE : page.pageSize,
  cursor: page?.cursor ?? '',
});
