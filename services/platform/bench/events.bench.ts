import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  createLogger,
  createOutboxRelay,
  decodeEnvelope,
  encodeEnvelope,
  ensureIndexes,
  ensureStream,
  OUTBOX_INDEX,
  withEvents,
} from '@expertnet/platform';
import { NoteSavedSchema } from '@expertnet/proto/expertnet/probe/v1/events_pb.ts';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { measure, printComparison } from '@expertnet/tests/support/bench-stats.ts';

/**
 * An event from "state change committed" to "delivered to a consumer": through the kit (one
 * document update with the outbox, relay, JetStream) against a bare JetStream publish of the
 * same envelope. Both are timed until the same consumer receives the event.
 */
export async function benchEvents(env: Record<string, string>, count: number) {
  const run = randomUUID().replaceAll('-', '').slice(0, 10);
  const stream = `BENCH_${run}`;
  const nc = await connect({ servers: env.NATS_URL });
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const mongo = await MongoClient.connect(env.MONGO_URL ?? '');
  const db = mongo.db(`bench_${run}`);
  await ensureStream(jsm, { name: stream, subjects: [`bench${run}.>`] });

  const waiting = new Map<string, () => void>();
  const consumer = await js.consumers.get(stream, { deliver_policy: DeliverPolicy.New });
  const messages = await consumer.consume();
  const delivered = (async () => {
    for await (const message of messages) waiting.get(decodeEnvelope(message.data).id)?.();
  })();
  const arrival = (id: string) => new Promise<void>((resolve) => waiting.set(id, resolve));

  const envelope = (index: number) =>
    createEnvelope(
      {
        subject: `bench${run}.note.saved`,
        schema: NoteSavedSchema,
        data: { orgCode: `ORG${index % 40}`, text: `note ${index}` },
        orgCode: `ORG${index % 40}`,
      },
      { source: 'bench', newId: randomUUID, now: Date.now },
    );
  const bare = async (index: number) => {
    const event = envelope(index);
    const arrived = arrival(event.id);
    await js.publish(event.subject, encodeEnvelope(event), { msgID: event.id });
    await arrived;
  };

  const relay = createOutboxRelay({
    db,
    collections: ['notes'],
    js,
    logger: createLogger({ service: 'bench', level: 'warn' }),
  });
  relay.start();
  const notes = db.collection<{ _id: string }>('notes');
  await ensureIndexes(notes, [OUTBOX_INDEX]);
  // The aggregates exist before events are written about them, as in a service; concurrent
  // upserts of one new _id would race (FerretDB answers E11000 where MongoDB retries).
  await notes.insertMany(Array.from({ length: 40 }, (_, org) => ({ _id: `ORG${org}` })));
  const kit = async (index: number) => {
    const event = envelope(index);
    const arrived = arrival(event.id);
    await notes.updateOne(
      { _id: event.orgCode },
      withEvents({ $set: { text: `note ${index}` } }, [event]),
    );
    relay.nudge({ collection: 'notes', id: event.orgCode });
    await arrived;
  };

  await measure('warm-up', 100, 1, bare);
  await measure('warm-up', 100, 1, kit);
  for (const concurrency of [1, 16]) {
    const raw = await measure(
      `bare JetStream publish (c=${concurrency})`,
      count,
      concurrency,
      bare,
    );
    const ours = await measure(`kit outbox + relay (c=${concurrency})`, count, concurrency, kit);
    printComparison(`Event committed → consumer, concurrency ${concurrency}`, raw, ours);
  }

  await relay.stop();
  await messages.close();
  await delivered;
  await jsm.streams.delete(stream);
  await db.dropDatabase();
  await Promise.all([nc.close(), mongo.close()]);
}
