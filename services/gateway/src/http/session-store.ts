/** The tokens Keycloak issued to a signed-in browser; they never leave the gateway. */
export interface SessionTokens {
  readonly accessToken: string;
  /** Absent when Keycloak issued none: the session then ends with its access token. */
  readonly refreshToken: string | undefined;
  /** Kept for the end-session URL's id_token_hint, so Keycloak signs out without asking. */
  readonly idToken: string | undefined;
  /** When the access token expires (epoch ms). */
  readonly accessExpiresAtMs: number;
}

/** What the portal shows of the person, from the ID token (the access token carries roles). */
export interface SessionProfile {
  readonly username: string;
  readonly name: string;
  readonly email: string;
}

export interface BrowserSession {
  /** The cookie's value: 256 random bits. */
  readonly id: string;
  /** Sent back by the portal in x-csrf-token on every state-changing request. */
  readonly csrfToken: string;
  readonly tokens: SessionTokens;
  readonly profile: SessionProfile;
}

/**
 * Where browser sessions live. Asynchronous so that a shared store (Redis, the database) can
 * take the in-memory one's place: with several gateway replicas behind a load balancer, a
 * browser's requests reach any of them, and each must find its session.
 */
export interface SessionStore {
  /** The session, its idle time restarted; undefined when unknown or idle for too long. */
  touch(id: string): Promise<BrowserSession | undefined>;
  /** Adds or replaces (after a token refresh) a session. */
  save(session: BrowserSession): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface MemorySessionStoreOptions {
  readonly idleMs: number;
  /** Beyond this many sessions the least recently used is dropped: memory stays bounded. */
  readonly maxSessions: number;
  readonly now?: () => number;
}

/** One process's sessions. Enough for a single replica; see SessionStore for several. */
export function createMemorySessionStore(options: MemorySessionStoreOptions): SessionStore {
  const now = options.now ?? Date.now;
  // Map keeps insertion order and every use re-inserts: the first entry is the least recently
  // used, so expired sessions are found at the front and the oldest is the one evicted.
  const sessions = new Map<string, { session: BrowserSession; lastSeenMs: number }>();
  const expired = (lastSeenMs: number) => now() - lastSeenMs >= options.idleMs;
  const sweep = () => {
    for (const [id, entry] of sessions) {
      if (!expired(entry.lastSeenMs)) break;
      sessions.delete(id);
    }
  };
  const use = (session: BrowserSession) => {
    sessions.delete(session.id);
    sessions.set(session.id, { session, lastSeenMs: now() });
  };
  return {
    touch(id) {
      sweep();
      const entry = sessions.get(id);
      if (entry === undefined) return Promise.resolve(undefined);
      use(entry.session);
      return Promise.resolve(entry.session);
    },
    save(session) {
      sweep();
      if (!sessions.has(session.id) && sessions.size >= options.maxSessions) {
        const oldest = sessions.keys().next().value;
        if (oldest !== undefined) sessions.delete(oldest);
      }
      use(session);
      return Promise.resolve();
    },
    delete(id) {
      sessions.delete(id);
      return Promise.resolve();
    },
  };
}
