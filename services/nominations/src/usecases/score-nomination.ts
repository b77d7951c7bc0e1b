import { scoreNomination, type CriterionScore, type Nomination } from '../domain/index.ts';
import {
  changeContextOf,
  loadNomination,
  loadRound,
  type Caller,
  type UseCaseDependencies,
} from './shared/dependencies.ts';
import { saveChange } from './shared/nomination-changes.ts';

export interface ScoreNominationInput {
  readonly nominationId: string;
  readonly scores: readonly CriterionScore[];
  readonly comment: string;
}

/** A reviewer scores a nomination on the round's rubric; scoring again replaces their review. */
export function scoreNominationUseCase(deps: UseCaseDependencies) {
  return async (caller: Caller, input: ScoreNominationInput): Promise<Nomination> => {
    const nomination = await loadNomination(deps, caller, 'ScoreNomination', input.nominationId);
    const round = await loadRound(deps, nomination.roundId);
    const context = changeContextOf(deps, caller);
    const change = scoreNomination(
      round,
      nomination,
      {
        reviewerName: caller.principal.subject,
        scores: input.scores,
        comment: input.comment,
      },
      context,
    );
    // Reviewers score independently: a score is never refused for a stale version.
    return saveChange(deps, caller.scope, nomination, change, nomination.version, context);
  };
}
