import type { CallFailure } from './problem.ts';

/** A call's data, or its failure (what `call` answers). */
export type Outcome<T> = { ok: true; data: T } | { ok: false; failure: CallFailure };

/** The API's largest page (PageRequest.page_size). */
export const PAGE_SIZE = 200;

/** The paging query of one page: the largest page, from `cursor` (the first page when undefined). */
export function pageQuery(cursor: string | undefined): {
  readonly 'page.pageSize': number;
  readonly 'page.cursor'?: string;
} {
  return cursor === undefined
    ? { 'page.pageSize': PAGE_SIZE }
    : { 'page.pageSize': PAGE_SIZE, 'page.cursor': cursor };
}

/**
 * Every item of a paged list: one call per page of 200, following `page.nextCursor`, never one per
 * row. The first failure is the answer. Stops after `max` items, and on a cursor that repeats, so
 * that a runaway cursor cannot loop for ever.
 */
export async function collectPages<
  Page extends { readonly page?: { readonly nextCursor?: string } | undefined },
  Item,
>(
  load: (cursor: string | undefined) => Promise<Outcome<Page>>,
  itemsOf: (page: Page) => readonly Item[] | undefined,
  options: {
    readonly max?: number;
    /** Told the items so far after each page but the last, to show a long list as it comes. */
    readonly onPage?: ((items: readonly Item[]) => void) | undefined;
  } = {},
): Promise<Outcome<Item[]>> {
  const { max = 5000, onPage } = options;
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const outcome = await load(cursor);
    if (!outcome.ok) return outcome;
    items.push(...(itemsOf(outcome.data) ?? []));
    const next = outcome.data.page?.nextCursor;
    cursor = next === undefined || next === '' || next === cursor ? undefined : next;
    if (cursor !== undefined && items.length < max) onPage?.([...items]);
  } while (cursor !== undefined && items.length < max);
  return { ok: true, data: items };
}
