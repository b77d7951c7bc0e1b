// The nominations service: `node --import @expertnet/platform/telemetry/register src/main.ts`.
import { randomUUID } from 'node:crypto';
import {
  createGrpcServer,
  createLogger,
  createOutboxRelay,
  createTokenVerifier,
  ensureStream,
  runService,
} from '@expertnet/platform';
import { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
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
    // The domain's optional fields are undefined when unset; stored, they must stay absent, not null.
    const mongo = await MongoClient.connect(config.mongoUrl, { ignoreUndefined: true });
    lifecycle.onStop('mongo', () => mongo.close());
    const nc = await connect({ servers: config.natsUrl, name: 'nominations' });
    lifecycle.onStop('nats', () => nc.drain());
    await ensureStream(await jetstreamManager(nc), NOMINATIONS_STREAM);

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
      js: jetstream(nc),
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
    const sweep = deadlineSweep(deps, logger);
    const timer = setInterval(() => void sweep(), config.deadlineCheckMs);
    lifecycle.onStop('deadline sweep', () => {
      clearInterval(timer);
      return Promise.resolve();
    });

    const server = createGrpcServer({
      verifyToken: createTokenVerifier({
        issuer: config.keycloakIssuer,
        audience: config.keycloakAudience,
      }),
      logger,
    });
    server.addService(NominationsService, nominationsHandlers(deps));
    const port = await server.listen(config.grpcHost, config.grpcPort);
    lifecycle.onStop('grpc', () => server.drain());
    logger.info({ port }, 'nominations serving');
  },
});
