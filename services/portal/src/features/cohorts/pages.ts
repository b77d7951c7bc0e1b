import type { CallFailure } from '../../api/problem.ts';

type Outcome<T> = { ok: true; data: T } | { ok: false; failure: CallFailure };

/** The API's largest page (page.pageSize). */
export const PAGE_SIZE = 200;

/**
 * Every item of a paged list, following nextCursor (at most `maxPages` pages: a cohort holds at
 * most 1,000 trainees). The first failure is the answer.
 */
export async function collectPages<Page extends { page?: { nextCursor?: string } }, Item>(
  fetchPage: (cursor: string | undefined) => Promise<Outcome<Page>>,
  itemsOf: (page: Page) => readonly Item[] | undefined,
  maxPages = 10,
): Promise<Outcome<Item[]>> {
  const items: Item[] = [];
  let cursor: string | undefined;
  for (let count = 0; count < maxPages; count += 1) {
    const outcome = await fetchPage(cursor);
    if (!outcome.ok) return outcome;
    items.push(...(itemsOf(outcome.data) ?? []));
    const next = outcome.data.page?.nextCursor ?? '';
    if (next === '') break;
    cursor = next;
  }
  return { ok: true, data: items };
}
