import { closeRound, type Round } from '../domain/index.ts';
import {
  changeContextOf,
  envelopes,
  loadRound,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { asSeenAt, ledgerOf } from './shared/round-support.ts';

export interface CloseRoundInput {
  readonly roundId: string;
  readonly expectedVersion: number;
  readonly reason: string;
}

/** Closes a round early (RoundClosed, with the final ledger). */
export function closeRoundUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: CloseRoundInput): Promise<Round> => {
    const round = await loadRound(deps, input.roundId);
    const context = changeContextOf(deps, caller);
    const ledger = await ledgerOf(deps, caller.scope, round, round.quotas);
    const change = closeRound(round, { reason: input.reason, ledger }, context.now);
    const events = envelopes(change.events, context);
    await deps.rounds.save(change.round, input.expectedVersion, {}, events);
    deps.eventsWritten({ collection: 'rounds', id: round.id });
    return asSeenAt(change.round, context.now);
  };
}
