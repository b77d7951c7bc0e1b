import type { CallFailure } from '../../api/problem.ts';

export type Outcome<T> = { ok: true; data: T } | { ok: false; failure: CallFailure };

/** The API's largest page (PageRequest.page_size). */
export const PAGE_SIZE = 200;

/**
 * Every item of a paged list: one call per page of 200, following the cursor, never one per row.
 * Stops after `max` items so that a runaway cursor cannot loop for ever.
 */
export async function collectPages<Page, Item>(
  load: (cursor: string | undefined) => Promise<Outcome<Page>>,
  itemsOf: (page: Page) => readonly Item[] | undefined,
  nextOf: (page: Page) => string | undefined,
  max = 5000,
  /** Told the items so far after each page but the last, to show a long list as it comes. */
  onPage?: (items: readonly Item[]) => void,
): Promise<Outcome<Item[]>> {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const outcome = await load(cursor);
    if (!outcome.ok) return outcome;
    items.push(...(itemsOf(outcome.data) ?? []));
    const next = nextOf(outcome.data);
    cursor = next === undefined || next === '' || next === cursor ? undefined : next;
    if (cursor !== undefined && items.length < max) onPage?.([...items]);
  } while (cursor !== undefined && items.length < max);
  return { ok: true, data: items };
}
