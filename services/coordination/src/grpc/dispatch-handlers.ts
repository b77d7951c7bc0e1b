import type { HandlersOf } from '@expertnet/platform';
import type { CoordinationService } from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import { dispatchMessage, requestMessage } from './mapping/answers.ts';
import { dispatchStatuses } from './mapping/enums.ts';

type Handlers = HandlersOf<typeof CoordinationService>;

/** Finding and offering, the experts' answers, releases and engagements. */
export function dispatchHandlers({ app, now }: HandlerDependencies) {
  return {
    async suggestExperts(request, call) {
      const { candidates, degraded } = await app.suggestExperts(
        callerOf(call, now()),
        request.supportRequestId,
      );
      return {
        matches: candidates.map((candidate) => ({
          expert: {
            id: candidate.expertId,
            fullName: candidate.fullName,
            organisation: { code: candidate.organisationCode },
          },
          score: candidate.score,
          missingSkillCodes: [...candidate.missingSkillCodes],
          reasons: candidate.reasons.map((reason) => ({ message: { ...reason } })),
        })),
        degraded: degraded !== undefined,
        degradedReason: degraded,
        page: { nextCursor: '' },
      };
    },
    async startOffers(request, call) {
      const started = await app.startOffers(callerOf(call, now()), {
        id: request.supportRequestId,
        expectedVersion: request.expectedVersion,
        offersAtOnce: request.offersAtOnce,
        respondWithinDays: request.respondWithinDays,
        message: request.message,
      });
      const { dispatches } = await app.getSupportRequest(callerOf(call, now()), started.id);
      return { supportRequest: requestMessage(started, dispatches) };
    },
    async respondToDispatch(request, call) {
      const dispatch = await app.respondToDispatch(callerOf(call, now()), {
        id: request.dispatchId,
        expectedVersion: request.expectedVersion,
        accept: request.accept,
        reason: request.reason,
      });
      return { dispatch: dispatchMessage(dispatch) };
    },
    async withdrawDispatch(request, call) {
      const dispatch = await app.withdrawDispatch(callerOf(call, now()), {
        id: request.dispatchId,
        expectedVersion: request.expectedVersion,
        reason: request.reason,
      });
      return { dispatch: dispatchMessage(dispatch) };
    },
    async listDispatches(request, call) {
      const page = await app.listDispatches(callerOf(call, now()), {
        onlyMine: request.onlyMine,
        awaitingMyRelease: request.awaitingMyRelease,
        expertId: request.expertId,
        requestId: request.supportRequestId,
        statuses: request.statuses.map((status, index) =>
          dispatchStatuses.decode(status, `statuses[${String(index)}]`),
        ),
        page: pageOf(request.page),
      });
      return { dispatches: page.items.map(dispatchMessage), page: { nextCursor: page.nextCursor } };
    },
    async decideRelease(request, call) {
      const dispatch = await app.decideRelease(callerOf(call, now()), {
        id: request.dispatchId,
        expectedVersion: request.expectedVersion,
        release: request.release,
        reason: request.reason,
      });
      return { dispatch: dispatchMessage(dispatch) };
    },
    async startEngagement(request, call) {
      const dispatch = await app.startEngagement(callerOf(call, now()), {
        id: request.dispatchId,
        expectedVersion: request.expectedVersion,
      });
      return { dispatch: dispatchMessage(dispatch) };
    },
    async reportEngagement(request, call) {
      const dispatch = await app.reportEngagement(callerOf(call, now()), {
        id: request.dispatchId,
        expectedVersion: request.expectedVersion,
        report: {
          summary: request.report?.summary ?? '',
          hours: request.report?.hours ?? 0,
          deliverables: [...(request.report?.deliverables ?? [])],
        },
      });
      return { dispatch: dispatchMessage(dispatch) };
    },
    async rateEngagement(request, call) {
      const dispatch = await app.rateEngagement(callerOf(call, now()), {
        id: request.dispatchId,
        expectedVersion: request.expectedVersion,
        rating: request.rating?.rating ?? 0,
        feedback: request.rating?.feedback ?? '',
      });
      return { dispatch: dispatchMessage(dispatch) };
    },
    async cancelEngagement(request, call) {
      const dispatch = await app.cancelEngagement(callerOf(call, now()), {
        id: request.dispatchId,
        expectedVersion: request.expectedVersion,
        reason: request.reason,
      });
      return { dispatch: dispatchMessage(dispatch) };
    },
  } satisfies Partial<Handlers>;
}
