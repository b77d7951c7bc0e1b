import type { OrganisationResolver } from '../domain/vocabulary.ts';

declare const grantedByAccessCheck: unique symbol;

/**
 * Which organisations' records a caller may reach, as an access check granted it. The brand means
 * no other code can make one: repositories that read or change organisation-owned data require a
 * scope, so a forgotten argument is a compile error, not another organisation's records. "All
 * organisations" is its own value, never an empty list.
 */
export type OrganisationScope = { readonly [grantedByAccessCheck]: true } & (
  | { readonly reach: 'all-organisations' }
  /** One organisation by its current code; records of its merged predecessors belong to it. */
  | { readonly reach: 'organisation'; readonly organisationCode: string }
);

/** Whether a record owned by `organisationCode` (as recorded, maybe a predecessor) is in scope. */
export function scopeAdmits(
  scope: OrganisationScope,
  organisationCode: string,
  resolve: OrganisationResolver,
): boolean {
  return (
    scope.reach === 'all-organisations' || resolve(organisationCode) === scope.organisationCode
  );
}
