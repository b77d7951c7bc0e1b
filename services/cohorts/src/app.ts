import {
  serviceActor,
  resolveOrganisation,
  type createLogger,
  type OutboxWrite,
} from '@expertnet/platform';
import type { Db } from 'mongodb';
import type { ServiceKeys } from './keys.ts';
import { attendanceImportsRepository } from './repositories/attendance-imports.repository.ts';
import { certificatesRepository } from './repositories/certificates.repository.ts';
import { cohortsRepository } from './repositories/cohorts.repository.ts';
import { enrolmentsRepository } from './repositories/enrolments.repository.ts';
import { sessionsRepository } from './repositories/sessions.repository.ts';
import { tracksRepository } from './repositories/tracks.repository.ts';
import { trainingRecordsRepository } from './repositories/training-records.repository.ts';
import { serviceCaller, type Caller } from './usecases/shared/caller.ts';
import { checkIn } from './usecases/check-in.ts';
import { createCohort } from './usecases/create-cohort.ts';
import { createTrack } from './usecases/create-track.ts';
import type { Dependencies, Repositories } from './usecases/shared/dependencies.ts';
import { getCertificate } from './usecases/get-certificate.ts';
import { getCheckInCode } from './usecases/get-check-in-code.ts';
import { getCohort } from './usecases/get-cohort.ts';
import { getEnrolment } from './usecases/get-enrolment.ts';
import { getTrack } from './usecases/get-track.ts';
import { graduateTrainees } from './usecases/graduate-trainees.ts';
import { importAttendance } from './usecases/import-attendance.ts';
import { listAssessments } from './usecases/list-assessments.ts';
import { listAttendance } from './usecases/list-attendance.ts';
import { listCertificates } from './usecases/list-certificates.ts';
import { listCohorts } from './usecases/list-cohorts.ts';
import { listEnrolments } from './usecases/list-enrolments.ts';
import { listSessions } from './usecases/list-sessions.ts';
import { listTracks } from './usecases/list-tracks.ts';
import { markAttendance } from './usecases/mark-attendance.ts';
import { placeTrainee } from './usecases/place-trainee.ts';
import { promoteWaitlists } from './usecases/promote-waitlists.ts';
import { recordAssessments } from './usecases/record-assessments.ts';
import { releaseCancelledCohorts } from './usecases/release-cancelled-cohorts.ts';
import { revokeCertificate } from './usecases/revoke-certificate.ts';
import { scheduleSession } from './usecases/schedule-session.ts';
import { updateCohort } from './usecases/update-cohort.ts';
import { updateSession } from './usecases/update-session.ts';
import { updateTrack } from './usecases/update-track.ts';
import { verifyCertificate } from './usecases/verify-certificate.ts';

/** What the service is built from; main.ts connects the servers, tests inject their own. */
export interface CohortsAppDependencies {
  /**
   * From a client made with `ignoreUndefined: true`, as connectServers makes it: the repositories
   * $unset cleared fields and rely on undefined values being left out of $set.
   */
  readonly db: Db;
  readonly keys: ServiceKeys;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Wakes the outbox relay after a write with events (a no-op where no relay runs). */
  readonly eventsWritten: (written: OutboxWrite) => void;
  readonly logger: ReturnType<typeof createLogger>;
  /** Repositories to use instead of those over `db` (tests wrap one to inject a failure). */
  readonly repositories?: Partial<Repositories>;
}

/** The service's own client id, the actor of what it does on its own (consumer, sweeps). */
export const SERVICE_CLIENT_ID = 'svc-cohorts';

export function cohortsRepositories(db: Db): Repositories {
  return {
    tracks: tracksRepository(db),
    cohorts: cohortsRepository(db),
    sessions: sessionsRepository(db),
    enrolments: enrolmentsRepository(db),
    records: trainingRecordsRepository(db),
    certificates: certificatesRepository(db),
    imports: attendanceImportsRepository(db),
  };
}

type UseCase<I extends unknown[], R> = (deps: Dependencies, caller: Caller, ...input: I) => R;
const bind =
  <I extends unknown[], R>(deps: Dependencies, useCase: UseCase<I, R>) =>
  (caller: Caller, ...input: I): R =>
    useCase(deps, caller, ...input);

/**
 * Builds the cohorts service from its dependencies: its repositories over `db` (indexes ensured)
 * and every use case wired to them, each taking the Caller the transport decoded. Never listens: main.ts
 * serves it, tests call it directly.
 */
export async function createCohortsApp(options: CohortsAppDependencies) {
  const { db, repositories: replaced, ...rest } = options;
  const repositories: Repositories = { ...cohortsRepositories(db), ...replaced };
  // The indexes every query of the repositories relies on (idempotent), before any use case runs.
  for (const repository of [repositories.tracks, repositories.cohorts, repositories.sessions]) {
    await repository.ensureIndexes();
  }
  await repositories.enrolments.ensureIndexes();
  const deps: Dependencies = { ...repositories, ...rest };
  const asService = () =>
    serviceCaller({
      actor: serviceActor(SERVICE_CLIENT_ID),
      now: deps.now(),
      resolve: resolveOrganisation,
    });
  return {
    serviceCaller: asService,
    createTrack: bind(deps, createTrack),
    updateTrack: bind(deps, updateTrack),
    getTrack: bind(deps, getTrack),
    listTracks: bind(deps, listTracks),
    createCohort: bind(deps, createCohort),
    updateCohort: bind(deps, updateCohort),
    getCohort: bind(deps, getCohort),
    listCohorts: bind(deps, listCohorts),
    scheduleSession: bind(deps, scheduleSession),
    updateSession: bind(deps, updateSession),
    listSessions: bind(deps, listSessions),
    getEnrolment: bind(deps, getEnrolment),
    listEnrolments: bind(deps, listEnrolments),
    placeTrainee: bind(deps, placeTrainee),
    getCheckInCode: bind(deps, getCheckInCode),
    checkIn: bind(deps, checkIn),
    markAttendance: bind(deps, markAttendance),
    importAttendance: bind(deps, importAttendance),
    listAttendance: bind(deps, listAttendance),
    recordAssessments: bind(deps, recordAssessments),
    listAssessments: bind(deps, listAssessments),
    graduateTrainees: bind(deps, graduateTrainees),
    getCertificate: bind(deps, getCertificate),
    listCertificates: bind(deps, listCertificates),
    revokeCertificate: bind(deps, revokeCertificate),
    verifyCertificate: bind(deps, verifyCertificate),
    /** The sweep: a cancellation's release a crash cut short, then due promotions. */
    async sweep(): Promise<void> {
      // Release first: a cancelled cohort's trainees must not be promoted elsewhere from it.
      await releaseCancelledCohorts(deps, asService());
      await promoteWaitlists(deps, asService());
    },
  };
}

export type CohortsApp = Awaited<ReturnType<typeof createCohortsApp>>;
