import { decideNomination, type DecisionOutcome, type Nomination } from '../domain/index.ts';
import {
  changeContextOf,
  loadNomination,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { saveChange } from './shared/nomination-changes.ts';

export interface DecideNominationInput {
  readonly nominationId: string;
  readonly expectedVersion: number;
  readonly outcome: DecisionOutcome;
  readonly reason: string;
}

/** The office decides; a rejection gives the quota slot back, a changed decision takes it again. */
export function decideNominationUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: DecideNominationInput): Promise<Nomination> => {
    const nomination = await loadNomination(deps, caller, 'DecideNomination', input.nominationId);
    const context = changeContextOf(deps, caller);
    const change = decideNomination(
      nomination,
      { outcome: input.outcome, reason: input.reason },
      context,
    );
    return saveChange(deps, caller.scope, nomination, change, input.expectedVersion, context);
  };
}
