import {
  findOrganisation,
  invalidArgument,
  resolveOrganisation,
  type CallContext,
  type OrganisationScope,
} from '@expertnet/platform';
import { authorise, type Operation } from '../domain/index.ts';
import type { Caller } from '../usecases/shared/dependencies.ts';

/** Refuses a code the reference data does not know, naming the request field. */
export function knownOrganisation(code: string, field = 'organisation.code'): string {
  if (findOrganisation(code) === undefined) {
    throw invalidArgument([{ field, description: `"${code}" is not a known organisation code` }]);
  }
  return code;
}

/** The access check of `operation`: the scope the caller may act in, or permission-denied. */
export const allow = (
  call: CallContext,
  operation: Operation,
  organisationCode?: string,
): OrganisationScope =>
  authorise(call.principal, operation, { organisationCode, resolve: resolveOrganisation });

/** Authorises `operation` and names the caller for the use case. */
export const callerFor = (
  call: CallContext,
  operation: Operation,
  organisationCode?: string,
): Caller => ({
  principal: call.principal,
  scope: allow(call, operation, organisationCode),
});

/** The paging of a list request; size 0 lets the repository choose. */
export const pageOf = (page: { pageSize: number; cursor: string } | undefined) => ({
  pageSize: page?.pageSize ?? 0,
  cursor: page?.cursor ?? '',
});
