import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  createLogger,
  createOutboxRelay,
  DEAD_LETTER_STREAM,
  decodeEnvelope,
  deadLetterSubject,
  ensureStream,
  listDeadLetters,
  replayDeadLetter,
  type EventConsumer,
  type ProcessedEvent,
} from '@expertnet/platform';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { jetstream, jetstreamManager, type JetStreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ensureFixtureStream,
  fixtureEnv,
  newFixture,
  reviseNote,
  saveNote,
  startTally,
  type EventFixture,
} from '../events/fixture.ts';
import {
  kill9,
  outputOf,
  startProcess,
  waitForOutput,
  waitUntil,
} from '@expertnet/tests/support/processes.ts';

describe('events are never lost or doubled, proven by killing processes', () => {
  let nc: NatsConnection;
  let jsm: JetStreamManager;
  let mongo: MongoClient;
  let fixture: EventFixture;
  let db: Db;
  const children: ChildProcess[] = [];

  const processEnv = (extra: Record<string, string> = {}) => ({
    NATS_URL: stackEnv('NATS_URL'),
    MONGO_URL: stackEnv('MONGO_URL'),
    ...fixtureEnv(fixture),
    ...extra,
  });
  const spawnService = (script: string, extra: Record<string, string> = {}) => {
    const child = startProcess(
      path.join(import.meta.dirname, '../events', script),
      processEnv(extra),
    );
    children.push(child);
    return child;
  };

  /** Event ids stored in the stream, in order (decoded from every message). */
  async function storedEventIds(): Promise<string[]> {
    const { state } = await jsm.streams.info(fixture.stream);
    const ids: string[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq += 1) {
      const message = await jsm.streams.getMessage(fixture.stream, { seq });
      if (message !== null) ids.push(decodeEnvelope(message.data).id);
    }
    return ids;
  }
  const pendingDocuments = () => db.collection('notes').countDocuments({ outboxPending: true });
  const allRelayed = () => waitUntil(async () => (await pendingDocuments()) === 0, 60_000);

  beforeAll(async () => {
    nc = await connect({ servers: stackEnv('NATS_URL') });
    jsm = await jetstreamManager(nc);
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
    await ensureStream(jsm, DEAD_LETTER_STREAM);
  });

  afterEach(async () => {
    await Promise.all(children.splice(0).map(kill9));
    await jsm.streams.delete(fixture.stream).catch(() => undefined);
    await db.dropDatabase();
  });

  afterAll(async () => {
    await nc.close();
    await mongo.close();
  });

  const freshFixture = async () => {
    fixture = newFixture();
    db = mongo.db(fixture.dbName);
    await ensureFixtureStream(nc, fixture);
  };

  it('publishes an event once when the relay is killed after the write, before the publish', async () => {
    await freshFixture();
    const eventId = await saveNote(db, fixture, 'P01', 'Kế hoạch 2026');

    const crashed = spawnService('relay-process.ts', { EXPERTNET_FAULT_PAUSE: 'relay.after-read' });
    await waitForOutput(crashed, 'FAULT-PAUSED relay.after-read');
    await kill9(crashed);
    expect(await storedEventIds()).toEqual([]);

    spawnService('relay-process.ts');
    await allRelayed();
    expect(await storedEventIds()).toEqual([eventId]);
  });

  it('stores an event once when the relay is killed after the publish, before marking it sent', async () => {
    await freshFixture();
    const eventId = await saveNote(db, fixture, 'P79', 'Đề cử đợt 1');

    const crashed = spawnService('relay-process.ts', {
      EXPERTNET_FAULT_PAUSE: 'relay.after-publish',
    });
    await waitForOutput(crashed, 'FAULT-PAUSED relay.after-publish');
    await kill9(crashed);
    expect(await storedEventIds()).toEqual([eventId]);
    expect(await pendingDocuments()).toBe(1);

    spawnService('relay-process.ts');
    await allRelayed();
    // The restarted relay published it again; JetStream dropped the copy by its message id.
    expect(await storedEventIds()).toEqual([eventId]);
  });

  it('publishes events it holds in memory once, across a SIGKILL between the publish and the mark', async () => {
    await freshFixture();
    // The writer's own relay publishes from memory; it is killed before marking any sent.
    const writer = spawnService('relay-process.ts', {
      RELAY_WRITES: '5',
      EXPERTNET_FAULT_PAUSE: 'relay.after-publish',
    });
    await waitForOutput(writer, 'FAULT-PAUSED relay.after-publish');
    await kill9(writer);
    const written = [...outputOf(writer).matchAll(/WROTE (\S+)/g)].map((match) => match[1]);
    const atKill = await storedEventIds();
    expect(atKill.length).toBeGreaterThan(0);
    expect(await pendingDocuments()).toBeGreaterThan(0);

    spawnService('relay-process.ts');
    await allRelayed();
    const stored = await storedEventIds();
    console.info(
      `in-memory kill test: ${String(written.length)} written, ${String(atKill.length)} stored at SIGKILL, ${String(stored.length)} after restart`,
    );
    // Every write the writer saw succeed is published once; the write in flight at the kill
    // may have reached the database without its line, and then it is published too.
    expect(stored).toEqual(expect.arrayContaining(written));
    expect(stored).toHaveLength(new Set(stored).size);
    expect(stored.length - written.length).toBeLessThanOrEqual(1);
  });

  it('keeps the order of a document whose earlier events were still waiting when it was written again', async () => {
    await freshFixture();
    const first = await reviseNote(db, fixture, 'P01', 'bản 1');
    const second = await reviseNote(db, fixture, 'P01', 'bản 2');
    // Only the first write knew its events were the document's whole outbox.
    expect(first.written?.entries).toHaveLength(1);
    expect(second.written).toBeDefined();
    expect(second.written?.entries).toBeUndefined();

    const relay = createOutboxRelay({
      db,
      collections: ['notes'],
      js: jetstream(nc),
      logger: createLogger({ service: 'relay', level: 'silent' }),
      pollIntervalMs: 600_000,
    });
    relay.start();
    // The later nudge arrives first; the relay reads the document and publishes both in order.
    if (second.written) relay.nudge(second.written);
    if (first.written) relay.nudge(first.written);
    await allRelayed();
    await relay.stop();
    expect(await storedEventIds()).toEqual([first.eventId, second.eventId]);
  });

  it('relays a batch of 200 events exactly once across a SIGKILL in the middle', async () => {
    await freshFixture();
    const written: string[] = [];
    for (let note = 0; note < 5; note += 1) {
      for (let org = 0; org < 40; org += 1) {
        written.push(await saveNote(db, fixture, `ORG${org}`, `note ${note}`));
      }
    }

    // Ten documents (50 events) get through; the relay then stops after publishing the next
    // documents' events and before marking them sent, and is killed there.
    const relay = spawnService('relay-process.ts', {
      EXPERTNET_FAULT_PAUSE: 'relay.after-publish',
      EXPERTNET_FAULT_PAUSE_AFTER: '10',
    });
    await waitForOutput(relay, 'FAULT-PAUSED relay.after-publish');
    await kill9(relay);
    const atKill = (await storedEventIds()).length;

    spawnService('relay-process.ts');
    await allRelayed();
    const stored = await storedEventIds();
    console.info(
      `batch kill test: ${atKill} of 200 stored at SIGKILL, ${stored.length} after restart`,
    );
    expect(atKill).toBeGreaterThan(50);
    expect(atKill).toBeLessThan(200);
    expect(stored).toHaveLength(200);
    expect(new Set(stored)).toEqual(new Set(written));
  });

  it('changes nothing when a consumer killed after its write and before its ack gets the event again', async () => {
    await freshFixture();
    const eventId = await saveNote(db, fixture, 'P48', 'Hỗ trợ Đà Nẵng');
    const relay = createOutboxRelay({
      db,
      collections: ['notes'],
      js: jetstream(nc),
      logger: createLogger({ service: 'relay', level: 'silent' }),
    });
    expect(await relay.runOnce()).toBe(1);

    const crashed = spawnService('consumer-process.ts', {
      EXPERTNET_FAULT_PAUSE: 'consumer.after-handle',
    });
    await waitForOutput(crashed, 'FAULT-PAUSED consumer.after-handle');
    await kill9(crashed);
    const tally = db.collection<{ _id: string; count: number }>('tally');
    expect(await tally.findOne({ _id: 'P48' })).toMatchObject({ count: 1 });
    const processed = db.collection<ProcessedEvent>('processed_events');
    expect(await processed.countDocuments()).toBe(0);

    spawnService('consumer-process.ts');
    await waitUntil(async () => (await processed.countDocuments({ _id: eventId })) === 1);
    expect(await tally.findOne({ _id: 'P48' })).toMatchObject({ count: 1 });
  });

  it('moves an event that fails every time to the dead letters with the reason, and replays it', async () => {
    await freshFixture();
    const js = jetstream(nc);
    const relay = createOutboxRelay({
      db,
      collections: ['notes'],
      js,
      logger: createLogger({ service: 'relay', level: 'silent' }),
    });
    let consumer: EventConsumer = await startTally(nc, db, fixture, {
      maxDeliveries: 3,
      failWhen: (text) => text === 'poison',
    });
    const eventId = await saveNote(db, fixture, 'BTC', 'poison');
    await relay.runOnce();

    const subject = deadLetterSubject(fixture.stream, 'tally');
    await waitUntil(async () => (await listDeadLetters(jsm, subject)).length === 1);
    const [letter] = await listDeadLetters(jsm, subject);
    expect(letter).toMatchObject({
      eventId,
      deliveries: 3,
      originalSubject: `${fixture.subjectPrefix}.note.saved`,
      reason: 'cannot tally "poison"',
    });
    expect(await db.collection('tally').countDocuments()).toBe(0);

    // The operator fixes the cause (here: a consumer that accepts it) and replays.
    await consumer.stop();
    consumer = await startTally(nc, db, fixture);
    await replayDeadLetter(js, jsm, letter?.seq ?? 0);
    const tally = db.collection<{ _id: string; count: number }>('tally');
    await waitUntil(async () => (await tally.findOne({ _id: 'BTC' }))?.count === 1);
    expect(await listDeadLetters(jsm, subject)).toEqual([]);
    await consumer.stop();
  });
});
