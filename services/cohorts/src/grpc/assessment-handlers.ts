import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import { assessmentMessage } from './mapping/results.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Scores per module: recorded by the cohort's facilitators and the office, read by those concerned. */
export function assessmentHandlers({ app, now }: HandlerDependencies) {
  return {
    async recordAssessments(request, call) {
      const results = await app.recordAssessments(callerOf(call, now()), {
        cohortId: request.cohortId,
        moduleCode: request.moduleCode,
        entries: request.scores.map(({ enrolmentId, score, comment }) => ({
          enrolmentId,
          score,
          comment,
        })),
      });
      return { results: results.map(assessmentMessage) };
    },

    async listAssessments(request, call) {
      const { cohortId, enrolmentId, moduleCode } = request;
      const page = await app.listAssessments(
        callerOf(call, now()),
        { cohortId, enrolmentId, moduleCode },
        pageOf(request.page),
      );
      return { results: page.items.map(assessmentMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
