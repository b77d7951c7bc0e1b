import type { Collection, Document, Filter, UpdateFilter } from 'mongodb';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { DomainError } from '../errors/domain-error.ts';
import { outboxEntries, withEvents, type OutboxWrite, type WithOutbox } from '../events/outbox.ts';

/** Documents updated with optimistic concurrency carry a version, bumped by every change. */
export interface Versioned {
  version: number;
}

/**
 * Applies `update` only if the document still has the version the caller read; bumps the
 * version in the same single-document update. A stale version is a CONFLICT the caller can
 * resolve by reading again; a missing document is NOT_FOUND.
 */
export async function updateVersioned<T extends Document & Versioned>(
  collection: Collection<T>,
  filter: Filter<T>,
  expectedVersion: number,
  update: UpdateFilter<T>,
  what: string,
): Promise<void> {
  const result = await collection.updateOne(
    { ...filter, version: expectedVersion },
    versionBumped(update),
  );
  if (result.matchedCount !== 1) await refuseStale(collection, filter, expectedVersion, what);
}

/**
 * updateVersioned for a change with events, in one command as a rule. The write asserts that no
 * earlier events are still waiting in the document, so these events are its whole outbox and the
 * relay may publish them from memory, in order, without reading the document back. If earlier
 * events are waiting (their relay has not cleared them yet), the write is repeated without that
 * condition and the relay reads the document, publishing the earlier ones first.
 */
export async function updateVersionedWithEvents<T extends Document & Versioned & WithOutbox>(
  collection: Collection<T>,
  filter: Filter<T>,
  expectedVersion: number,
  update: UpdateFilter<T>,
  events: readonly EventEnvelope[],
  what: string,
): Promise<OutboxWrite | undefined> {
  if (events.length === 0) {
    await updateVersioned(collection, filter, expectedVersion, update, what);
    return undefined;
  }
  const entries = outboxEntries(events);
  const written = versionBumped(withEvents<T>(update, entries));
  const current = { ...filter, version: expectedVersion } as Filter<T>;
  const alone = await collection.updateOne({ ...current, outboxPending: { $ne: true } }, written);
  const id = (filter as { _id?: unknown })._id;
  if (alone.matchedCount === 1) return { collection: collection.collectionName, id, entries };
  const behindOthers = await collection.updateOne(current, written);
  if (behindOthers.matchedCount !== 1) await refuseStale(collection, filter, expectedVersion, what);
  return { collection: collection.collectionName, id };
}

const versionBumped = <T extends Document>(update: UpdateFilter<T>): Document => ({
  ...update,
  $inc: { ...update.$inc, version: 1 },
});

/** Why a versioned write matched nothing: the document is gone, or someone changed it first. */
async function refuseStale<T extends Document>(
  collection: Collection<T>,
  filter: Filter<T>,
  expectedVersion: number,
  what: string,
): Promise<never> {
  if ((await collection.countDocuments(filter, { limit: 1 })) === 0) {
    throw new DomainError('not-found', 'NOT_FOUND', `${what} does not exist`);
  }
  throw new DomainError(
    'conflict',
    'VERSION_CONFLICT',
    `${what} was changed by someone else since version ${expectedVersion}; read it again`,
  );
}
