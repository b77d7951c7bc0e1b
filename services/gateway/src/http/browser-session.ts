import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DomainError, type Principal, type TokenVerifier } from '@expertnet/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Caller } from './authentication.ts';
import { OidcRejectedError, type OidcClient, type OidcTokens } from './oidc.ts';
import { gatewayProblem, ProblemError } from './problem.ts';
import type { BrowserSession, SessionProfile, SessionStore } from './session-store.ts';

export const SESSION_COOKIE = 'expertnet_session';
export const CSRF_HEADER = 'x-csrf-token';

/** An access token closer than this to its expiry is refreshed before it is forwarded. */
const REFRESH_AHEAD_MS = 60_000;

/** Methods a cross-site page could make a browser send: a cookie alone does not authorise them. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SignedIn {
  readonly session: BrowserSession;
  readonly principal: Principal;
}

export interface BrowserSessions {
  /**
   * The caller of an /api/v1 request made with the session cookie (no Authorization header),
   * or null without a cookie. Throws 401 SESSION_EXPIRED, 403 CSRF_TOKEN_INVALID, or 503 when
   * the token must be refreshed and Keycloak cannot be reached.
   */
  readonly callerOf: (request: FastifyRequest, reply: FastifyReply) => Promise<Caller | null>;
  /** The signed-in browser, or undefined (an ended session's cookie is cleared). */
  current(request: FastifyRequest, reply: FastifyReply): Promise<SignedIn | undefined>;
  /**
   * A new session for the tokens of a completed sign-in (throws when the API would refuse its
   * access token); any earlier session of the browser ends.
   */
  start(request: FastifyRequest, reply: FastifyReply, tokens: OidcTokens): Promise<BrowserSession>;
  /** Ends the browser's session (CSRF-checked); the ended session, if there was one. */
  end(request: FastifyRequest, reply: FastifyReply): Promise<BrowserSession | undefined>;
}

export interface BrowserSessionsOptions {
  readonly store: SessionStore;
  readonly oidc: OidcClient;
  readonly verifyToken: TokenVerifier;
  /** Secure cookies when the portal is served over HTTPS. */
  readonly secureCookies: boolean;
  readonly now?: () => number;
}

const sessionExpired = () => new ProblemError(gatewayProblem(401, 'SESSION_EXPIRED'));

