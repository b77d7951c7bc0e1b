import { enumName, type CallContext, type HandlersOf } from '@expertnet/platform';
import {
  DecisionOutcomeSchema,
  type NominationsService,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import {
  decideNomination,
  returnNomination,
  scoreNomination,
  type DecisionOutcome,
  type Operation,
} from '../domain/index.ts';
import { allow, changeContext, required, type Dependencies } from './context.ts';
import { saveChange } from './saving.ts';

type Handlers = HandlersOf<typeof NominationsService>;

/** Review: returning for changes, scoring on the rubric, and the programme office's decision. */
export function reviewHandlers(deps: Dependencies) {
  const { nominations } = deps;

  async function loadFor(call: CallContext, operation: Operation, id: string) {
    const nomination = required(await nominations.get(id), `nomination ${id}`);
    allow(call, operation, nomination.organisationCode);
    return nomination;
  }

  return {
    async returnNomination(request, call) {
      const nomination = await loadFor(call, 'ReturnNomination', request.nominationId);
      const change = returnNomination(nomination, request.reason, changeContext(call, deps.now()));
      return saveChange(deps, call, nomination, change, request.expectedVersion);
    },

    async scoreNomination(request, call) {
      const nomination = await loadFor(call, 'ScoreNomination', request.nominationId);
      const round = required(await deps.rounds.get(nomination.roundId), 'round');
      const change = scoreNomination(
        round,
        nomination,
        {
          reviewerName: call.principal.subject,
          scores: request.scores.map(({ criterionCode, score }) => ({ criterionCode, score })),
          comment: request.comment,
        },
        changeContext(call, deps.now()),
      );
      // Reviewers score independently: a score is never refused for a stale version.
      return saveChange(deps, call, nomination, change, nomination.version);
    },

    async decideNomination(request, call) {
      const nomination = await loadFor(call, 'DecideNomination', request.nominationId);
      const change = decideNomination(
        nomination,
        {
          outcome: enumName(DecisionOutcomeSchema, request.outcome) as DecisionOutcome,
          reason: request.reason,
        },
        changeContext(call, deps.now()),
      );
      return saveChange(deps, call, nomination, change, request.expectedVersion);
    },
  } satisfies Partial<Handlers>;
}
