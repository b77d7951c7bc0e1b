import { returnNomination, type Nomination } from '../domain/index.ts';
import {
  changeContextOf,
  loadNomination,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { saveChange } from './shared/nomination-changes.ts';

export interface ReturnNominationInput {
  readonly nominationId: string;
  readonly expectedVersion: number;
  readonly reason: string;
}

/** A reviewer or the office sends a nomination back for changes; it keeps its quota slot. */
export function returnNominationUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: ReturnNominationInput): Promise<Nomination> => {
    const nomination = await loadNomination(deps, caller, 'ReturnNomination', input.nominationId);
    const context = changeContextOf(deps, caller);
    const change = returnNomination(nomination, input.reason, context);
    return saveChange(deps, caller.scope, nomination, change, input.expectedVersion, context);
  };
}