export function createBrowserSessions(options: BrowserSessionsOptions): BrowserSessions {
  const { store, oidc, verifyToken } = options;
  const now = options.now ?? Date.now;
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: options.secureCookies,
  } as const;
  // One refresh per session at a time: the portal's parallel requests all wait for it, and a
  // rotated refresh token is not spent twice. Per process, like the in-memory store.
  const refreshing = new Map<string, Promise<BrowserSession | undefined>>();

  const cookieOf = (request: FastifyRequest) => request.cookies[SESSION_COOKIE];
  const clear = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, cookieOptions);

  async function refreshed(
    request: FastifyRequest,
    session: BrowserSession,
  ): Promise<BrowserSession | undefined> {
    const { tokens } = session;
    const stillValid = tokens.accessExpiresAtMs > now();
    if (tokens.refreshToken === undefined) return stillValid ? session : undefined;
    try {
      const fresh = await oidc.refresh(tokens.refreshToken);
      const renewed: BrowserSession = {
        ...session,
        tokens: {
          accessToken: fresh.accessToken,
          refreshToken: fresh.refreshToken ?? tokens.refreshToken,
          idToken: fresh.idToken ?? tokens.idToken,
          accessExpiresAtMs: fresh.accessExpiresAtMs,
        },
        profile: fresh.profile ?? session.profile,
      };
      // Signed out while the refresh was under way: the new tokens must not revive the session.
      if ((await store.touch(session.id)) === undefined) return undefined;
      await store.save(renewed);
      return renewed;
    } catch (error) {
      if (error instanceof OidcRejectedError) {
        request.log.info({ err: error }, 'the session ended: Keycloak refused its refresh token');
        await store.delete(session.id);
        return undefined;
      }
      // Keycloak unreachable is no reason to sign anyone out: the token serves while it lasts.
      request.log.warn({ err: error }, 'no token refresh: Keycloak is unavailable');
      if (stillValid) return session;
      throw new ProblemError(gatewayProblem(503, 'SERVICE_UNAVAILABLE'), { cause: error });
    }
  }

  function fresh(request: FastifyRequest, session: BrowserSession) {
    if (session.tokens.accessExpiresAtMs - now() > REFRESH_AHEAD_MS) {
      return Promise.resolve(session);
    }
    const pending = refreshing.get(session.id);
    if (pending !== undefined) return pending;
    const started = refreshed(request, session).finally(() => refreshing.delete(session.id));
    refreshing.set(session.id, started);
    return started;
  }

  /** The principal of a session's (fresh) access token; undefined when it no longer passes. */
  async function principalOf(
    request: FastifyRequest,
    session: BrowserSession,
  ): Promise<Principal | undefined> {
    try {
      return await verifyToken(session.tokens.accessToken);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'unauthenticated') throw error;
      request.log.warn({ err: error }, 'the session ended: its access token is not accepted');
      await store.delete(session.id);
      return undefined;
    }
  }

  /** The signed-in browser; `check` runs on the stored session before any refresh. */
  async function signedIn(
    request: FastifyRequest,
    reply: FastifyReply,
    check: (session: BrowserSession) => void = () => undefined,
  ): Promise<SignedIn | undefined> {
    const id = cookieOf(request);
    if (id === undefined || id === '') return undefined;
    const stored = await store.touch(id);
    if (stored !== undefined) {
      check(stored);
      const session = await fresh(request, stored);
      const principal = session === undefined ? undefined : await principalOf(request, session);
      if (session !== undefined && principal !== undefined) return { session, principal };
    }
    clear(reply);
    return undefined;
  }

  const requireCsrf = (request: FastifyRequest) => (session: BrowserSession) => {
    if (!sameSecret(request.headers[CSRF_HEADER], session.csrfToken)) {
      throw new ProblemError(gatewayProblem(403, 'CSRF_TOKEN_INVALID'));
    }
  };

  return {
    async callerOf(request, reply) {
      if (cookieOf(request) === undefined) return null;
      const check = STATE_CHANGING.has(request.method) ? requireCsrf(request) : undefined;
      const found = await signedIn(request, reply, check);
      if (found === undefined) throw sessionExpired();
      return { token: found.session.tokens.accessToken, principal: found.principal };
    },
    current: (request, reply) => signedIn(request, reply),
    async start(request, reply, tokens) {
      // Refused at once rather than at the portal's first call: a token the API would not take
      // (a misconfigured audience) is no sign-in.
      await verifyToken(tokens.accessToken);
      const previous = cookieOf(request);
      // A new id at every sign-in: an id planted before it (session fixation) is worth nothing.
      if (previous !== undefined && previous !== '') await store.delete(previous);
      const session: BrowserSession = {
        id: randomSecret(),
        csrfToken: randomSecret(),
        tokens: {
          accessToken: tokens.accessToken,
          refreshToken: tokens.refreshToken,
          idToken: tokens.idToken,
          accessExpiresAtMs: tokens.accessExpiresAtMs,
        },
        profile: tokens.profile ?? EMPTY_PROFILE,
      };
      await store.save(session);
      reply.setCookie(SESSION_COOKIE, session.id, cookieOptions);
      return session;
    },
    async end(request, reply) {
      const id = cookieOf(request);
      if (id === undefined || id === '') return undefined;
      const session = await store.touch(id);
      if (session !== undefined) {
        requireCsrf(request)(session);
        await store.delete(id);
      }
      clear(reply);
      return session;
    },
  };
}

const EMPTY_PROFILE: SessionProfile = { username: '', name: '', email: '' };

/** 256 random bits, as cookie-safe text. */
const randomSecret = () => randomBytes(32).toString('base64url');

/** Constant-time comparison; hashing first makes the lengths equal without leaking them. */
function sameSecret(sent: string | string[] | undefined, expected: string): boolean {
  if (typeof sent !== 'string' || sent === '') return false;
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}
