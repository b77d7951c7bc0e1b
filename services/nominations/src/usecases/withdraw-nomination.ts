import { withdrawNomination, type Nomination } from '../domain/index.ts';
import {
  changeContextOf,
  loadNomination,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { saveChange } from './shared/nomination-changes.ts';

export interface WithdrawNominationInput {
  readonly nominationId: string;
  readonly expectedVersion: number;
  readonly reason: string;
}

/** Withdraws a nomination; a submitted one gives its quota slot back. */
export function withdrawNominationUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: WithdrawNominationInput): Promise<Nomination> => {
    const nomination = await loadNomination(deps, caller, 'WithdrawNomination', input.nominationId);
    const context = changeContextOf(deps, caller);
    const change = withdrawNomination(nomination, input.reason, context);
    return saveChange(deps, caller.scope, nomination, change, input.expectedVersion, context);
  };
}
