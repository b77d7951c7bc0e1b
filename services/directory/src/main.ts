// The directory service: `node --import @expertnet/platform/telemetry/register src/main.ts`.
// Composition root only: configuration, connections, the app, and what feeds it.
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
import { COHORTS_STREAM, DIRECTORY_STREAM } from '@expertnet/proto/events';
import { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { createDirectoryApp } from './app.ts';
import { loadDirectoryConfig } from './config.ts';
import { cohortsEventHandler, CONSUMED_COHORTS_SUBJECTS } from './events/graduation-events.ts';
import { followProfiles } from './events/profile-feed.ts';
import { directoryHandlers } from './grpc/handlers.ts';
import { PROFILES_COLLECTION } from './repositories/profiles.repository.ts';
import { availabilityExpirySweep } from './scheduling/availability-expiry.ts';

const logger = createLogger({ service: 'directory' });

await runService({
  logger,
  async start(lifecycle) {
    const config = loadDirectoryConfig();
    logger.level = config.logLevel;
    // The cohorts stream is declared here too: the directory may start before cohorts ever has.
    const { mongo, js, jsm, readiness } = await connectServers(lifecycle, logger, {
      name: 'directory',
      mongoUrl: config.mongoUrl,
      natsUrl: config.natsUrl,
      streams: [DIRECTORY_STREAM, COHORTS_STREAM],
    });

    const db = mongo.db(config.database);
    const relay = createOutboxRelay({
      db,
      collections: [PROFILES_COLLECTION],
      js,
      logger,
      readiness,
    });
    const app = await createDirectoryApp({
      db,
      now: () => new Date(),
      newId: randomUUID,
      eventsWritten: (written) => {
        relay.nudge(written);
      },
    });

    // The feed first, then the load: a write another replica makes meanwhile is not missed.
    const feed = await followProfiles({ js, refresh: app.refreshProfile, logger });
    lifecycle.onStop('read model feed', () => feed.stop());
    const loadStarted = performance.now();
    const profiles = await app.loadReadModel();
    logger.info({ profiles, ms: Math.round(performance.now() - loadStarted) }, 'read model loaded');

    relay.start();
    lifecycle.onStop('relay', () => relay.stop());

    await consumeEvents(lifecycle, logger, {
      name: 'cohorts consumer',
      connections: { js, jsm },
      db,
      stream: COHORTS_STREAM,
      durable: config.cohortsDurable,
      subjects: CONSUMED_COHORTS_SUBJECTS,
      handle: cohortsEventHandler(app),
    });

    runPeriodically(
      lifecycle,
      logger,
      'availability expiry sweep',
      config.availabilitySweepMs,
      availabilityExpirySweep(app),
    );

    await serveGrpc(lifecycle, logger, {
      name: 'directory',
      service: DirectoryService,
      handlers: directoryHandlers(app),
      host: config.grpcHost,
      port: config.grpcPort,
      keycloakIssuer: config.keycloakIssuer,
      keycloakAudience: config.keycloakAudience,
      readiness,
    });
  },
});
