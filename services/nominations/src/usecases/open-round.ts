import { openRound, type Round } from '../domain/index.ts';
import {
  changeContextOf,
  envelopes,
  loadRound,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { asSeenAt } from './shared/round-support.ts';

export interface OpenRoundInput {
  readonly roundId: string;
  readonly expectedVersion: number;
}

/** Publishes a draft round (RoundOpened); it opens and closes by its dates from then on. */
export function openRoundUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: OpenRoundInput): Promise<Round> => {
    const round = await loadRound(deps, input.roundId);
    const context = changeContextOf(deps, caller);
    const change = openRound(round, round.quotas, context.now);
    const events = envelopes(change.events, context);
    await deps.rounds.save(change.round, input.expectedVersion, {}, events);
    deps.eventsWritten({ collection: 'rounds', id: round.id });
    return asSeenAt(change.round, context.now);
  };
}
