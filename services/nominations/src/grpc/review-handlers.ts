import type { HandlersOf } from '@expertnet/platform';
import type { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { NominationsApp } from '../app.ts';
import { callerFor } from './context.ts';
import { decisionOutcomes } from './mapping/enums.ts';
import { nominationMessage } from './mapping/nominations.ts';

type Handlers = HandlersOf<typeof NominationsService>;

/** Review: returning for changes, scoring on the rubric, and the programme office's decision. */
export function reviewHandlers(usecases: NominationsApp) {
  return {
    async returnNomination(request, call) {
      const caller = callerFor(call, 'ReturnNomination');
      const { nominationId, expectedVersion, reason } = request;
      const nomination = await usecases.returnNomination(caller, {
        nominationId,
        expectedVersion,
        reason,
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async scoreNomination(request, call) {
      const caller = callerFor(call, 'ScoreNomination');
      const nomination = await usecases.scoreNomination(caller, {
        nominationId: request.nominationId,
        scores: request.scores.map(({ criterionCode, score }) => ({ criterionCode, score })),
        comment: request.comment,
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },

    async decideNomination(request, call) {
      const caller = callerFor(call, 'DecideNomination');
      const nomination = await usecases.decideNomination(caller, {
        nominationId: request.nominationId,
        expectedVersion: request.expectedVersion,
        outcome: decisionOutcomes.decode(request.outcome, 'outcome'),
        reason: request.reason,
      });
      return { nomination: nominationMessage(nomination, call.principal) };
    },
  } satisfies Partial<Handlers>;
}
