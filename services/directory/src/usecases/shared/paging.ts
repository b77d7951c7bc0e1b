import { DomainError } from '@expertnet/platform';

/** A page of a list ranked in memory: the opaque cursor of the previous page and the size. */
export interface PageRequest {
  readonly cursor: string;
  readonly size: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string;
}

/**
 * Lists ranked in memory (peers, matches, skills) page by position: the cursor is the offset of
 * the next row, encoded so nobody mistakes it for an API to compute.
 */
export function offsetOf(cursor: string): number {
  if (cursor === '') return 0;
  const match = /^o:(\d{1,9})$/u.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (match === null) {
    throw new DomainError(
      'invalid-argument',
      'INVALID_CURSOR',
      'page.cursor is not a cursor of this list',
      {
        violations: [{ field: 'page.cursor', description: 'is not a cursor of this list' }],
      },
    );
  }
  return Number(match[1]);
}

/** One page of an in-memory ranking, with the cursor of the next. */
export function pageOfList<T>(all: readonly T[], offset: number, size: number): Page<T> {
  const items = all.slice(offset, offset + size);
  const next = offset + size < all.length ? offset + size : undefined;
  return {
    items,
    nextCursor: next === undefined ? '' : Buffer.from(`o:${next}`, 'utf8').toString('base64url'),
  };
}
