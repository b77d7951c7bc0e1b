import type { Collection, Document, Filter, UpdateFilter } from 'mongodb';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { DomainError } from '../errors/domain-error.ts';
import { updateWithEvents, type OutboxWrite, type WithOutbox } from '../events/outbox.ts';

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
 * updateVersioned for a change with events (see updateWithEvents): what the relay needs to
 * publish them, undefined when there were none.
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
  const current = { ...filter, version: expectedVersion };
  const written = await updateWithEvents(collection, current, versionBumped(update), events);
  return written ?? refuseStale(collection, filter, expectedVersion, what);
}

const versionBumped = <T extends Document>(update: UpdateFilter<T>): UpdateFilter<T> => {
  const bumped: Document = { ...update, $inc: { ...update.$inc, version: 1 } };
  return bumped;
};

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

const isStale = (error: unknown) =>
  error instanceof DomainError && error.code === 'VERSION_CONFLICT';

/**
 * Runs a read-decide-write step again when another writer changed the document first (a stale
 * versioned write): how concurrent claims on one document (a mentor's places, an expert's
 * bookings) settle on exactly what there is. Other errors, and the last conflict, go through.
 */
export async function retryOnConflict<T>(step: () => Promise<T>, attempts = 50): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await step();
    } catch (error) {
      if (!isStale(error) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
    }
  }
}
