import type { PageQuery } from '@expertnet/platform';
import type { DuplicateFlag, DuplicateFlagStatus } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';

export interface ListDuplicateFlagsInput {
  readonly roundId?: string;
  readonly statuses: readonly DuplicateFlagStatus[];
  readonly page: PageQuery;
}

/** The programme office's list of people nominated twice, newest first. */
export function listDuplicateFlagsUseCase(deps: UseCaseDependencies) {
  return async (
    input: ListDuplicateFlagsInput,
  ): Promise<{ items: DuplicateFlag[]; nextCursor: string }> => {
    const { page, ...filter } = input;
    return deps.flags.list(filter, page);
  };
}
