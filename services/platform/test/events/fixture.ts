import { randomUUID } from 'node:crypto';
import { fromBinary } from '@bufbuild/protobuf';
import {
  appliedOnce,
  createEnvelope,
  createEventConsumer,
  createLogger,
  ensureStream,
  updateVersionedWithEvents,
  withEvents,
  type EventConsumer,
  type OutboxWrite,
} from '@expertnet/platform';
import { NoteSavedSchema } from '@expertnet/proto/expertnet/probe/v1/events_pb.ts';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { Db } from 'mongodb';

/**
 * A tiny service for the event tests: notes (with an outbox) on the producing side, a per-org
 * tally on the consuming side. The relay and consumer processes and the tests share it.
 */
export interface EventFixture {
  readonly dbName: string;
  readonly stream: string;
  readonly subjectPrefix: string;
}

export const fixtureFromEnv = (): EventFixture => ({
  dbName: required('FIXTURE_DB'),
  stream: required('FIXTURE_STREAM'),
  subjectPrefix: required('FIXTURE_SUBJECTS'),
});

export function newFixture(): EventFixture {
  const run = randomUUID().replaceAll('-', '').slice(0, 12);
  return { dbName: `events_${run}`, stream: `EVENTS_${run}`, subjectPrefix: `probe${run}` };
}

export const fixtureEnv = (fixture: EventFixture) => ({
  FIXTURE_DB: fixture.dbName,
  FIXTURE_STREAM: fixture.stream,
  FIXTURE_SUBJECTS: fixture.subjectPrefix,
});

export async function ensureFixtureStream(nc: NatsConnection, fixture: EventFixture) {
  await ensureStream(await jetstreamManager(nc), {
    name: fixture.stream,
    subjects: [`${fixture.subjectPrefix}.>`],
  });
}

const noteSaved = (fixture: EventFixture, orgCode: string, text: string) =>
  createEnvelope(
    {
      subject: `${fixture.subjectPrefix}.note.saved`,
      schema: NoteSavedSchema,
      data: { orgCode, text },
      orgCode,
    },
    { source: 'probe', newId: randomUUID, now: Date.now },
  );

/** The producing use case: save a note and its NoteSaved event in one document update. */
export async function saveNote(db: Db, fixture: EventFixture, orgCode: string, text: string) {
  const event = noteSaved(fixture, orgCode, text);
  await db
    .collection<{ _id: string }>('notes')
    .updateOne({ _id: orgCode }, withEvents({ $set: { text } }, [event]), { upsert: true });
  return event.id;
}

/**
 * The producing use case as the services write: a versioned note revised with its NoteSaved
 * event; the answer is what the writer nudges its relay with.
 */
export async function reviseNote(
  db: Db,
  fixture: EventFixture,
  orgCode: string,
  text: string,
): Promise<{ eventId: string; written: OutboxWrite | undefined }> {
  const notes = db.collection<{ _id: string; text: string; version: number }>('notes');
  const current = await notes.findOne({ _id: `revised-${orgCode}` });
  if (current === null) await notes.insertOne({ _id: `revised-${orgCode}`, text: '', version: 1 });
  const event = noteSaved(fixture, orgCode, text);
  const written = await updateVersionedWithEvents(
    notes,
    { _id: `revised-${orgCode}` },
    current?.version ?? 1,
    { $set: { text } },
    [event],
    `note ${orgCode}`,
  );
  return { eventId: event.id, written };
}

/** The consuming side: counts notes per organisation, each event at most once. */
export async function startTally(
  nc: NatsConnection,
  db: Db,
  fixture: EventFixture,
  options: {
    ackWaitMs?: number;
    maxDeliveries?: number;
    failWhen?: (text: string) => boolean;
  } = {},
): Promise<EventConsumer> {
  const tally = db.collection<{ _id: string; count: number; appliedEvents: string[] }>('tally');
  const consumer = createEventConsumer({
    js: jetstream(nc),
    jsm: await jetstreamManager(nc),
    stream: fixture.stream,
    durable: 'tally',
    filterSubjects: [`${fixture.subjectPrefix}.note.saved`],
    processed: db.collection('processed_events'),
    logger: createLogger({ service: 'tally', level: 'silent' }),
    retryDelayMs: () => 100,
    ...(options.ackWaitMs === undefined ? {} : { ackWaitMs: options.ackWaitMs }),
    ...(options.maxDeliveries === undefined ? {} : { maxDeliveries: options.maxDeliveries }),
    async handle(event) {
      const saved = fromBinary(NoteSavedSchema, event.data);
      if (options.failWhen?.(saved.text) === true) throw new Error(`cannot tally "${saved.text}"`);
      const once = appliedOnce(event.id);
      await tally.updateOne(
        { _id: saved.orgCode },
        { $setOnInsert: { count: 0, appliedEvents: [] } },
        { upsert: true },
      );
      await tally.updateOne(
        { _id: saved.orgCode, ...once.filter },
        { $inc: { count: 1 }, $push: once.push },
      );
    },
  });
  await consumer.start();
  return consumer;
}

function required(name: string): string {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is required`);
  return value;
}
