import type { Nomination, NominationRevision } from '../domain/index.ts';
import { loadNomination, type Caller, type UseCaseDependencies } from './shared/dependencies.ts';

export interface ListNominationRevisionsInput {
  readonly nominationId: string;
}

/** The nomination's history, with the nomination (what may be shown depends on its owner). */
export function listNominationRevisionsUseCase(deps: UseCaseDependencies) {
  return async (
    caller: Caller,
    input: ListNominationRevisionsInput,
  ): Promise<{ nomination: Nomination; revisions: NominationRevision[] }> => {
    const nomination = await loadNomination(
      deps,
      caller,
      'ListNominationRevisions',
      input.nominationId,
    );
    const revisions = (await deps.nominations.revisions(caller.scope, nomination.id)) ?? [];
    return { nomination, revisions };
  };
}
