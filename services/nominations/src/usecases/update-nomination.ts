import {
  updateNomination,
  type Candidate,
  type NominatingOfficer,
  type Nomination,
} from '../domain/index.ts';
import {
  changeContextOf,
  hashOf,
  loadNomination,
  loadRound,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { flagIfDuplicate } from './shared/flag-duplicates.ts';
import { saveChange } from './shared/nomination-changes.ts';

export interface UpdateNominationInput {
  readonly nominationId: string;
  readonly expectedVersion: number;
  readonly candidate: Candidate;
  readonly officer: NominatingOfficer;
  /** Empty: the national ID stays as it was. */
  readonly nationalId: string;
}

/** The nominator corrects a draft or a returned nomination; eligibility is evaluated again. */
export function updateNominationUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: UpdateNominationInput): Promise<Nomination> => {
    const nomination = await loadNomination(deps, caller, 'UpdateNomination', input.nominationId);
    const round = await loadRound(deps, nomination.roundId);
    const context = changeContextOf(deps, caller);
    const change = updateNomination(
      round,
      nomination,
      {
        candidate: input.candidate,
        officer: input.officer,
        nationalIdHash: input.nationalId === '' ? undefined : hashOf(deps, input.nationalId),
      },
      context,
    );
    const saved = await saveChange(
      deps,
      caller.scope,
      nomination,
      change,
      input.expectedVersion,
      context,
    );
    await flagIfDuplicate(deps, change.nomination, context);
    return saved;
  };
}
