import { resolveOrganisation, type PageQuery } from '@expertnet/platform';
import { listOrganisations, type Certificate, type CertificateStatus } from '../domain/index.ts';
import { listScopeOf, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { linkCaller } from './shared/trainee-link.ts';

export interface CertificateListRequest {
  /** '' for every cohort. */
  readonly cohortId: string;
  /** An organisation asked for, any code ('' for none); a nominator sees only their own. */
  readonly organisationCode: string;
  readonly statuses: readonly CertificateStatus[];
}

/** Certificates as the caller may see them: the office all, a nominator their own, a trainee theirs. */
export async function listCertificates(
  deps: Dependencies,
  caller: Caller,
  request: CertificateListRequest,
  page: PageQuery,
): Promise<{ items: Certificate[]; nextCursor: string }> {
  const cohort = request.cohortId === '' ? undefined : await loaders(deps).cohort(request.cohortId);
  const scope = listScopeOf(caller, 'ListCertificates', cohort);
  if (scope.reach === 'self') await linkCaller(deps, caller);
  const found = await deps.certificates.list(
    {
      organisations: listOrganisations(scope, request.organisationCode, resolveOrganisation),
      cohortId: cohort?.id,
      statuses: request.statuses,
      userSubject: scope.reach === 'self' ? scope.subject : undefined,
    },
    page,
  );
  return { items: found.items.map((held) => held.certificate), nextCursor: found.nextCursor };
}
