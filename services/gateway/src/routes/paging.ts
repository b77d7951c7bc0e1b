import { gatewayProblem, ProblemError } from '../http/problem.ts';

export interface PageOf<T> {
  readonly items: readonly T[];
  /** Empty on the last page. */
  readonly nextCursor: string;
}

/** The contract's largest page: fewer calls for an export. */
export const EXPORT_PAGE_SIZE = 200;

/**
 * A guard, not a rule: far more than any round holds (1,000 experts, a few nominees each per
 * unit), so it only stops a runaway listing from exhausting the gateway's memory.
 */
export const MAX_EXPORT_ROWS = 50_000;

/** Every item of a paged list, one page after the other (each page needs the previous cursor). */
export async function collectPages<T>(
  fetchPage: (cursor: string) => Promise<PageOf<T>>,
  maxItems = MAX_EXPORT_ROWS,
): Promise<T[]> {
  const items: T[] = [];
  let cursor = '';
  do {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (items.length > maxItems) {
      throw new ProblemError(
        gatewayProblem(422, 'EXPORT_TOO_LARGE', { params: { max: maxItems } }),
      );
    }
    cursor = page.nextCursor;
  } while (cursor !== '');
  return items;
}
