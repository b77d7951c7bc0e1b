import { Binary, type Collection, type Document, type Filter, type UpdateFilter } from 'mongodb';
import type { IndexDeclaration } from '../mongo/indexes.ts';
import { encodeEnvelope } from './envelope.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';

/** An event waiting in its aggregate's document until the relay has published it. */
export interface OutboxEntry {
  readonly id: string;
  readonly subject: string;
  readonly envelope: Binary;
  /**
   * The envelope's W3C trace context, kept beside it so the relay continues the trace without
   * decoding the envelope. Absent in entries written before it was added: those publish untraced.
   */
  readonly traceparent?: string;
}

/**
 * What a write with events tells the relay: the document it wrote and, when the write knows them
 * to be the document's whole outbox (nothing was waiting before it), the entries themselves, so
 * the relay publishes them without reading the document back.
 */
export interface OutboxWrite {
  readonly collection: string;
  readonly id: unknown;
  readonly entries?: readonly OutboxEntry[];
}

/** Fields every document with an outbox carries. */
export interface WithOutbox {
  outbox?: OutboxEntry[];
  /** True while `outbox` may be non-empty; indexed, so the relay finds work without a scan. */
  outboxPending?: boolean;
}

/**
 * Adds events to a state change so both are written by ONE single-document update: either the
 * change and its events are stored together, or neither is. No transaction is needed, which
 * keeps us within what FerretDB supports.
 */
export function withEvents<T extends Document>(
  update: UpdateFilter<T>,
  events: readonly EventEnvelope[],
): UpdateFilter<T> {
  return withEntries(update, events.map(outboxEntry));
}

function withEntries<T extends Document>(
  update: UpdateFilter<T>,
  entries: readonly OutboxEntry[],
): UpdateFilter<T> {
  const merged: Document = { ...update };
  merged.$push = {
    ...(update.$push as Document | undefined),
    outbox: { $each: entries },
  };
  merged.$set = { ...update.$set, outboxPending: true };
  return merged;
}

/**
 * Updates the document `filter` names with its events, in one command as a rule. The write
 * asserts that no earlier events are still waiting in the document, so these events are its
 * whole outbox and the relay may publish them from memory, in order, without reading the
 * document back. If earlier events are waiting (their relay has not cleared them yet), the write
 * is repeated without that condition and the relay reads the document, publishing the earlier
 * ones first. `written` is undefined when nothing matched.
 */
export async function updateWithEvents<T extends Document & WithOutbox>(
  collection: Collection<T>,
  filter: Filter<T>,
  update: UpdateFilter<T>,
  events: readonly EventEnvelope[],
): Promise<OutboxWrite | undefined> {
  const entries = events.map(outboxEntry);
  const written = withEntries<T>(update, entries);
  const write = { collection: collection.collectionName, id: (filter as { _id?: unknown })._id };
  const alone = await collection.updateOne({ ...filter, outboxPending: { $ne: true } }, written);
  if (alone.matchedCount === 1) return { ...write, entries };
  const behindOthers = await collection.updateOne(filter, written);
  return behindOthers.matchedCount === 1 ? write : undefined;
}

/** The outbox fields of a document inserted together with its first events. */
export function outboxOf(events: readonly EventEnvelope[]): WithOutbox {
  return events.length === 0 ? {} : { outbox: events.map(outboxEntry), outboxPending: true };
}

const outboxEntry = (event: EventEnvelope): OutboxEntry => ({
  id: event.id,
  subject: event.subject,
  envelope: new Binary(encodeEnvelope(event)),
  traceparent: event.traceparent,
});

/** Every collection with an outbox declares this index beside its repository's others. */
export const OUTBOX_INDEX: IndexDeclaration = {
  name: 'outbox_pending',
  key: { outboxPending: 1 },
  serves: "the relay's search for documents with unpublished events ({ outboxPending: true })",
};
