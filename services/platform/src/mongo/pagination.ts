import type { Collection, Document, Filter, WithId } from 'mongodb';
import { invalidArgument } from '../errors/domain-error.ts';

export interface PageQuery {
  /** 0 or missing: the default page size. */
  readonly pageSize?: number;
  /** Opaque cursor from the previous page's `nextCursor`. */
  readonly cursor?: string;
}

export interface Page<T> {
  readonly items: T[];
  /** Empty on the last page. */
  readonly nextCursor: string;
}

type SortableValue = string | number;

/**
 * Keyset pagination on (sortField, _id): each page continues after the last item of the previous
 * one, so page 1,000 costs what page 1 costs and items written meanwhile are neither skipped nor
 * repeated. Needs an index on { [sortField]: 1, _id: 1 } for the filtered query.
 */
export async function findPage<T extends Document>(
  collection: Collection<T>,
  filter: Filter<T>,
  sortField: string,
  query: PageQuery,
  options: { defaultPageSize?: number; cursorField?: string; descending?: boolean } = {},
): Promise<Page<WithId<T>>> {
  const beyond = options.descending === true ? '$lt' : '$gt';
  const direction = options.descending === true ? -1 : 1;
  const pageSize =
    query.pageSize !== undefined && query.pageSize > 0
      ? query.pageSize
      : (options.defaultPageSize ?? 50);
  const after = decodeCursor(query.cursor, options.cursorField ?? 'page.cursor');
  const continuing: Document =
    after === undefined
      ? {}
      : {
          $or: [
            { [sortField]: { [beyond]: after.value } },
            { [sortField]: after.value, _id: { [beyond]: after.id } },
          ],
        };
  const items = await collection
    .find({ $and: [filter, continuing] } as Filter<T>)
    .sort({ [sortField]: direction, _id: direction })
    .limit(pageSize + 1)
    .toArray();
  const hasMore = items.length > pageSize;
  const pageItems = hasMore ? items.slice(0, pageSize) : items;
  const last = pageItems.at(-1);
  return {
    items: pageItems,
    nextCursor:
      hasMore && last !== undefined ? encodeCursor(last[sortField] as SortableValue, last._id) : '',
  };
}

function encodeCursor(value: SortableValue, id: unknown): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

function decodeCursor(cursor: string | undefined, field: string) {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(decoded) && decoded.length === 2) {
      const [value, id] = decoded as [unknown, unknown];
      if ((typeof value === 'string' || typeof value === 'number') && typeof id === 'string') {
        return { value, id };
      }
    }
  } catch {
    // falls through to the error below
  }
  throw invalidArgument([{ field, description: 'is not a cursor this list returned' }]);
}
