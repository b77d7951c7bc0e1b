import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { scheduleSession, updateSession, type Session } from '../domain/index.ts';
import { allow, changeContext, pageOf, required, type Dependencies } from './context.ts';
import type { Loaders } from './loading.ts';
import { sessionMessage, sessionSettingsOf } from './mapping.ts';
import { refreshProgress } from './progress.ts';
import { traineeTarget } from './targets.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Whether a change moves what attendance is counted over (held sessions). */
const countsDiffer = (before: Session, after: Session) =>
  before.cancelled !== after.cancelled ||
  before.settings.startsAt.getTime() !== after.settings.startsAt.getTime() ||
  before.settings.endsAt.getTime() !== after.settings.endsAt.getTime() ||
  before.settings.moduleCode !== after.settings.moduleCode;

/** Sessions: scheduled by the programme office, seen by the cohort's people only. */
export function sessionHandlers(deps: Dependencies, load: Loaders) {
  return {
    async scheduleSession(request, call) {
      allow(call, 'ScheduleSession');
      const view = await load.viewOf(request.cohortId);
      const settings = sessionSettingsOf(required(request.settings, 'settings'));
      const session = scheduleSession(deps.newId(), view, settings);
      await deps.sessions.insert(session);
      return { session: sessionMessage(session) };
    },

    async updateSession(request, call) {
      allow(call, 'UpdateSession');
      const session = await load.session(request.sessionId);
      const view = await load.viewOf(session.cohortId);
      const updated = updateSession(session, view, {
        settings: sessionSettingsOf(required(request.settings, 'settings')),
        cancelled: request.cancelled,
      });
      await deps.sessions.save(updated, request.expectedVersion);
      if (countsDiffer(session, updated)) {
        // Progress is stored on the enrolments: a cancelled or moved session changes it.
        const context = changeContext(call, deps.now());
        for (const enrolment of await deps.enrolments.inCohort(session.cohortId, ['enrolled'])) {
          await refreshProgress(deps, enrolment.id, context);
        }
      }
      return { session: sessionMessage(updated) };
    },

    async listSessions(request, call) {
      const cohort = await load.cohort(request.cohortId);
      allow(call, 'ListSessions', { cohort, trainee: await traineeTarget(deps, call, cohort) });
      const page = await deps.sessions.list(cohort.id, pageOf(request.page));
      return { sessions: page.items.map(sessionMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
