import { DomainError } from '@expertnet/platform';
import {
  createNomination,
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

export interface CreateNominationInput {
  /** The client's request id, which becomes the nomination's id. */
  readonly requestId: string;
  readonly roundId: string;
  readonly organisationCode: string;
  readonly candidate: Candidate;
  readonly nationalId: string;
  readonly officer: NominatingOfficer;
}

/** A draft for the caller's organisation; a retried create returns the first draft. */
export function createNominationUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: CreateNominationInput): Promise<Nomination> => {
    const round = await loadRound(deps, input.roundId);
    const context = changeContextOf(deps, caller);
    const change = createNomination(
      round,
      {
        id: input.requestId,
        organisationCode: input.organisationCode,
        candidate: input.candidate,
        nationalIdHash: hashOf(deps, input.nationalId),
        officer: input.officer,
      },
      context,
    );
    // The client's request id is the nomination's id: a retried create finds the first one.
    if (!(await deps.nominations.insert(caller.scope, change, []))) {
      const existing = await loadNomination(deps, caller, 'GetNomination', input.requestId);
      if (existing.createdBy !== caller.principal.subject) {
        throw new DomainError(
          'already-exists',
          'REQUEST_ID_REUSED',
          'request_id was used for another nomination',
        );
      }
      return existing;
    }
    await flagIfDuplicate(deps, change.nomination, context);
    return change.nomination;
  };
}
