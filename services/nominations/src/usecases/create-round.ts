import { createRound, type Round, type RoundSettings } from '../domain/index.ts';
import type { UseCaseDependencies } from './shared/dependencies.ts';
import { asSeenAt } from './shared/round-support.ts';

/** A draft round, seen only by the programme office until it is opened. */
export function createRoundUseCase(deps: UseCaseDependencies) {
  return async (settings: RoundSettings): Promise<Round> => {
    const now = deps.now();
    const round = createRound(deps.newId(), settings, now);
    await deps.rounds.insert(round);
    return asSeenAt(round, now);
  };
}
