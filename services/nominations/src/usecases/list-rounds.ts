import { canSeeRound, type Round, type RoundStatus } from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { asSeenAt } from './shared/round-support.ts';

export interface ListRoundsInput {
  /** Empty: every status the caller may see. */
  readonly statuses: readonly RoundStatus[];
  readonly cursor: string;
}

/** Rounds newest opening first, as the caller may see them. */
export function listRoundsUseCase(deps: UseCaseDependencies) {
  return async (
    caller: Caller,
    input: ListRoundsInput,
  ): Promise<{ items: Round[]; nextCursor: string }> => {
    const page = await deps.rounds.list([], { pageSize: 200, cursor: input.cursor });
    const now = deps.now();
    // Effective status follows the clock, so it is filtered here rather than in the query.
    const items = page.items
      .map((round) => asSeenAt(round, now))
      .filter(
        ({ status }) =>
          canSeeRound(caller.principal, status) &&
          (input.statuses.length === 0 || input.statuses.includes(status)),
      );
    return { items, nextCursor: page.nextCursor };
  };
}
