import { DomainError } from '../errors/domain-error.ts';
import type { Principal } from './principal.ts';

/** Refuses a caller that has none of the roles. */
export function requireRole(principal: Principal, ...roles: readonly string[]): void {
  if (!roles.some((role) => principal.roles.has(role))) {
    throw new DomainError(
      'permission-denied',
      'ROLE_REQUIRED',
      `this needs one of the roles: ${roles.join(', ')}`,
    );
  }
}

/**
 * Refuses a caller acting on another organisation's data, unless one of its roles works across
 * organisations (e.g. the programme office). Owning services call this, not only the gateway.
 */
export function requireOrgScope(
  principal: Principal,
  org: string,
  crossOrgRoles: readonly string[] = [],
): void {
  if (principal.org !== '' && principal.org === org) return;
  if (crossOrgRoles.some((role) => principal.roles.has(role))) return;
  throw new DomainError(
    'permission-denied',
    'ORG_SCOPE_VIOLATION',
    `organisation ${principal.org === '' ? '(none)' : principal.org} may not act on ${org}`,
  );
}
