import { headers as natsHeaders } from '@nats-io/transport-node';
import type { JetStreamClient } from '@nats-io/jetstream';
import type { Collection, Db, ObjectId, WithId } from 'mongodb';
import type { Logger } from 'pino';
import { reach } from './faults.ts';
import { tracePublish } from '../telemetry/trace-context.ts';
import type { OutboxEntry, WithOutbox } from './outbox.ts';

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
   * How often to scan every collection for pending events. Writers in this process nudge the
   * relay with the document they wrote, so the scan only finds what a crashed process or another
   * replica left behind: it can be rare, and must be, since a scan is a full collection read on
   * servers without index pushdown (FerretDB 1.x with SQLite).
   */
  readonly pollIntervalMs?: number;
  readonly batchSize?: number;
}

export interface OutboxRelay {
  /** Publishes everything pending now; returns how many events it published. */
  runOnce(): Promise<number>;
  start(): void;
  /**
   * Wakes the loop at once. Given the collection and id of the document just written with
   * events, the relay publishes that document's events without scanning for them.
   */
  nudge(written?: { readonly collection: string; readonly id: unknown }): void;
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
  // Documents nudged since the last pass, by collection; a nudge without one asks for a scan.
  let written = new Map<string, Set<unknown>>();
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
    // Clears outbox and flag together when no event was added since we read it (the usual
    // case); otherwise removes exactly the published entries and leaves the flag for the rest.
    // `$pullAll` takes exact values: FerretDB 1.x silently ignores `$pull` with a condition.
    const cleared = await collection.updateOne(
      { _id: doc._id, outbox: entries },
      { $set: { outbox: [], outboxPending: false } },
    );
    if (cleared.matchedCount === 0 && entries.length > 0) {
      const pulled = await collection.updateOne(
        { _id: doc._id },
        { $pullAll: { outbox: entries } },
      );
      if (pulled.modifiedCount !== 1) {
        throw new Error(`events of ${String(doc._id)} were published but could not be marked sent`);
      }
    }
    return entries.length;
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
   * The documents nudged since the last pass, each read by its id alone: a bare `_id` equality is
   * the one filter every MongoDB-wire server answers from its index (FerretDB does not push `$in`
   * or a second condition down, and would read the whole collection).
   */
  async function relayWritten(): Promise<number> {
    let published = 0;
    for (const [name, ids] of takeWritten()) {
      const collection = options.db.collection<OutboxDocument>(name);
      const documents = await Promise.all(
        [...ids].map((id) => collection.findOne({ _id: id as OutboxDocument['_id'] })),
      );
      const pending = documents.filter(
        (doc): doc is WithId<OutboxDocument> => doc?.outboxPending === true,
      );
      const counts = await Promise.all(pending.map((doc) => relayDocument(collection, doc)));
      published += counts.reduce((sum, count) => sum + count, 0);
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
        failures = 0;
        // A full batch may leave more behind; a nudge during the pass has more to do at once.
        if (published >= batchSize) scanWanted = true;
        if (written.size > 0 || nudgedForScan()) continue;
      } catch (error) {
        failures += 1;
        options.logger.warn({ err: error, failures }, 'outbox relay failed; retrying');
      }
      const backoff =
        failures === 0
          ? Math.max(0, pollIntervalMs - (Date.now() - lastScan))
          : Math.min(250 * 2 ** failures, 10_000);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, backoff);
      });
    }
  }

  return {
    runOnce,
    start() {
      stopped = false;
      running ??= loop();
    },
    nudge(document) {
      if (document === undefined) scanWanted = true;
      else {
        const ids = written.get(document.collection) ?? new Set();
        ids.add(document.id);
        written.set(document.collection, ids);
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
