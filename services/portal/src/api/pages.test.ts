import { describe, expect, it } from 'vitest';
import { collectPages, pageQuery, PAGE_SIZE } from './pages.ts';

interface Page {
  readonly items: number[];
  readonly page?: { readonly nextCursor?: string };
}

const answer = (page: Page | undefined) =>
  Promise.resolve(
    page === undefined
      ? { ok: false as const, failure: { kind: 'network' as const } }
      : { ok: true as const, data: page },
  );

describe('collectPages', () => {
  it('follows the cursor until the last page', async () => {
    const pages: Record<string, Page> = {
      first: { items: [1, 2], page: { nextCursor: 'b' } },
      b: { items: [3], page: { nextCursor: '' } },
    };
    const asked: (string | undefined)[] = [];
    const outcome = await collectPages(
      (cursor) => {
        asked.push(cursor);
        return answer(pages[cursor ?? 'first']);
      },
      (page) => page.items,
    );
    expect(outcome).toEqual({ ok: true, data: [1, 2, 3] });
    expect(asked).toEqual([undefined, 'b']);
  });

  it('ends where a page has no paging at all', async () => {
    const outcome = await collectPages(
      () => answer({ items: [1] }),
      (page) => page.items,
    );
    expect(outcome).toEqual({ ok: true, data: [1] });
  });

  it('tells the items so far after each page but the last', async () => {
    const seen: number[][] = [];
    await collectPages(
      (cursor) =>
        answer(
          cursor === undefined
            ? { items: [1], page: { nextCursor: 'b' } }
            : { items: [2], page: { nextCursor: '' } },
        ),
      (page) => page.items,
      { max: 100, onPage: (items) => seen.push([...items]) },
    );
    expect(seen).toEqual([[1]]);
  });

  it('gives up with the failure of any page', async () => {
    const outcome = await collectPages(
      () => answer(undefined),
      (page: Page) => page.items,
    );
    expect(outcome.ok).toBe(false);
  });

  it('stops at the limit and on a cursor that repeats', async () => {
    let calls = 0;
    const outcome = await collectPages(
      () => {
        calls += 1;
        return answer({ items: [1], page: { nextCursor: 'same' } });
      },
      (page: Page) => page.items,
      { max: 10 },
    );
    expect(outcome.ok && outcome.data.length).toBe(2);
    expect(calls).toBe(2);
    const limited = await collectPages(
      (cursor) => answer({ items: [1, 2], page: { nextCursor: `${cursor ?? ''}x` } }),
      (page: Page) => page.items,
      { max: 5 },
    );
    expect(limited.ok && limited.data.length).toBe(6);
  });
});

describe('pageQuery', () => {
  it('asks for the largest page, from the cursor when there is one', () => {
    expect(pageQuery(undefined)).toEqual({ 'page.pageSize': PAGE_SIZE });
    expect(pageQuery('b')).toEqual({ 'page.pageSize': PAGE_SIZE, 'page.cursor': 'b' });
  });
});
