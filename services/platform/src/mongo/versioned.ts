import type { Collection, Document, Filter, UpdateFilter } from 'mongodb';
import { DomainError } from '../errors/domain-error.ts';

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
  const bump: Document = { ...update, $inc: { ...update.$inc, version: 1 } };
  const result = await collection.updateOne({ ...filter, version: expectedVersion }, bump);
  if (result.matchedCount === 1) return;
  if ((await collection.countDocuments(filter, { limit: 1 })) === 0) {
    throw new DomainError('not-found', 'NOT_FOUND', `${what} does not exist`);
  }
  throw new DomainError(
    'conflict',
    'VERSION_CONFLICT',
    `${what} was changed by someone else since version ${expectedVersion}; read it again`,
  );
}
