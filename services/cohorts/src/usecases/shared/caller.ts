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
  personalOrganisations,
  serviceScope,
  type Cohort,
  type ListScope,
  type Operation,
  type Party,
  type Trainee,
} from '../../domain/index.ts';
import { OutOfScope } from '../../repositories/enrolment-query.ts';
import type { Dependencies } from './dependencies.ts';

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
 * "does not exist"; undefined when there is none. For reads that serve the office's operations
 * and the service itself; a read for an operation open to facilitators or trainees goes through
 * readRecord.
 */
export function reached<T>(
  caller: Caller,
  found: T | OutOfScope | undefined,
  operation?: Operation,
): T | undefined {
  if (found instanceof OutOfScope) throw organisationRefusal(caller.principal, operation);
  return found;
}

/**
 * The organisations the caller reaches for `operation` on what it touches: every one where they
 * stand as the cohort's facilitator or as the trainee concerned (the domain's
 * personalOrganisations), else their own scope. Decided on what the use case has loaded: no read.
 */
export const scopeFor = (
  caller: Caller,
  operation: Operation,
  parts: { readonly cohort?: Cohort | undefined; readonly traineeSubject?: string | undefined },
): OrganisationScope =>
  personalOrganisations(caller.principal, operation, {
    cohort: accessTargetOf({ cohort: parts.cohort }, resolveOrganisation).cohort,
    traineeSubject: parts.traineeSubject,
  }) ?? caller.scope;

/**
 * Reads one record for `operation` with the caller's scope. When it lies outside (another
 * organisation's), the repository's OutOfScope names only its cohort and its trainee's subject:
 * the cohort is loaded (the one extra read, on this path only) and the access check asked for a
 * grant for this record alone (the caller is the cohort's facilitator or the trainee, in a row
 * admitting them); with one the record is read again under it, without one the caller is refused
 * ORG_SCOPE_VIOLATION. Answers what was found (undefined for none) and the scope it was read with,
 * for the rest of the same record's reads.
 */
export async function readRecord<T>(
  deps: Pick<Dependencies, 'cohorts'>,
  caller: Caller,
  operation: Operation,
  read: (scope: OrganisationScope) => Promise<T | OutOfScope | undefined>,
): Promise<{ readonly found: T | undefined; readonly scope: OrganisationScope }> {
  const found = await read(caller.scope);
  if (!(found instanceof OutOfScope)) return { found, scope: caller.scope };
  const cohort = found.cohortId === '' ? undefined : await deps.cohorts.get(found.cohortId);
  const grant = personalOrganisations(caller.principal, operation, {
    cohort: accessTargetOf({ cohort }, resolveOrganisation).cohort,
    traineeSubject: found.traineeSubject,
  });
  if (grant === undefined) throw organisationRefusal(caller.principal, operation);
  const again = await read(grant);
  if (again instanceof OutOfScope) throw organisationRefusal(caller.principal, operation);
  return { found: again, scope: grant };
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
