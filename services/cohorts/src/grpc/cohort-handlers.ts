import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { callerOf, pageOf, required, type HandlerDependencies } from './context.ts';
import { cohortMessage } from './mapping/answers.ts';
import { cohortSettingsOf, cohortStatusesOf, cohortStatusOf } from './mapping/requests.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Cohorts: run by the programme office, read by everyone signed in. */
export function cohortHandlers({ app, now }: HandlerDependencies) {
  return {
    async createCohort(request, call) {
      const settings = cohortSettingsOf(required(request.settings, 'settings'));
      return { cohort: cohortMessage(await app.createCohort(callerOf(call, now()), settings)) };
    },

    async updateCohort(request, call) {
      const cohort = await app.updateCohort(callerOf(call, now()), {
        cohortId: request.cohortId,
        settings: cohortSettingsOf(required(request.settings, 'settings')),
        status: cohortStatusOf(request.status),
        expectedVersion: request.expectedVersion,
      });
      return { cohort: cohortMessage(cohort) };
    },

    async getCohort(request, call) {
      return {
        cohort: cohortMessage(await app.getCohort(callerOf(call, now()), request.cohortId)),
      };
    },

    async listCohorts(request, call) {
      const page = await app.listCohorts(
        callerOf(call, now()),
        {
          trackId: request.trackId === '' ? undefined : request.trackId,
          statuses: cohortStatusesOf(request.statuses),
          onlyMine: request.onlyMine,
        },
        pageOf(request.page),
      );
      return { cohorts: page.items.map(cohortMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
