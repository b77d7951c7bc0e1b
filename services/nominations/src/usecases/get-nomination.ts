import type { Nomination } from '../domain/index.ts';
import { loadNomination, type Caller, type UseCaseDependencies } from './shared/dependencies.ts';

export interface GetNominationInput {
  readonly nominationId: string;
}

export function getNominationUseCase(deps: UseCaseDependencies) {
  return (caller: Caller, input: GetNominationInput): Promise<Nomination> =>
    loadNomination(deps, caller, 'GetNomination', input.nominationId);
}
