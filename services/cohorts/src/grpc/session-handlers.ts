import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { callerOf, pageOf, required, type HandlerDependencies } from './context.ts';
import { sessionMessage } from './mapping/answers.ts';
import { sessionSettingsOf } from './mapping/requests.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Sessions: scheduled by the programme office, seen by the cohort's people only. */
export function sessionHandlers({ app, now }: HandlerDependencies) {
  return {
    async scheduleSession(request, call) {
      const settings = sessionSettingsOf(required(request.settings, 'settings'));
      const session = await app.scheduleSession(callerOf(call, now()), {
        cohortId: request.cohortId,
        settings,
      });
      return { session: sessionMessage(session) };
    },

    async updateSession(request, call) {
      const session = await app.updateSession(callerOf(call, now()), {
        sessionId: request.sessionId,
        settings: sessionSettingsOf(required(request.settings, 'settings')),
        cancelled: request.cancelled,
        expectedVersion: request.expectedVersion,
      });
      return { session: sessionMessage(session) };
    },

    async listSessions(request, call) {
      const caller = callerOf(call, now());
      const page = await app.listSessions(caller, request.cohortId, pageOf(request.page));
      return { sessions: page.items.map(sessionMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
