// The nominations service: `node --import @expertnet/platform/telemetry/register src/main.ts`.
// The composition root: configuration, connections, the app, its gRPC face and the sweep.
import { randomUUID } from 'node:crypto';
import {
  connectServers,
  createLogger,
  createOutboxRelay,
  runPeriodically,
  runService,
  serveGrpc,
} from '@expertnet/platform';
import { NOMINATIONS_STREAM } from '@expertnet/proto/events';
import { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { createNominationsApp, OUTBOX_COLLECTIONS } from './app.ts';
import { loadNominationsConfig } from './config.ts';
import { MAX_GRPC_MESSAGE_BYTES, MIN_HASH_KEY_BYTES } from './domain/index.ts';
import { nominationsHandlers } from './grpc/handlers.ts';
import { deadlineSweep } from './scheduling/deadlines.ts';

// Configuration is read inside start, so a bad variable is logged as a fatal start-up error.
const logger = createLogger({ service: 'nominations' });

await runService({
  logger,
  async start(lifecycle) {
    const config = loadNominationsConfig();
    logger.level = config.logLevel;
    const nationalIdKey = Buffer.from(config.nationalIdKey, 'base64');
    if (nationalIdKey.length < MIN_HASH_KEY_BYTES) {
      throw new Error(`NOMINATIONS_NATIONAL_ID_KEY must hold at least ${MIN_HASH_KEY_BYTES} bytes`);
    }
    const { mongo, js, readiness } = await connectServers(lifecycle, logger, {
      name: 'nominations',
      mongoUrl: config.mongoUrl,
      natsUrl: config.natsUrl,
      streams: [NOMINATIONS_STREAM],
    });

    const db = mongo.db(config.database);
    const relay = createOutboxRelay({
      db,
      collections: [...OUTBOX_COLLECTIONS],
      js,
      logger,
      readiness,
    });
    const app = await createNominationsApp({
      db,
      nationalIdKey,
      now: () => new Date(),
      newId: randomUUID,
      eventsWritten: (written) => {
        relay.nudge(written);
      },
    });
    relay.start();
    lifecycle.onStop('relay', () => relay.stop());

    runPeriodically(
      lifecycle,
      logger,
      'deadline sweep',
      config.deadlineCheckMs,
      deadlineSweep(app.sweepDeadlines, logger),
    );

    await serveGrpc(lifecycle, logger, {
      name: 'nominations',
      service: NominationsService,
      handlers: nominationsHandlers(app),
      host: config.grpcHost,
      port: config.grpcPort,
      keycloakIssuer: config.keycloakIssuer,
      keycloakAudience: config.keycloakAudience,
      readiness,
      // UploadDocument and GetDocumentContent carry files of up to 10 MiB.
      maxMessageBytes: MAX_GRPC_MESSAGE_BYTES,
    });
  },
});
