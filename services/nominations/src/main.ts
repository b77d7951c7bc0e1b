// The nominations service: `node --import @expertnet/platform/telemetry/register src/main.ts`.
import { randomUUID } from 'node:crypto';
import {
  connectServers,
  createLogger,
  createOutboxRelay,
  runPeriodically,
  runService,
  serveGrpc,
} from '@expertnet/platform';
import { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { loadNominationsConfig } from './config.ts';
import { MIN_HASH_KEY_BYTES } from './domain/index.ts';
import { NOMINATIONS_STREAM } from './events/envelopes.ts';
import { nominationsHandlers } from './grpc/handlers.ts';
import { duplicateFlagsStore } from './persistence/duplicate-flags-store.ts';
import { importsStore } from './persistence/imports-store.ts';
import { nominationsStore } from './persistence/nominations-store.ts';
import { quotaSlotsStore } from './persistence/quota-slots-store.ts';
import { roundsStore } from './persistence/rounds-store.ts';
import { deadlineSweep } from './scheduling/deadlines.ts';

const logger = createLogger({ service: 'nominations', level: process.env.LOG_LEVEL ?? 'info' });

await runService({
  logger,
  async start(lifecycle) {
    const config = loadNominationsConfig();
    const nationalIdKey = Buffer.from(config.nationalIdKey, 'base64');
    if (nationalIdKey.length < MIN_HASH_KEY_BYTES) {
      throw new Error(`NOMINATIONS_NATIONAL_ID_KEY must hold at least ${MIN_HASH_KEY_BYTES} bytes`);
    }
    const { mongo, js } = await connectServers(lifecycle, {
      name: 'nominations',
      mongoUrl: config.mongoUrl,
      natsUrl: config.natsUrl,
      streams: [NOMINATIONS_STREAM],
    });

    const db = mongo.db(config.database);
    const stores = {
      rounds: roundsStore(db),
      nominations: nominationsStore(db),
      flags: duplicateFlagsStore(db),
      imports: importsStore(db),
      slots: quotaSlotsStore(db),
    };
    await Promise.all(
      [stores.rounds, stores.nominations, stores.flags].map((store) => store.ensureIndexes()),
    );
    const relay = createOutboxRelay({
      db,
      collections: ['rounds', 'nominations', 'duplicate_flags'],
      js,
      logger,
    });
    relay.start();
    lifecycle.onStop('relay', () => relay.stop());

    const deps = {
      ...stores,
      nationalIdKey,
      now: () => new Date(),
      newId: randomUUID,
      eventsWritten: (written: { collection: string; id: string }) => {
        relay.nudge(written);
      },
    };
    runPeriodically(
      lifecycle,
      logger,
      'deadline sweep',
      config.deadlineCheckMs,
      deadlineSweep(deps, logger),
    );

    await serveGrpc(lifecycle, logger, {
      name: 'nominations',
      service: NominationsService,
      handlers: nominationsHandlers(deps),
      host: config.grpcHost,
      port: config.grpcPort,
      keycloakIssuer: config.keycloakIssuer,
      keycloakAudience: config.keycloakAudience,
    });
  },
});
