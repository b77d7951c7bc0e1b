import {
  actorOf,
  resolveOrganisation,
  verifiedEmailOf,
  type CallContext,
} from '@expertnet/platform';
import type { PageRequest } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import { callerOrganisations } from '../domain/index.ts';
import type { CohortsApp } from '../app.ts';
import type { Caller } from '../usecases/shared/caller.ts';

/** What the handlers need: the service's use cases and its clock. */
export interface HandlerDependencies {
  readonly app: CohortsApp;
  readonly now: () => Date;
}

/**
 * The caller of an RPC as the use cases take it: the organisations the access check grants them
 * (a nominator's own, everyone else's all), the verified email their token carries, and who and
 * when for the changes they make. Each use case then authorises its operation on what it loads.
 */
export function callerOf(call: CallContext, now: Date): Caller {
  return {
    principal: call.principal,
    verifiedEmail: verifiedEmailOf(call.token),
    scope: callerOrganisations(call.principal, resolveOrganisation),
    context: { actor: actorOf(call.principal), now, resolve: resolveOrganisation },
  };
}

export const pageOf = (page: PageRequest | undefined) => ({
  pageSize: page?.pageSize ?? 0,
  cursor: page?.cursor ?? '',
});

export { required } from '../usecases/shared/dependencies.ts';
