// The coordination service: `node --import @expertnet/platform/telemetry/register src/main.ts`.
// Composition root only: configuration, connections, the app, and what feeds it.
import { randomUUID } from 'node:crypto';
import {
  connectServers,
  consumeEvents,
  createGrpcClient,
  createLogger,
  createOutboxRelay,
  createServiceTokenSource,
  runPeriodically,
  runService,
  serveGrpc,
} from '@expertnet/platform';
import {
  COHORTS_STREAM,
  COORDINATION_STREAM,
  DIRECTORY_STREAM,
  MENTORING_STREAM,
  NOMINATIONS_STREAM,
} from '@expertnet/proto/events';
import { CoordinationService } from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { createCoordinationApp } from './app.ts';
import { directoryCandidates } from './clients/directory.ts';
import { loadCoordinationConfig } from './config.ts';
import { CONSUMED_DIRECTORY_SUBJECTS, directoryEventHandler } from './events/directory-events.ts';
import {
  CONSUMED_COHORTS_SUBJECTS,
  CONSUMED_MENTORING_SUBJECTS,
  CONSUMED_NOMINATIONS_SUBJECTS,
  cohortsEventHandler,
  mentoringEventHandler,
  nominationsEventHandler,
} from './events/programme-events.ts';
import { coordinationHandlers } from './grpc/handlers.ts';
import { DISPATCHES_COLLECTION } from './repositories/dispatches.repository.ts';
import { REQUESTS_COLLECTION } from './repositories/requests.repository.ts';

const logger = createLogger({ service: 'coordination' });

await runService({
  logger,
  async start(lifecycle) {
    const config = loadCoordinationConfig();
    logger.level = config.logLevel;
    const { mongo, js, jsm, readiness } = await connectServers(lifecycle, logger, {
      name: 'coordination',
      mongoUrl: config.mongoUrl,
      natsUrl: config.natsUrl,
      streams: [
        COORDINATION_STREAM,
        DIRECTORY_STREAM,
        NOMINATIONS_STREAM,
        COHORTS_STREAM,
        MENTORING_STREAM,
      ],
    });
    const db = mongo.db(config.database);
    const relay = createOutboxRelay({
      db,
      collections: [REQUESTS_COLLECTION, DISPATCHES_COLLECTION],
      js,
      logger,
      readiness,
    });
    const directory = createGrpcClient(DirectoryService, config.directoryGrpcAddress);
    lifecycle.onStop('directory client', () => {
      directory.close();
      return Promise.resolve();
    });
    const token = createServiceTokenSource({
      tokenUrl: `${config.keycloakIssuer}/protocol/openid-connect/token`,
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      fetch: (input, init) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(config.directoryDeadlineMs) }),
    });
    const app = await createCoordinationApp({
      db,
      now: () => new Date(),
      newId: randomUUID,
      eventsWritten: (written) => {
        relay.nudge(written);
      },
      logger,
      findCandidates: directoryCandidates(directory, token, config.directoryDeadlineMs),
    });
    relay.start();
    lifecycle.onStop('relay', () => relay.stop());

    await consumeEvents(lifecycle, logger, {
      name: 'directory consumer',
      connections: { js, jsm },
      db,
      stream: DIRECTORY_STREAM,
      durable: config.directoryDurable,
      subjects: CONSUMED_DIRECTORY_SUBJECTS,
      handle: directoryEventHandler(app),
    });
    // The programme KPIs' facts, one durable per stream.
    await consumeEvents(lifecycle, logger, {
      name: 'nominations consumer',
      connections: { js, jsm },
      db,
      stream: NOMINATIONS_STREAM,
      durable: config.nominationsDurable,
      subjects: CONSUMED_NOMINATIONS_SUBJECTS,
      handle: nominationsEventHandler(app),
    });
    await consumeEvents(lifecycle, logger, {
      name: 'cohorts consumer',
      connections: { js, jsm },
      db,
      stream: COHORTS_STREAM,
      durable: config.cohortsDurable,
      subjects: CONSUMED_COHORTS_SUBJECTS,
      handle: cohortsEventHandler(app),
    });
    await consumeEvents(lifecycle, logger, {
      name: 'mentoring consumer',
      connections: { js, jsm },
      db,
      stream: MENTORING_STREAM,
      durable: config.mentoringDurable,
      subjects: CONSUMED_MENTORING_SUBJECTS,
      handle: mentoringEventHandler(app),
    });

    // What a crash left half-done (an acceptance, a fan-out) is finished before serving.
    logger.info(await app.reconcile(), 'reconciled');
    runPeriodically(lifecycle, logger, 'coordination sweep', config.sweepMs, async () => {
      await app.expireOffers();
      await app.escalateBreaches();
      await app.reconcile();
    });

    await serveGrpc(lifecycle, logger, {
      name: 'coordination',
      service: CoordinationService,
      handlers: coordinationHandlers({ app, now: () => new Date() }),
      host: config.grpcHost,
      port: config.grpcPort,
      keycloakIssuer: config.keycloakIssuer,
      keycloakAudience: config.keycloakAudience,
      readiness,
    });
  },
});
