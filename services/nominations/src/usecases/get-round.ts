import { DomainError } from '@expertnet/platform';
import { canSeeRound, type Round } from '../domain/index.ts';
import { loadRound, type Caller, type UseCaseDependencies } from './shared/dependencies.ts';
import { asSeenAt } from './shared/round-support.ts';

export interface GetRoundInput {
  readonly roundId: string;
}

export function getRoundUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: GetRoundInput): Promise<Round> => {
    const round = asSeenAt(await loadRound(deps, input.roundId), deps.now());
    if (!canSeeRound(caller.principal, round.status)) {
      // A draft is invisible to those who may not see it, rather than forbidden.
      throw new DomainError('not-found', 'NOT_FOUND', `round ${input.roundId} does not exist`);
    }
    return round;
  };
}
