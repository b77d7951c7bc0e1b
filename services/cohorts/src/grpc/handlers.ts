import { randomUUID } from 'node:crypto';
import {
  currentOrganisation,
  DomainError,
  fromPlain,
  toPlain,
  withUnimplemented,
  type CallContext,
  type HandlersOf,
  type Plain,
} from '@expertnet/platform';
import {
  CohortSchema,
  CohortsService,
  CohortSettingsSchema,
  EnrolmentSchema,
  TrackSchema,
  TrackSettingsSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import {
  accessTargetOf,
  authorise,
  createCohort,
  createTrack,
  type CohortSettings,
  type Operation,
  type TrackSettings,
} from '../domain/index.ts';
import type { CohortsStore } from '../persistence/cohorts-store.ts';
import type { EnrolmentsStore } from '../persistence/enrolments-store.ts';
import type { TracksStore } from '../persistence/tracks-store.ts';

export interface Dependencies {
  readonly tracks: TracksStore;
  readonly cohorts: CohortsStore;
  readonly enrolments: EnrolmentsStore;
  readonly now: () => Date;
}

const resolve = (code: string) => currentOrganisation(code)?.code ?? code;
const plain = (value: object) => value as Plain;

function found<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new DomainError('not-found', 'NOT_FOUND', `${what} does not exist`);
  return value;
}

/**
 * The RPCs built so far: tracks and cohorts to set a programme up, and reading enrolments (which
 * the nominations consumer creates). The rest of the contract answers UNIMPLEMENTED until built.
 */
export function cohortsHandlers(deps: Dependencies): HandlersOf<typeof CohortsService> {
  const allow = (
    call: CallContext,
    operation: Operation,
    parts: Parameters<typeof accessTargetOf>[0] = {},
  ) => authorise(call.principal, operation, accessTargetOf(parts, resolve));

  return withUnimplemented(CohortsService, {
    async createTrack(request, call) {
      allow(call, 'CreateTrack');
      const settings = toPlain(found(request.settings, 'settings'), TrackSettingsSchema);
      const track = createTrack(randomUUID(), settings as unknown as TrackSettings, deps.now());
      await deps.tracks.insert(track);
      return { track: fromPlain(TrackSchema, plain(track)) };
    },

    async getTrack(request, call) {
      allow(call, 'GetTrack');
      const track = found(await deps.tracks.get(request.trackId), `track ${request.trackId}`);
      return { track: fromPlain(TrackSchema, plain(track)) };
    },

    async createCohort(request, call) {
      allow(call, 'CreateCohort');
      const settings = toPlain(found(request.settings, 'settings'), CohortSettingsSchema);
      const track = found(await deps.tracks.get(settings.trackId as string), 'track');
      const cohort = createCohort(
        randomUUID(),
        settings as unknown as CohortSettings,
        track,
        deps.now(),
      );
      await deps.cohorts.insert(cohort);
      return { cohort: fromPlain(CohortSchema, plain(cohort)) };
    },

    async getCohort(request, call) {
      const cohort = found(await deps.cohorts.get(request.cohortId), `cohort ${request.cohortId}`);
      allow(call, 'GetCohort', { cohort });
      return { cohort: fromPlain(CohortSchema, plain(cohort)) };
    },

    async getEnrolment(request, call) {
      const enrolment = found(
        await deps.enrolments.get(request.enrolmentId),
        `enrolment ${request.enrolmentId}`,
      );
      const cohort =
        enrolment.cohortId === '' ? undefined : await deps.cohorts.get(enrolment.cohortId);
      allow(call, 'GetEnrolment', { cohort, trainee: enrolment.trainee });
      return { enrolment: fromPlain(EnrolmentSchema, plain(enrolment)) };
    },
  });
}
