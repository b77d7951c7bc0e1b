/**
 * Keyset cursors: the sort key of a page's last row, so the next page starts right after it
 * whatever was written in between, and costs what the first page costs. A cursor is bound to its
 * order and query words by a checksum: one from another search (or made up) is refused rather than
 * silently paging something else.
 */
import { DomainError } from '@expertnet/platform';

export type KeyPart = string | number | null;

/** What each kind of order stores: relevance (score, name, id), name (name, id), last active (ms, id). */
export type CursorShape = 'relevance' | 'name' | 'last-active';

const VERSION = 1;
const FIELD = 'page.cursor';

export function encodeCursor(binding: string, parts: readonly KeyPart[]): string {
  const body = [VERSION, ...parts];
  return Buffer.from(JSON.stringify([...body, checksum(binding, body)])).toString('base64url');
}

/** The key parts of `cursor`, or a DomainError when this search did not produce it. */
export function decodeCursor(cursor: string, binding: string, shape: CursorShape): KeyPart[] {
  const decoded = parse(cursor);
  if (decoded !== undefined && decoded.length >= 2) {
    const body = decoded.slice(0, -1);
    const [version, ...parts] = body;
    if (
      version === VERSION &&
      decoded.at(-1) === checksum(binding, body) &&
      fitsShape(parts, shape)
    ) {
      return parts as KeyPart[];
    }
  }
  throw invalidCursor();
}

export const invalidCursor = () =>
  new DomainError('invalid-argument', 'INVALID_CURSOR', `${FIELD} is not a cursor of this search`, {
    violations: [{ field: FIELD, description: 'is not a cursor of this search' }],
  });

function parse(cursor: string): unknown[] | undefined {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(decoded) ? (decoded as unknown[]) : undefined;
  } catch {
    return undefined;
  }
}

function fitsShape(parts: readonly unknown[], shape: CursorShape): boolean {
  const [first, second, third] = parts;
  switch (shape) {
    case 'relevance':
      return (
        parts.length === 3 &&
        typeof first === 'number' &&
        Number.isFinite(first) &&
        typeof second === 'string' &&
        typeof third === 'string'
      );
    case 'name':
      return parts.length === 2 && typeof first === 'string' && typeof second === 'string';
    case 'last-active':
      return (
        parts.length === 2 &&
        (first === null || (typeof first === 'number' && Number.isFinite(first))) &&
        typeof second === 'string'
      );
  }
}

/** FNV-1a over the binding and body, as 13 base-36 digits; tells cursors apart, not a secret. */
function checksum(binding: string, body: readonly unknown[]): string {
  const text = `${binding}\u0000${JSON.stringify(body)}`;
  let low = 0x811c9dc5;
  let high = 0x6c62272e;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    low = Math.imul(low ^ unit, 0x01000193) >>> 0;
    high = Math.imul(high ^ unit ^ (low >>> 7), 0x01000193) >>> 0;
  }
  return `${high.toString(36)}.${low.toString(36)}`;
}
