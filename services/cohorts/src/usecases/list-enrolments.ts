import { resolveOrganisation, type PageQuery } from '@expertnet/platform';
import { listOrganisations, type EnrolmentStatus } from '../domain/index.ts';
import { listScopeOf, ownSubject, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders, withPositions } from './shared/loading.ts';
import { linkCaller } from './shared/trainee-link.ts';

export interface EnrolmentListRequest {
  /** '' for every cohort. */
  readonly cohortId: string;
  /** An organisation asked for, any code ('' for none); a nominator sees only their own. */
  readonly organisationCode: string;
  readonly statuses: readonly EnrolmentStatus[];
  readonly text: string;
  readonly onlyMine: boolean;
}

/** Enrolments as the caller may see them: what they asked, narrowed to their reach. */
export async function listEnrolments(
  deps: Dependencies,
  caller: Caller,
  request: EnrolmentListRequest,
  page: PageQuery,
) {
  const cohort = request.cohortId === '' ? undefined : await loaders(deps).cohort(request.cohortId);
  const scope = listScopeOf(caller, 'ListEnrolments', cohort);
  const mine = request.onlyMine || scope.reach === 'self';
  if (mine) await linkCaller(deps, caller);
  const found = await deps.enrolments.list(
    {
      organisations: listOrganisations(scope, request.organisationCode, resolveOrganisation),
      cohortId: cohort?.id,
      statuses: request.statuses,
      text: request.text,
      // A caller without a subject has no records of their own.
      userSubject: mine ? ownSubject(caller) : undefined,
    },
    page,
  );
  return { items: await withPositions(deps, found.items), nextCursor: found.nextCursor };
}
