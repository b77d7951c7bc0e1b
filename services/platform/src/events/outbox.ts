import { Binary, type Document, type UpdateFilter } from 'mongodb';
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
  events: readonly EventEnvelope[] | readonly OutboxEntry[],
): UpdateFilter<T> {
  const entries = events.map((event) => ('envelope' in event ? event : outboxEntry(event)));
  const merged: Document = { ...update };
  merged.$push = {
    ...(update.$push as Document | undefined),
    outbox: { $each: entries },
  };
  merged.$set = { ...update.$set, outboxPending: true };
  return merged;
}

/** The outbox fields of a document inserted together with its first events. */
export function outboxOf(events: readonly EventEnvelope[]): WithOutbox {
  return events.length === 0 ? {} : { outbox: outboxEntries(events), outboxPending: true };
}

export function outboxEntries(events: readonly EventEnvelope[]): OutboxEntry[] {
  return events.map(outboxEntry);
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
