import { headers as natsHeaders } from '@nats-io/transport-node';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { AnyBulkWriteOperation, Collection, Db, ObjectId, WithId } from 'mongodb';
import type { Logger } from 'pino';
import type { Readiness } from '../runtime/readiness.ts';
import { reach } from './faults.ts';
import { tracePublish } from '../telemetry/trace-context.ts';
import type { OutboxEntry, OutboxWrite, WithOutbox } from './outbox.ts';

/** What the relay reads and writes of a document: its id and its outbox. */
interface OutboxDocument extends WithOutbox {
  _id: ObjectId | string;
}

export interface OutboxRelayOptions {
  readonly db: Db;
  /** Names of the collections whose documents carry an outbox (see withEvents). */
  readonly collections: readonly string[];
  readonly js: JetStreamClient;
  readonly logger: Logger;
  /**
   * How often to look for pending events in every collection (through OUTBOX_INDEX). Writers in
   * this process nudge the relay with the document they wrote, so the search only finds what a
   * crashed process or another replica left behind, or a publish that failed.
   */
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
  /** When NATS comes back after an outage, the relay searches at once instead of at its retry. */
  readonly readiness?: Readiness;
}

export interface OutboxRelay {
  /** Publishes everything pending now; returns how many events it published. */
  runOnce(): Promise<number>;
  start(): void;
  /**
   * Wakes the loop at once. Given the document just written with events, the relay publishes
   * that document's events without searching for them; given its entries too (the document's
   * whole outbox), without reading it.
   */
  nudge(written?: OutboxWrite): void;
  stop(): Promise<void>;
}

/**
 * Publishes outbox events with Nats-Msg-Id = event id, then removes them from their document.
 * A crash between the two republishes the event on restart, and JetStream drops the copy, so
 * each event is stored once. Events of one document are published in the order written.
 */
