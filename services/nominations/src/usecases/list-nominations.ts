import type { PageQuery } from '@expertnet/platform';
import type { Nomination, NominationStatus } from '../domain/index.ts';
import type { Order } from '../repositories/nominations.repository.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';

export interface ListNominationsInput {
  readonly roundId?: string | undefined;
  /** Organisations asked for; only a caller reaching all organisations chooses them. */
  readonly organisationCodes: readonly string[];
  readonly statuses: readonly NominationStatus[];
  readonly text: string;
  readonly onlyFlagged: boolean;
  readonly order: Order;
  readonly page: PageQuery;
}

/** A page of nominations in the caller's scope. */
export function listNominationsUseCase(deps: UseCaseDependencies) {
  return async (
    caller: Caller,
    input: ListNominationsInput,
  ): Promise<{ items: Nomination[]; nextCursor: string }> => {
    const { page, ...query } = input;
    // A nominator always sees their own organisation's, whatever organisations were asked for.
    const organisationCodes =
      caller.scope.reach === 'all-organisations' ? query.organisationCodes : [];
    return deps.nominations.list(caller.scope, { ...query, organisationCodes }, page);
  };
}
