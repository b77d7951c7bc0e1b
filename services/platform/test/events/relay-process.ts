// The outbox relay as its own process, so tests can SIGKILL it between two steps. With
// RELAY_WRITES=<n> it is also the writer, as in a service: it revises n notes and nudges itself
// with each write, so their events take the relay's path from memory.
import { createLogger, createOutboxRelay } from '@expertnet/platform';
import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { fixtureFromEnv, reviseNote } from './fixture.ts';

const fixture = fixtureFromEnv();
const nc = await connect({ servers: process.env.NATS_URL });
const mongo = await MongoClient.connect(process.env.MONGO_URL ?? '');
const db = mongo.db(fixture.dbName);
const writes = Number(process.env.RELAY_WRITES ?? '0');
const relay = createOutboxRelay({
  db,
  collections: ['notes'],
  js: jetstream(nc),
  logger: createLogger({ service: 'relay-process' }),
  // A writer's relay finds its events through the nudges alone.
  pollIntervalMs: writes > 0 ? 600_000 : 50,
  batchSize: 5,
});
relay.start();
process.stdout.write('RELAY-STARTED\n');
for (let note = 0; note < writes; note += 1) {
  const { eventId, written } = await reviseNote(db, fixture, `ORG${String(note)}`, 'sửa đổi');
  if (written) relay.nudge(written);
  process.stdout.write(`WROTE ${eventId}\n`);
}
process.once('SIGTERM', () => {
  void relay
    .stop()
    .then(() => Promise.all([nc.close(), mongo.close()]))
    .then(() => process.exit(0));
});
