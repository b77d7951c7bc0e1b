import { describe, expect, it } from 'vitest';
import { collectPages } from './pages.ts';

describe('collectPages', () => {
  it('follows the cursor until the last page', async () => {
    const pages: Record<string, { items: number[]; page: { nextCursor: string } }> = {
      '': { items: [1, 2], page: { nextCursor: 'b' } },
      b: { items: [3], page: { nextCursor: '' } },
    };
    const seen: (string | undefined)[] = [];
    const outcome = await collectPages(
      (cursor) => {
        seen.push(cursor);
        const page = pages[cursor ?? ''];
        return Promise.resolve(
          page === undefined
            ? { ok: false as const, failure: { kind: 'network' as const } }
            : { ok: true as const, data: page },
        );
      },
      (page) => page.items,
    );
    expect(outcome).toEqual({ ok: true, data: [1, 2, 3] });
    expect(seen).toEqual([undefined, 'b']);
  });

  it('answers the first failure', async () => {
    const outcome = await collectPages(
      () => Promise.resolve({ ok: false as const, failure: { kind: 'network' as const } }),
      (page: { page?: { nextCursor?: string } }) => [page],
    );
    expect(outcome.ok).toBe(false);
  });
});
