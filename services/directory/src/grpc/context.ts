import { verifiedEmailOf, type CallContext } from '@expertnet/platform';
import type { PageRequest as PageMessage } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import { authorise, type AccessTarget, type Operation, type Party } from '../domain/index.ts';
import type { Caller } from '../usecases/shared/dependencies.ts';
import type { PageRequest } from '../usecases/shared/paging.ts';

/**
 * Authorises `operation` with the domain's ACCESS table, or throws. Edits of a profile are
 * authorised by their use case instead, once the profile (and so its owner) is loaded.
 */
export const allow = (call: CallContext, operation: Operation, target: AccessTarget = {}): Party =>
  authorise(call.principal, operation, target);

/** The caller as use cases know them: the principal and the token's verified email. */
export const callerOf = (call: CallContext): Caller => ({
  principal: call.principal,
  verifiedEmail: verifiedEmailOf(call.token),
});

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const pageSizeOf = (page: PageMessage | undefined) =>
  Math.min(
    page === undefined || page.pageSize === 0 ? DEFAULT_PAGE_SIZE : page.pageSize,
    MAX_PAGE_SIZE,
  );

export const pageOf = (page: PageMessage | undefined): PageRequest => ({
  cursor: page?.cursor ?? '',
  size: pageSizeOf(page),
});