export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const pollIntervalMs = options.pollIntervalMs ?? 5_000;
  const batchSize = options.batchSize ?? 100;
  let running: Promise<void> | undefined;
  let stopped = false;
  let wake: (() => void) | undefined;
  // Documents nudged since the last pass, by collection, with their whole outbox when the writer
  // knew it (undefined: read the document); a nudge without a document asks for a search.
  let written = new Map<string, Map<unknown, readonly OutboxEntry[] | undefined>>();
  let scanWanted = true;
  let lastScan = 0;
  // A function, so the loop reads the flag as nudge() left it during an await.
  const nudgedForScan = () => scanWanted;
  const takeWritten = () => {
    const taken = written;
    written = new Map();
    return taken;
  };

  /**
   * Publishes a document's pending events, then removes them in one update. Publishing them
   * concurrently keeps their order: JetStream stores one connection's publishes in send order.
   */
  async function relayDocument(collection: Collection<OutboxDocument>, doc: OutboxDocument) {
    const entries = doc.outbox ?? [];
    await reach('relay.after-read');
    await Promise.all(entries.map(publish));
    await reach('relay.after-publish');
    await markSent(collection, [{ _id: doc._id, entries }]);
    return entries.length;
  }

  /**
   * Removes published entries from their documents: one command for all of them as a rule.
   * Clears outbox and flag together where no event was added since (the usual case); otherwise
   * removes exactly the published entries and leaves the flag for the rest. `$pullAll` takes
   * exact values: FerretDB 1.x silently ignores `$pull` with a condition.
   */
  async function markSent(
    collection: Collection<OutboxDocument>,
    sent: readonly { _id: OutboxDocument['_id']; entries: readonly OutboxEntry[] }[],
  ): Promise<void> {
    const clear = (doc: (typeof sent)[number]): AnyBulkWriteOperation<OutboxDocument> => ({
      updateOne: {
        filter: { _id: doc._id, outbox: [...doc.entries] },
        update: { $set: { outbox: [], outboxPending: false } },
      },
    });
    const cleared = await collection.bulkWrite(sent.map(clear), { ordered: false });
    if (cleared.matchedCount === sent.length) return;
    // Some documents gained events meanwhile. Pulling from one already cleared changes nothing.
    const pull = (doc: (typeof sent)[number]): AnyBulkWriteOperation<OutboxDocument> => ({
      updateOne: { filter: { _id: doc._id }, update: { $pullAll: { outbox: [...doc.entries] } } },
    });
    await collection.bulkWrite(sent.filter((doc) => doc.entries.length > 0).map(pull), {
      ordered: false,
    });
  }

  async function publish(entry: OutboxEntry): Promise<void> {
    const headers = natsHeaders();
    // Carries the trace across the bus: consumers continue the trace of the change that wrote it.
    await tracePublish(entry.subject, entry.traceparent ?? '', headers, () =>
      options.js.publish(entry.subject, entry.envelope.buffer, { msgID: entry.id, headers }),
    );
  }

  /** A full scan: everything pending in every collection; returns how many events it published. */
  async function runOnce(): Promise<number> {
    lastScan = Date.now();
    let published = 0;
    for (const name of options.collections) {
      const collection = options.db.collection<OutboxDocument>(name);
      const pending = await collection.find({ outboxPending: true }).limit(batchSize).toArray();
      // Documents are independent: only the events within one document must stay in order.
      const counts = await Promise.all(pending.map((doc) => relayDocument(collection, doc)));
      published += counts.reduce((sum, count) => sum + count, 0);
    }
    return published;
  }

  /**
   * The documents nudged since the last pass. Those whose writer passed their whole outbox are
   * published from memory and marked sent together; the others are read by their id alone, the
   * one filter every MongoDB-wire server answers from its index.
   */
  async function relayWritten(): Promise<number> {
    let published = 0;
    for (const [name, nudged] of takeWritten()) {
      const collection = options.db.collection<OutboxDocument>(name);
      const known = [...nudged]
        .filter((entry): entry is [OutboxDocument['_id'], readonly OutboxEntry[]] => !!entry[1])
        .map(([_id, entries]) => ({ _id, entries }));
      const unknown = [...nudged].filter(([, entries]) => entries === undefined);
      const read = await Promise.all(
        unknown.map(([id]) => collection.findOne({ _id: id as OutboxDocument['_id'] })),
      );
      const pending = read.filter(
        (doc): doc is WithId<OutboxDocument> => doc?.outboxPending === true,
      );
      await Promise.all(known.flatMap((doc) => doc.entries.map(publish)));
      if (known.length > 0) {
        await reach('relay.after-publish');
        await markSent(collection, known);
      }
      const counts = await Promise.all(pending.map((doc) => relayDocument(collection, doc)));
      published += counts.reduce((sum, count) => sum + count, known.length);
    }
    return published;
  }

  async function loop(): Promise<void> {
    let failures = 0;
    while (!stopped) {
      try {
        const scanDue = scanWanted || Date.now() - lastScan >= pollIntervalMs;
        scanWanted = false;
        const published = scanDue ? await runOnce() : await relayWritten();
        if (failures > 0) options.logger.info({ failures }, 'outbox relay publishing again');
        failures = 0;
        // A full batch may leave more behind; a nudge during the pass has more to do at once.
        if (published >= batchSize) scanWanted = true;
        if (written.size > 0 || nudgedForScan()) continue;
      } catch (error) {
        failures += 1;
        // The documents this pass took are pending still: the retry searches for everything.
        scanWanted = true;
        // Once per outage, not at every retry; the recovery line gives the count.
        if (failures === 1) options.logger.warn({ err: error }, 'outbox relay failed; retrying');
      }
      const backoff =
        failures === 0
          ? Math.max(0, pollIntervalMs - (Date.now() - lastScan))
          : Math.min(250 * 2 ** failures, 5_000);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, backoff);
      });
    }
  }

  options.readiness?.watch((dependency, reachable) => {
    if (dependency === 'nats' && reachable && running !== undefined) {
      scanWanted = true;
      wake?.();
    }
  });

  return {
    runOnce,
    start() {
      stopped = false;
      running ??= loop();
    },
    nudge(document) {
      if (document === undefined) scanWanted = true;
      else {
        const nudged =
          written.get(document.collection) ??
          new Map<unknown, readonly OutboxEntry[] | undefined>();
        // Two writes of one document in one pass: only its stored outbox has both, in order.
        const entries = nudged.has(document.id) ? undefined : document.entries;
        nudged.set(document.id, entries);
        written.set(document.collection, nudged);
      }
      wake?.();
    },
    async stop() {
      stopped = true;
      wake?.();
      await running;
      running = undefined;
    },
  };
}
