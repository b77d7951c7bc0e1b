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
  updateWithEvents,
} from '@expertnet/platform';
import { NoteSavedSchema } from '@expertnet/proto/expertnet/probe/v1/events_pb.ts';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { measure, printComparison } from '@expertnet/tests/support/bench-stats.ts';

/**
 * A state change and its event, from the write until a consumer receives the event: through the
 * kit (one document update carrying the outbox, then the relay publishes) against the least any
 * transactional outbox must do, the same document write done directly and then a bare JetStream
 * publish of the same envelope. Each operation changes its own document, as each nomination or
 * enrolment is its own. Prints `W5 outbox: ratio R`, R the throughput ratio at c=16.
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
  const direct = db.collection<{ _id: string; text?: string }>('direct');
  const bare = async (index: number) => {
    const event = envelope(index);
    const arrived = arrival(event.id);
    await direct.updateOne({ _id: `note-${String(index)}` }, { $set: { text: event.id } });
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
  const notes = db.collection<{ _id: string; text?: string }>('notes');
  await ensureIndexes(notes, [OUTBOX_INDEX]);
  // The aggregates exist before events are written about them, as in a service.
  const documents = Array.from({ length: count + 100 }, (_, index) => ({
    _id: `note-${String(index)}`,
  }));
  await notes.insertMany(documents);
  await direct.insertMany(documents);
  const kit = async (index: number) => {
    const event = envelope(index);
    const arrived = arrival(event.id);
    const written = await updateWithEvents(
      notes,
      { _id: `note-${String(index)}` },
      { $set: { text: event.id } },
      [event],
    );
    if (written) relay.nudge(written);
    await arrived;
  };

  // Warm-up on the last documents; the measured runs then change each of the others once.
  await measure('warm-up', 100, 1, (index) => bare(count + index));
  await measure('warm-up', 100, 1, (index) => kit(count + index));
  let ratio = 0;
  for (const concurrency of [1, 16]) {
    const half = count / 2;
    const offset = concurrency === 1 ? 0 : half;
    const raw = await measure(
      `write + bare publish (c=${String(concurrency)})`,
      half,
      concurrency,
      (index) => bare(offset + index),
    );
    const ours = await measure(
      `kit outbox + relay (c=${String(concurrency)})`,
      half,
      concurrency,
      (index) => kit(offset + index),
    );
    printComparison(
      `State change + event → consumer, concurrency ${String(concurrency)}`,
      raw,
      ours,
    );
    ratio = ours.perSecond / raw.perSecond;
  }
  process.stdout.write(`W5 outbox: ratio ${ratio.toFixed(2)}\n`);

  await relay.stop();
  await messages.close();
  await delivered;
  await jsm.streams.delete(stream);
  await db.dropDatabase();
  await Promise.all([nc.close(), mongo.close()]);
}
