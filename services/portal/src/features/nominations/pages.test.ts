import { describe, expect, it } from 'vitest';
import { collectPages } from './pages.ts';

interface Page {
  readonly items: number[];
  readonly page: { readonly nextCursor?: string };
}

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
        const page = pages[cursor ?? 'first'];
        return Promise.resolve(
          page === undefined
            ? { ok: false as const, failure: { kind: 'network' as const } }
            : { ok: true as const, data: page },
        );
      },
      (page) => page.items,
      (page) => page.page.nextCursor,
    );
    expect(outcome).toEqual({ ok: true, data: [1, 2, 3] });
    expect(asked).toEqual([undefined, 'b']);
  });

  it('tells the items so far after each page but the last', async () => {
    const seen: number[][] = [];
    await collectPages(
      (cursor) =>
        Promise.resolve({
          ok: true as const,
          data: cursor === undefined ? { items: [1], next: 'b' } : { items: [2], next: '' },
        }),
      (page) => page.items,
      (page) => page.next,
      100,
      (items) => seen.push([...items]),
    );
    expect(seen).toEqual([[1]]);
  });

  it('gives up with the failure of any page', async () => {
    const outcome = await collectPages(
      () => Promise.resolve({ ok: false as const, failure: { kind: 'network' as const } }),
      (page: Page) => page.items,
      (page) => page.page.nextCursor,
    );
    expect(outcome.ok).toBe(false);
  });

  it('stops at the limit and on a cursor that repeats', async () => {
    const outcome = await collectPages(
      () =>
        Promise.resolve({ ok: true as const, data: { items: [1], page: { nextCursor: 'same' } } }),
      (page: Page) => page.items,
      (page) => page.page.nextCursor,
      10,
    );
    expect(outcome.ok && outcome.data.length).toBe(2);
  });
});
