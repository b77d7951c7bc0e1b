// The tally consumer as its own process, so tests can SIGKILL it between its write and its ack.
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { fixtureFromEnv, startTally } from './fixture.ts';

const fixture = fixtureFromEnv();
const nc = await connect({ servers: process.env.NATS_URL });
const mongo = await MongoClient.connect(process.env.MONGO_URL ?? '');
const consumer = await startTally(nc, mongo.db(fixture.dbName), fixture, { ackWaitMs: 1_500 });
process.stdout.write('CONSUMER-STARTED\n');
process.once('SIGTERM', () => {
  void consumer
    .stop()
    .then(() => Promise.all([nc.close(), mongo.close()]))
    .then(() => process.exit(0));
});
