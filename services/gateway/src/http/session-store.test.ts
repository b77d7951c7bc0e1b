import { describe, expect, it } from 'vitest';
import { createMemorySessionStore, type BrowserSession } from './session-store.ts';

const session = (id: string): BrowserSession => ({
  id,
  csrfToken: `csrf-${id}`,
  tokens: {
    accessToken: 'a',
    refreshToken: 'r',
    idToken: undefined,
    accessExpiresAtMs: 0,
  },
  profile: { username: id, name: '', email: '' },
});

describe('the in-memory session store', () => {
  it('holds at most its maximum, dropping the least recently used', async () => {
    const store = createMemorySessionStore({ idleMs: 60_000, maxSessions: 2 });
    await store.save(session('a'));
    await store.save(session('b'));
    // Using a makes b the oldest.
    await store.touch('a');
    await store.save(session('c'));
    expect(await store.touch('b')).toBeUndefined();
    expect((await store.touch('a'))?.id).toBe('a');
    expect((await store.touch('c'))?.id).toBe('c');
  });

  it('replaces a session without counting it twice', async () => {
    const store = createMemorySessionStore({ idleMs: 60_000, maxSessions: 1 });
    await store.save(session('a'));
    await store.save({ ...session('a'), csrfToken: 'renewed' });
    expect((await store.touch('a'))?.csrfToken).toBe('renewed');
  });

  it('forgets idle sessions', async () => {
    let nowMs = 0;
    const store = createMemorySessionStore({ idleMs: 1_000, maxSessions: 10, now: () => nowMs });
    await store.save(session('a'));
    await store.save(session('b'));
    nowMs = 999;
    expect(await store.touch('a')).toBeDefined();
    nowMs = 1_500;
    expect(await store.touch('b')).toBeUndefined();
    expect(await store.touch('a')).toBeDefined();
    await store.delete('a');
    expect(await store.touch('a')).toBeUndefined();
  });
});
