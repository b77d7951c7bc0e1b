import { OUTBOX_INDEX, outboxOf, type OutboxWrite, type WithOutbox } from '../events/outbox.ts';
import { ensureIndexes, type IndexDeclaration } from './indexes.ts';
import { findPage, type PageQuery } from './pagination.ts';
import { updateVersionedWithEvents } from './versioned.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { MongoServerError, type Db, type Document, type Filter } from 'mongodb';

const DUPLICATE_KEY = 11000;

/** A domain record as stored: its id as _id, the rest as the domain has it, plus its outbox. */
export type StoredRecord<T extends { readonly id: string }> = Omit<T, 'id'> &
  WithOutbox & { _id: string; version: number };

/**
 * The way every mentoring collection of versioned records is kept: insert with the first events
 * (idempotent: the same id twice is the first write), read, versioned update with events in the
 * same single-document write, keyset pages. Each repository adds its own queries and indexes.
 */
export function recordStore<T extends { readonly id: string; readonly version: number }>(
  db: Db,
  name: string,
  indexes: readonly IndexDeclaration[],
  /** Query and sort keys derived from the record, kept in step by every write. */
  keysOf: (record: T) => Document = () => ({}),
) {
  const collection = db.collection<StoredRecord<T>>(name);
  const toRecord = (document: StoredRecord<T>): T => {
    const {
      _id,
      outbox: _o,
      outboxPending: _p,
      keys: _k,
      ...rest
    } = document as StoredRecord<T> & Document;
    // The stored fields are the record's own (toDocument wrote them); Mongo's typing cannot say so.
    return { ...rest, id: _id } as unknown as T;
  };
  const toDocument = (record: T): StoredRecord<T> => {
    const { id, ...rest } = record;
    return { ...rest, keys: keysOf(record), _id: id };
  };
  return {
    collection,
    toRecord,
    ensureIndexes: () => ensureIndexes(collection, [...indexes, OUTBOX_INDEX]),
    /** Inserts the record with its events; false when a record with its id exists already. */
    async insert(record: T, events: readonly EventEnvelope[]): Promise<boolean> {
      try {
        await collection.insertOne({
          ...toDocument(record),
          ...outboxOf(events),
        } as Parameters<typeof collection.insertOne>[0]);
        return true;
      } catch (error) {
        if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return false;
        throw error;
      }
    },
    async get(id: string): Promise<T | undefined> {
      const found = await collection.findOne({ _id: id } as Filter<StoredRecord<T>>);
      return found === null ? undefined : toRecord(found as StoredRecord<T>);
    },
    async find(filter: Filter<StoredRecord<T>>, limit = 0): Promise<T[]> {
      const found = await collection.find(filter).limit(limit).toArray();
      return found.map((document) => toRecord(document as StoredRecord<T>));
    },
    /** Replaces the record if it still has `expectedVersion`, with its events in the same write. */
    async replace(
      record: T,
      expectedVersion: number,
      events: readonly EventEnvelope[],
      what: string,
    ): Promise<OutboxWrite | undefined> {
      const { _id, version: _v, ...fields } = toDocument(record);
      return updateVersionedWithEvents(
        collection,
        { _id } as Filter<StoredRecord<T>>,
        expectedVersion,
        { $set: fields } as Document,
        events,
        what,
      );
    },
    async page(
      filter: Filter<StoredRecord<T>>,
      sortField: string,
      query: PageQuery,
      descending = false,
    ): Promise<{ items: T[]; nextCursor: string }> {
      const page = await findPage(collection, filter, sortField, query, { descending });
      return {
        items: page.items.map((document) => toRecord(document as StoredRecord<T>)),
        nextCursor: page.nextCursor,
      };
    },
  };
}
