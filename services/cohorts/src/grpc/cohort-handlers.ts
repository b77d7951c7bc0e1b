import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { createCohort, updateCohort, type CohortStatus } from '../domain/index.ts';
import { allow, changeContext, pageOf, required, type Dependencies } from './context.ts';
import { statusesOf, statusOf } from './enums.ts';
import type { Loaders } from './loading.ts';
import { cohortMessage, cohortSettingsOf } from './mapping.ts';
import type { Seating } from './seating.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Cohorts: run by the programme office, read by everyone signed in. */
export function cohortHandlers(deps: Dependencies, load: Loaders, seats: Seating) {
  return {
    async createCohort(request, call) {
      allow(call, 'CreateCohort');
      const settings = cohortSettingsOf(required(request.settings, 'settings'));
      const track = await load.track(settings.trackId);
      const cohort = createCohort(deps.newId(), settings, track, deps.now());
      await deps.cohorts.insert(cohort);
      return { cohort: cohortMessage(cohort) };
    },

    /**
     * Settings and status. A capacity raised promotes from the waitlist; a cancellation sends the
     * trainees back to the pool. Both follow the saved cohort, and the periodic sweep finishes
     * them if the process stops in between.
     */
    async updateCohort(request, call) {
      allow(call, 'UpdateCohort');
      const cohort = await load.cohort(request.cohortId);
      const context = changeContext(call, deps.now());
      const update = updateCohort(
        cohort,
        cohortSettingsOf(required(request.settings, 'settings')),
        statusOf(request.status, 'cohort') as CohortStatus,
        context.now,
      );
      await deps.cohorts.save(update.cohort, request.expectedVersion);
      if (update.returnToPool) {
        await seats
          .releaseCancelled(await load.viewOf(update.cohort), context)
          .catch((error: unknown) => {
            deps.logger.warn({ err: error, cohortId: cohort.id }, 'release left to the sweep');
          });
      }
      if (update.promote) await seats.promote(update.cohort.id, context);
      return { cohort: cohortMessage(await load.cohort(cohort.id)) };
    },

    async getCohort(request, call) {
      const cohort = await load.cohort(request.cohortId);
      allow(call, 'GetCohort', { cohort });
      return { cohort: cohortMessage(cohort) };
    },

    async listCohorts(request, call) {
      allow(call, 'ListCohorts');
      const page = await deps.cohorts.list(
        {
          trackId: request.trackId === '' ? undefined : request.trackId,
          statuses: statusesOf<CohortStatus>(request.statuses, 'cohort'),
          // A caller without a subject facilitates nothing (see only_mine).
          facilitator: request.onlyMine ? call.principal.subject || '-' : undefined,
        },
        pageOf(request.page),
      );
      return { cohorts: page.items.map(cohortMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
