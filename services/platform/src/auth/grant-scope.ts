// The only constructors of OrganisationScope. Lint allows importing this module (the kit's
// `@expertnet/platform/access` entry) only from a service's access check, src/domain/access.ts,
// and from the kit's own tests: everything else receives a scope, it never makes one.
import type { OrganisationScope } from './organisation-scope.ts';

export function grantAllOrganisations(): OrganisationScope {
  return { reach: 'all-organisations' } as OrganisationScope;
}

/** `currentCode` must already be resolved to the organisation in force today. */
export function grantOrganisation(currentCode: string): OrganisationScope {
  if (currentCode === '') throw new Error('an organisation scope needs an organisation code');
  return { reach: 'organisation', organisationCode: currentCode } as OrganisationScope;
}
