// The back service of the trace test: gRPC SaveNote writes the note and its event with the
// outbox; the relay publishes it. Started with the telemetry register hook, like every service.
import {
  createGrpcServer,
  createLogger,
  createOutboxRelay,
  createTokenVerifier,
  requireOrgScope,
  runService,
} from '@expertnet/platform';
import { ProbeService } from '@expertnet/proto/expertnet/probe/v1/probe_pb.ts';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { ensureFixtureStream, fixtureFromEnv, saveNote } from '../events/fixture.ts';

const logger = createLogger({ service: 'trace-back' });
const fixture = fixtureFromEnv();

await runService({
  logger,
  async start(lifecycle) {
    const mongo = await MongoClient.connect(process.env.MONGO_URL ?? '');
    lifecycle.onStop('mongo', () => mongo.close());
    const nc = await connect({ servers: process.env.NATS_URL });
    lifecycle.onStop('nats', () => nc.drain());
    await ensureFixtureStream(nc, fixture);
    const db = mongo.db(fixture.dbName);
    const relay = createOutboxRelay({ db, collections: ['notes'], js: jetstream(nc), logger });
    relay.start();
    lifecycle.onStop('relay', () => relay.stop());

    const server = createGrpcServer({
      verifyToken: createTokenVerifier({
        issuer: process.env.KEYCLOAK_ISSUER ?? '',
        audience: process.env.KEYCLOAK_AUDIENCE ?? '',
      }),
      logger,
    });
    server.addService(ProbeService, {
      async saveNote(request, { principal }) {
        requireOrgScope(principal, request.orgCode, ['programme-office']);
        await saveNote(db, fixture, request.orgCode, request.text);
        relay.nudge();
        const { orgCode, text, contactEmail } = request;
        return { note: { orgCode, text, contactEmail, savedBy: principal.subject } };
      },
      getNote() {
        return Promise.reject(new Error('not used by the trace test'));
      },
    });
    const port = await server.listen('127.0.0.1', 0);
    lifecycle.onStop('grpc', () => server.drain(1_000));
    process.stdout.write(`BACK-LISTENING ${port}\n`);
  },
});
