// The outbox relay as its own process, so tests can SIGKILL it between two steps.
import { createLogger, createOutboxRelay } from '@expertnet/platform';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { fixtureFromEnv } from './fixture.ts';

const fixture = fixtureFromEnv();
const nc = await connect({ servers: process.env.NATS_URL });
const mongo = await MongoClient.connect(process.env.MONGO_URL ?? '');
const relay = createOutboxRelay({
  db: mongo.db(fixture.dbName),
  collections: ['notes'],
  js: jetstream(nc),
  logger: createLogger({ service: 'relay-process' }),
  pollIntervalMs: 50,
  batchSize: 5,
});
relay.start();
process.stdout.write('RELAY-STARTED\n');
process.once('SIGTERM', () => {
  void relay
    .stop()
    .then(() => Promise.all([nc.close(), mongo.close()]))
    .then(() => process.exit(0));
});
