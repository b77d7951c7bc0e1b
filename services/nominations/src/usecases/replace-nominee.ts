import { nameBasedUuid, resolveOrganisation } from '@expertnet/platform';
import { replaceNominee, type Candidate, type Nomination } from '../domain/index.ts';
import {
  changeContextOf,
  envelopes,
  hashOf,
  loadNomination,
  loadRound,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { flagIfDuplicate } from './shared/flag-duplicates.ts';
import { saveChange } from './shared/nomination-changes.ts';

export interface ReplaceNomineeInput {
  readonly nominationId: string;
  readonly expectedVersion: number;
  readonly candidate: Candidate;
  readonly nationalId: string;
  readonly reason: string;
}

/** Namespace of replacement ids (a random UUID fixed once; changing it would change every id). */
const REPLACEMENT_ID_NAMESPACE = '4d3f0c8e-2b61-4f5a-9e07-8c1b6a2d9f34';

/**
 * An id fixed by the replaced nomination and its version: a retry after a crash between the two
 * writes finds the replacement already stored instead of making a second one.
 */
const replacementId = (nomination: Nomination) =>
  nameBasedUuid(REPLACEMENT_ID_NAMESPACE, `${nomination.id}:${String(nomination.version)}`);

/** Another person takes a nomination's place, and its quota slot, whatever the ceiling says. */
export function replaceNomineeUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: ReplaceNomineeInput) => {
    const { scope } = caller;
    const nomination = await loadNomination(deps, caller, 'ReplaceNominee', input.nominationId);
    const round = await loadRound(deps, nomination.roundId);
    const context = changeContextOf(deps, caller);
    const { replaced, replacement } = replaceNominee(
      round,
      nomination,
      {
        newId: replacementId(nomination),
        candidate: input.candidate,
        nationalIdHash: hashOf(deps, input.nationalId),
        reason: input.reason,
      },
      context,
    );
    const newId = replacement.nomination.id;
    await deps.nominations.insert(scope, replacement, envelopes(replacement.events, context));
    const owner = resolveOrganisation(nomination.organisationCode);
    await deps.slots.claimRegardless(scope, round.id, owner, newId);
    await saveChange(deps, scope, nomination, replaced, input.expectedVersion, context);
    deps.eventsWritten({ collection: 'nominations', id: newId });
    await flagIfDuplicate(deps, replacement.nomination, context);
    return { replaced: replaced.nomination, replacement: replacement.nomination };
  };
}
