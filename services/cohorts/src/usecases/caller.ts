import {
  resolveOrganisation,
  type ChangeContext,
  type OrganisationScope,
  type Principal,
} from '@expertnet/platform';
import {
  accessTargetOf,
  authorise,
  listScope,
  organisationRefusal,
  serviceScope,
  type Cohort,
  type ListScope,
  type Operation,
  type Party,
  type Trainee,
} from '../domain/index.ts';
import { OUT_OF_SCOPE, type OutOfScope } from '../repositories/enrolment-query.ts';

/**
 * Who asks, as the transport decoded and the access check granted it: the principal (for the
 * record-level checks that need what the use case loads), their verified email (to link a
 * trainee's first sign-in), the organisations they may reach, and the change context.
 */
export interface Caller {
  readonly principal: Principal | undefined;
  readonly verifiedEmail: string | undefined;
  readonly scope: OrganisationScope;
  readonly context: ChangeContext;
}

/** The service acting on its own (the nominations consumer, the sweeps). */
export function serviceCaller(context: ChangeContext): Caller {
  return { principal: undefined, verifiedEmail: undefined, scope: serviceScope(), context };
}

/** Authorises `operation` on what it touches (see the domain's ACCESS table), or throws. */
export const allow = (
  caller: Caller,
  operation: Operation,
  parts: { readonly cohort?: Cohort | undefined; readonly trainee?: Trainee | undefined } = {},
): Party => authorise(caller.principal, operation, accessTargetOf(parts, resolveOrganisation));

/**
 * What a scoped read of one record found, for the caller: ORG_SCOPE_VIOLATION (as `authorise`
 * refuses a nominator) when it is another organisation's, so "not yours" is never answered as
 * "does not exist"; undefined when there is none. `operation` names the refusal, when one asked.
 */
export function reached<T>(
  caller: Caller,
  found: T | OutOfScope | undefined,
  operation?: Operation,
): T | undefined {
  if (found === OUT_OF_SCOPE) throw organisationRefusal(caller.principal, operation);
  return found;
}

/** How a list must be narrowed for the caller. */
export const listScopeOf = (caller: Caller, operation: Operation, cohort?: Cohort): ListScope =>
  listScope(caller.principal, operation, {
    cohort: accessTargetOf({ cohort }, resolveOrganisation).cohort,
    resolve: resolveOrganisation,
  });

/** The caller's subject for "only mine" filters: '-' (matching nothing) when they have none. */
export function ownSubject(caller: Caller): string {
  const subject = caller.principal?.subject ?? '';
  return subject === '' ? '-' : subject;
}
