import { DomainError } from '../errors/domain-error.ts';
import type { Principal } from './principal.ts';

/**
 * A service's access table made callable: `access` names, for each operation, the parties that
 * may perform it (the one table a service enforces); `stands` says whether a caller stands as a
 * party towards what the operation touches. A party not named in a row is refused.
 */
export function accessTable<Operation extends string, Party extends string, Target>(
  access: Readonly<Record<Operation, readonly Party[]>>,
  stands: (principal: Principal, party: Party, target: Target) => boolean,
) {
  /** The parties the caller stands as for `operation` on `target`, in the table's order. */
  function partiesOf(
    principal: Principal | undefined,
    operation: Operation,
    target: Target,
  ): Party[] {
    if (principal === undefined) return [];
    return access[operation].filter((party) => stands(principal, party, target));
  }

  /** Authorises `operation`, answering the first party the caller stands as, or throws. */
  function authorise(
    principal: Principal | undefined,
    operation: Operation,
    target: Target,
  ): Party {
    if (principal === undefined) {
      throw new DomainError('unauthenticated', 'UNAUTHENTICATED', 'sign in first');
    }
    const [party] = partiesOf(principal, operation, target);
    if (party !== undefined) return party;
    throw new DomainError(
      'permission-denied',
      'PERMISSION_DENIED',
      `${operation} is for ${access[operation].join(', ')}`,
    );
  }

  return { partiesOf, authorise };
}
