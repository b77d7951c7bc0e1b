import { actorOf, resolveOrganisation, type CallContext } from '@expertnet/platform';
import type { PageRequest } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import type { CoordinationApp } from '../app.ts';
import type { Caller } from '../usecases/shared/dependencies.ts';

export interface HandlerDependencies {
  readonly app: CoordinationApp;
  readonly now: () => Date;
}

export const callerOf = (call: CallContext, now: Date): Caller => ({
  principal: call.principal,
  context: { actor: actorOf(call.principal), now, resolve: resolveOrganisation },
});

export const DEFAULT_PAGE_SIZE = 20;

export const pageOf = (page: PageRequest | undefined) => ({
  pageSize: page === undefined || page.pageSize === 0 ? DEFAULT_PAGE_SIZE : page.pageSize,
  cursor: page?.cursor ?? '',
});
