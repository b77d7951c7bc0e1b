// The cohorts service: `node --import @expertnet/platform/telemetry/register src/main.ts`.
// Composition root only: config, connections, the app, and what listens (gRPC, the nominations
// consumer, the sweep).
import { randomUUID } from 'node:crypto';
import {
  connectServers,
  consumeEvents,
  createLogger,
  createOutboxRelay,
  runPeriodically,
  runService,
  serveGrpc,
} from '@expertnet/platform';
import { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { COHORTS_STREAM, NOMINATIONS_STREAM } from '@expertnet/proto/events';
import { createCohortsApp } from './app.ts';
import { loadCohortsConfig } from './config.ts';
import { NOMINATION_DECISION_SUBJECTS, nominationsConsumer } from './events/nomination-events.ts';
import { cohortsHandlers } from './grpc/handlers.ts';
import { loadKeys } from './keys.ts';
import { cohortsSweep } from './scheduling/sweep.ts';
import { EVENTS_COLLECTION } from './usecases/shared/dependencies.ts';

const logger = createLogger({ service: 'cohorts' });

await runService({
  logger,
  async start(lifecycle) {
    const config = loadCohortsConfig();
    logger.level = config.logLevel;
    const keys = loadKeys(config);
    if (keys.checkIn === undefined) logger.warn('COHORTS_CHECKIN_KEY unset: check-in is refused');
    if (keys.certificates === undefined) {
      logger.warn('COHORTS_CERTIFICATE_PRIVATE_KEY unset: graduation and verification are refused');
    }
    const { mongo, js, jsm, readiness } = await connectServers(lifecycle, logger, {
      name: 'cohorts',
      mongoUrl: config.mongoUrl,
      natsUrl: config.natsUrl,
      // The nominations stream is declared here too: cohorts may start before nominations has.
      streams: [COHORTS_STREAM, NOMINATIONS_STREAM],
    });
    const db = mongo.db(config.database);

    // Every event of the service is written in an enrolment's document (enrolment-document.ts).
    const relay = createOutboxRelay({
      db,
      collections: [EVENTS_COLLECTION],
      js,
      logger,
      readiness,
    });
    relay.start();
    lifecycle.onStop('relay', () => relay.stop());

    const now = () => new Date();
    const app = await createCohortsApp({
      db,
      keys,
      now,
      newId: randomUUID,
      eventsWritten: (written) => {
        relay.nudge(written);
      },
      logger,
    });

    await consumeEvents(lifecycle, logger, {
      name: 'nominations consumer',
      connections: { js, jsm },
      db,
      stream: NOMINATIONS_STREAM,
      durable: config.nominationsDurable,
      subjects: NOMINATION_DECISION_SUBJECTS,
      handle: nominationsConsumer(app),
    });

    runPeriodically(
      lifecycle,
      logger,
      'waitlist promotion and cancellation sweep',
      config.promotionCheckMs,
      cohortsSweep(app),
    );

    await serveGrpc(lifecycle, logger, {
      name: 'cohorts',
      service: CohortsService,
      handlers: cohortsHandlers({ app, now }),
      host: config.grpcHost,
      port: config.grpcPort,
      keycloakIssuer: config.keycloakIssuer,
      keycloakAudience: config.keycloakAudience,
      readiness,
    });
  },
});
