// The cohorts service: `node --import @expertnet/platform/telemetry/register src/main.ts`.
import { randomUUID } from 'node:crypto';
import {
  connectServers,
  createEventConsumer,
  createLogger,
  createOutboxRelay,
  runPeriodically,
  runService,
  serveGrpc,
} from '@expertnet/platform';
import { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { loadCohortsConfig } from './config.ts';
import { COHORTS_STREAM } from './events/envelopes.ts';
import { enrolmentFromNominations, NOMINATION_DECISIONS } from './events/nomination-events.ts';
import { EVENTS_COLLECTION } from './grpc/context.ts';
import { cohortsHandlers } from './grpc/handlers.ts';
import { loadKeys } from './keys.ts';
import { attendanceImportsStore } from './persistence/attendance-imports-store.ts';
import { certificatesStore } from './persistence/certificates-store.ts';
import { cohortsStore } from './persistence/cohorts-store.ts';
import { enrolmentsStore } from './persistence/enrolments-store.ts';
import { sessionsStore } from './persistence/sessions-store.ts';
import { tracksStore } from './persistence/tracks-store.ts';
import { trainingRecordsStore } from './persistence/training-records-store.ts';
import { cancelledCohortsSweep } from './scheduling/cancelled-cohorts.ts';

const logger = createLogger({ service: 'cohorts', level: process.env.LOG_LEVEL ?? 'info' });

/** The nominations stream, declared here too: cohorts may start before nominations ever has. */
const NOMINATIONS_STREAM = { name: 'NOMINATIONS', subjects: ['nominations.>'] };

await runService({
  logger,
  async start(lifecycle) {
    const config = loadCohortsConfig();
    const keys = loadKeys(config);
    if (keys.checkIn === undefined) logger.warn('COHORTS_CHECKIN_KEY unset: check-in is refused');
    if (keys.certificates === undefined) {
      logger.warn('COHORTS_CERTIFICATE_PRIVATE_KEY unset: graduation and verification are refused');
    }
    const { mongo, js, jsm } = await connectServers(lifecycle, {
      name: 'cohorts',
      mongoUrl: config.mongoUrl,
      natsUrl: config.natsUrl,
      streams: [COHORTS_STREAM, NOMINATIONS_STREAM],
    });

    const db = mongo.db(config.database);
    const stores = {
      tracks: tracksStore(db),
      cohorts: cohortsStore(db),
      sessions: sessionsStore(db),
      enrolments: enrolmentsStore(db),
      records: trainingRecordsStore(db),
      certificates: certificatesStore(db),
      imports: attendanceImportsStore(db),
    };
    for (const store of [stores.tracks, stores.cohorts, stores.sessions, stores.enrolments]) {
      await store.ensureIndexes();
    }

    // Every event of the service is written in an enrolment's document (see enrolment-document.ts).
    const relay = createOutboxRelay({
      db,
      collections: [EVENTS_COLLECTION],
      js,
      logger,
    });
    relay.start();
    lifecycle.onStop('relay', () => relay.stop());

    const enrolment = enrolmentFromNominations({
      ...stores,
      now: () => new Date(),
      eventsWritten: (id) => {
        relay.nudge({ collection: EVENTS_COLLECTION, id });
      },
    });
    const consumer = createEventConsumer({
      js,
      jsm,
      stream: NOMINATIONS_STREAM.name,
      durable: config.nominationsDurable,
      filterSubjects: Object.keys(NOMINATION_DECISIONS),
      processed: db.collection('processed_events'),
      handle: enrolment.handle,
      logger,
      retryDelayMs: (delivery) => Math.min(200 * 2 ** (delivery - 1), 10_000),
    });
    await consumer.start();
    lifecycle.onStop('nominations consumer', () => consumer.stop());

    const deps = {
      ...stores,
      keys,
      now: () => new Date(),
      newId: randomUUID,
      eventsWritten: (written: { collection: string; id: string }) => {
        relay.nudge(written);
      },
      logger,
    };
    const releaseCancelled = cancelledCohortsSweep(deps);
    runPeriodically(
      lifecycle,
      logger,
      'waitlist promotion and cancellation sweep',
      config.promotionCheckMs,
      // Release first: a cancelled cohort's trainees must not be promoted elsewhere from it.
      () => releaseCancelled().then(() => enrolment.promoteWhereDue()),
    );

    await serveGrpc(lifecycle, logger, {
      name: 'cohorts',
      service: CohortsService,
      handlers: cohortsHandlers(deps),
      host: config.grpcHost,
      port: config.grpcPort,
      keycloakIssuer: config.keycloakIssuer,
      keycloakAudience: config.keycloakAudience,
    });
  },
});
