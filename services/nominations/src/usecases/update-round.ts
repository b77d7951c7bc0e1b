import { updateRound, type Round, type RoundSettings } from '../domain/index.ts';
import { loadRound, type UseCaseDependencies } from './shared/dependencies.ts';
import { asSeenAt } from './shared/round-support.ts';

export interface UpdateRoundInput {
  readonly roundId: string;
  readonly expectedVersion: number;
  readonly settings: RoundSettings;
}

export function updateRoundUseCase(deps: UseCaseDependencies) {
  return async (input: UpdateRoundInput): Promise<Round> => {
    const round = await loadRound(deps, input.roundId);
    const now = deps.now();
    const updated = updateRound(round, input.settings, now);
    await deps.rounds.save(updated, input.expectedVersion, {}, []);
    return asSeenAt(updated, now);
  };
}
