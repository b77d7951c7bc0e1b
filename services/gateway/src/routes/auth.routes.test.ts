import { create } from '@bufbuild/protobuf';
import {
  CreateRoundResponseSchema,
  ListRoundsResponseSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  bearer,
  jsonOf,
  NOMINATOR_TOKEN,
  OFFICE_TOKEN,
  TEST_CONFIG,
  testGateway,
} from '../../test/support.ts';
import { OidcRejectedError, type OidcClient, type OidcTokens } from '../http/oidc.ts';

const PORTAL = TEST_CONFIG.portalUrl;
const listRounds = () => Promise.resolve(create(ListRoundsResponseSchema, {}));
const createRound = () => Promise.resolve(create(CreateRoundResponseSchema, {}));

/** The state, verifier and nonce the fake Keycloak hands out, and expects back. */
const CHECKS = { state: 'state-1', codeVerifier: 'verifier-1', nonce: 'nonce-1' };

/** A clock the test moves. */
function clock() {
  let nowMs = Date.UTC(2026, 11, 6, 9);
  return { now: () => nowMs, advance: (ms: number) => (nowMs += ms) };
}

/** Keycloak at the OIDC boundary: sign-in answers the office's token, refreshes as told. */
function fakeKeycloak(now: () => number, refresh: OidcClient['refresh'] = () => never()) {
  const log = { exchanges: [] as URL[], refreshes: [] as string[], endSessions: [] as unknown[] };
  const oidc: OidcClient = {
    beginLogin: (request) => {
      const url = new URL('http://keycloak.test/auth');
      url.search = new URLSearchParams({
        redirect_uri: request.redirectUri,
        ...(request.idpHint === undefined ? {} : { kc_idp_hint: request.idpHint }),
        ...(request.uiLocales === undefined ? {} : { ui_locales: request.uiLocales }),
      }).toString();
      return Promise.resolve({ url, checks: CHECKS });
    },
    exchangeCode: (callbackUrl, checks) => {
      log.exchanges.push(callbackUrl);
      if (callbackUrl.searchParams.get('state') !== checks.state) {
        return Promise.reject(new OidcRejectedError('state mismatch'));
      }
      return Promise.resolve(tokens(OFFICE_TOKEN, now() + 300_000));
    },
    refresh: (refreshToken) => {
      log.refreshes.push(refreshToken);
      return refresh(refreshToken);
    },
    endSessionUrl: (request) => {
      log.endSessions.push(request);
      const url = new URL('http://keycloak.test/logout');
      url.search = new URLSearchParams({
        id_token_hint: request.idToken ?? '',
        post_logout_redirect_uri: request.postLogoutRedirectUri,
      }).toString();
      return Promise.resolve(url);
    },
  };
  return { oidc, log };
}

const never = () => Promise.reject(new Error('not expected'));

function tokens(accessToken: string, accessExpiresAtMs: number): OidcTokens {
  return {
    accessToken,
    refreshToken: 'refresh-1',
    idToken: 'id-token-1',
    accessExpiresAtMs,
    profile: { username: 'office.mai', name: 'Mai Office', email: 'mai@example.vn' },
  };
}

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function gateway(
  options: { refresh?: OidcClient['refresh']; idleMs?: number } = {},
  handlers: Parameters<typeof testGateway>[0] = { listRounds, createRound },
) {
  const time = clock();
  const keycloak = fakeKeycloak(time.now, options.refresh);
  const built = await testGateway(
    handlers,
    {
      portalIdentityProviders: [{ alias: 'ministry-demo', name: { vi: 'Bộ', en: 'Ministry' } }],
      ...(options.idleMs === undefined ? {} : { sessionIdleMs: options.idleMs }),
    },
    undefined,
    undefined,
    { oidc: keycloak.oidc, now: time.now },
  );
  app = built.app;
  return { ...built, app: built.app, time, log: keycloak.log };
}

type Gateway = Awaited<ReturnType<typeof gateway>>;

/** The cookie `name` a response sets: its value and attributes, lower-cased names. */
function setCookie(response: LightMyRequestResponse, name: string) {
  const found = response.cookies.find((cookie) => cookie.name === name);
  if (found === undefined)
    throw new Error(`no ${name} cookie in ${JSON.stringify(response.headers)}`);
  return found as { name: string; value: string } & Record<string, unknown>;
}

/** Through /auth/login and /auth/callback; the session cookie and the CSRF token. */
async function signIn({ app }: Gateway, returnTo = '/cohorts?page=2') {
  const login = await app.inject({ url: `/auth/login?returnTo=${encodeURIComponent(returnTo)}` });
  const pending = setCookie(login, 'expertnet_login').value;
  const callback = await app.inject({
    url: `/auth/callback?code=the-code&state=${CHECKS.state}`,
    cookies: { expertnet_login: pending },
  });
  expect(callback.statusCode).toBe(303);
  const session = setCookie(callback, 'expertnet_session').value;
  const answer = await app.inject({
    url: '/auth/session',
    cookies: { expertnet_session: session },
  });
  return { callback, session, csrfToken: String(jsonOf(answer).csrfToken) };
}

describe('GET /auth/login', () => {
  it('sends the browser to Keycloak with the callback, the hint and the language', async () => {
    const { app } = await gateway();
    const response = await app.inject({
      url: '/auth/login?returnTo=/rounds&idp=ministry-demo&lang=en',
    });
    expect(response.statusCode).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(location.origin).toBe('http://keycloak.test');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      redirect_uri: `${PORTAL}/auth/callback`,
      kc_idp_hint: 'ministry-demo',
      ui_locales: 'en',
    });
    expect(response.headers['cache-control']).toBe('no-store');
    expect(setCookie(response, 'expertnet_login')).toMatchObject({
      httpOnly: true,
      sameSite: 'Lax',
      path: '/auth',
      maxAge: 600,
    });
  });

  it('passes on no hint for an identity provider it does not offer, nor an unknown language', async () => {
    const { app } = await gateway();
    const response = await app.inject({ url: '/auth/login?idp=evil&lang=fr' });
    const location = new URL(String(response.headers.location));
    expect(location.searchParams.has('kc_idp_hint')).toBe(false);
    expect(location.searchParams.has('ui_locales')).toBe(false);
  });

  it.each([
    ['/rounds?status=open', '/rounds?status=open'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['rounds', '/'],
    ['/a b', '/'],
    ['', '/'],
  ])('returns to %j as %j after sign-in', async (returnTo, expected) => {
    const gatewayUnderTest = await gateway();
    const { callback } = await signIn(gatewayUnderTest, returnTo);
    expect(callback.headers.location).toBe(`${PORTAL}${expected}`);
  });

  it('sends the browser back to the sign-in page while Keycloak is down', async () => {
    const built = await testGateway();
    app = built.app;
    const response = await built.app.inject({ url: '/auth/login' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${PORTAL}/sign-in?error=login_unavailable`);
  });
});

describe('GET /auth/callback', () => {
  it('opens a session in an HttpOnly, SameSite cookie and hands the redirect URI to Keycloak', async () => {
    const built = await gateway();
    const { callback } = await signIn(built);
    expect(callback.headers.location).toBe(`${PORTAL}/cohorts?page=2`);
    const cookie = setCookie(callback, 'expertnet_session');
    expect(cookie.value).toMatch(/^[\w-]{43}$/);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie.secure).toBeUndefined();
    expect(setCookie(callback, 'expertnet_login').value).toBe('');
    expect(built.log.exchanges[0]?.href).toBe(
      `${PORTAL}/auth/callback?code=the-code&state=${CHECKS.state}`,
    );
  });

  it.each([
    ['a state that is not the pending one', '?code=c&state=forged', true, 'login_failed'],
    ["Keycloak's refusal", '?error=access_denied&state=state-1', true, 'access_denied'],
    ["Keycloak's other errors", '?error=server_error&state=state-1', true, 'login_failed'],
    ['no pending sign-in', '?code=c&state=state-1', false, 'login_expired'],
  ])('sends %s back to the sign-in page', async (_case, query, withPending, error) => {
    const { app } = await gateway();
    const login = await app.inject({ url: '/auth/login' });
    const pending = setCookie(login, 'expertnet_login').value;
    const response = await app.inject({
      url: `/auth/callback${query}`,
      cookies: withPending ? { expertnet_login: pending } : {},
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${PORTAL}/sign-in?error=${error}`);
    expect(response.cookies.some((cookie) => cookie.name === 'expertnet_session')).toBe(false);
  });
});

describe('GET /auth/session', () => {
  it('says who is signed in, with the CSRF token and the identity providers', async () => {
    const built = await gateway();
    const { session } = await signIn(built);
    const response = await built.app.inject({
      url: '/auth/session',
      cookies: { expertnet_session: session },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(jsonOf(response)).toEqual({
      authenticated: true,
      identityProviders: [{ alias: 'ministry-demo', name: { vi: 'Bộ', en: 'Ministry' } }],
      csrfToken: expect.stringMatching(/^[\w-]{43}$/) as unknown,
      user: {
        subject: 'subject-office',
        username: 'office.mai',
        name: 'Mai Office',
        email: 'mai@example.vn',
        organisation: 'BKHCN',
        roles: ['programme-office'],
      },
    });
  });

  it('says no one is signed in without a cookie, or with an unknown one (and clears it)', async () => {
    const { app } = await gateway();
    const without = await app.inject({ url: '/auth/session' });
    expect(jsonOf(without)).toEqual({
      authenticated: false,
      identityProviders: [{ alias: 'ministry-demo', name: { vi: 'Bộ', en: 'Ministry' } }],
    });
    const unknown = await app.inject({
      url: '/auth/session',
      cookies: { expertnet_session: 'made-up' },
    });
    expect(jsonOf(unknown).authenticated).toBe(false);
    expect(setCookie(unknown, 'expertnet_session').value).toBe('');
  });

  it('forgets a session left idle for longer than the limit', async () => {
    const built = await gateway({ idleMs: 60_000 });
    const { session } = await signIn(built);
    const ask = () =>
      built.app.inject({ url: '/auth/session', cookies: { expertnet_session: session } });
    built.time.advance(59_000);
    expect(jsonOf(await ask()).authenticated).toBe(true);
    // Each use restarts the idle time.
    built.time.advance(59_000);
    expect(jsonOf(await ask()).authenticated).toBe(true);
    built.time.advance(60_000);
    expect(jsonOf(await ask()).authenticated).toBe(false);
  });
});

describe('/api/v1 with the session cookie', () => {
  it("forwards the session's access token to the service", async () => {
    const built = await gateway();
    const { session } = await signIn(built);
    const response = await built.app.inject({
      url: '/api/v1/rounds',
      cookies: { expertnet_session: session },
    });
    expect(response.statusCode).toBe(200);
    expect(built.calls[0]?.options.token).toBe(OFFICE_TOKEN);
  });

  it('needs the CSRF token on a state-changing request made with the cookie', async () => {
    const built = await gateway();
    const { session, csrfToken } = await signIn(built);
    const post = (headers: Record<string, string>) =>
      built.app.inject({
        method: 'POST',
        url: '/api/v1/rounds',
        cookies: { expertnet_session: session },
        headers,
        payload: {},
      });
    const without = await post({});
    expect(without.statusCode).toBe(403);
    expect(jsonOf(without)).toMatchObject({ code: 'CSRF_TOKEN_INVALID' });
    expect((await post({ 'x-csrf-token': `${csrfToken}x` })).statusCode).toBe(403);
    expect(built.calls).toEqual([]);
    expect((await post({ 'x-csrf-token': csrfToken })).statusCode).toBe(201);
  });

  it('does not ask a bearer-token caller for a CSRF token, cookie or not', async () => {
    const built = await gateway();
    const { session } = await signIn(built);
    const response = await built.app.inject({
      method: 'POST',
      url: '/api/v1/rounds',
      headers: bearer(NOMINATOR_TOKEN),
      cookies: { expertnet_session: session },
      payload: {},
    });
    expect(response.statusCode).toBe(201);
    expect(built.calls[0]?.options.token).toBe(NOMINATOR_TOKEN);
  });

  it('answers 401 SESSION_EXPIRED for a cookie of no session', async () => {
    const { app } = await gateway();
    const response = await app.inject({
      url: '/api/v1/rounds',
      cookies: { expertnet_session: 'made-up' },
    });
    expect(response.statusCode).toBe(401);
    expect(jsonOf(response)).toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(setCookie(response, 'expertnet_session').value).toBe('');
  });

  it('refreshes a token about to expire once for concurrent requests', async () => {
    let release: (tokens: OidcTokens) => void = () => undefined;
    const refreshed = new Promise<OidcTokens>((resolve) => {
      release = resolve;
    });
    const built = await gateway({ refresh: () => refreshed });
    const { session } = await signIn(built);
    // Signed in with 300 s of token; 250 s later it has less than the 60 s margin left.
    built.time.advance(250_000);
    const requests = [1, 2, 3].map(() =>
      built.app.inject({ url: '/api/v1/rounds', cookies: { expertnet_session: session } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    release(tokens(NOMINATOR_TOKEN, built.time.now() + 300_000));
    const responses = await Promise.all(requests);
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    expect(built.log.refreshes).toEqual(['refresh-1']);
    expect(built.calls.map((call) => call.options.token)).toEqual([
      NOMINATOR_TOKEN,
      NOMINATOR_TOKEN,
      NOMINATOR_TOKEN,
    ]);
    // The new token serves the next requests without another refresh.
    await built.app.inject({ url: '/api/v1/rounds', cookies: { expertnet_session: session } });
    expect(built.log.refreshes).toHaveLength(1);
  });

  it('ends the session when Keycloak refuses the refresh', async () => {
    const built = await gateway({
      refresh: () => Promise.reject(new OidcRejectedError('invalid_grant')),
    });
    const { session } = await signIn(built);
    built.time.advance(250_000);
    const call = () =>
      built.app.inject({ url: '/api/v1/rounds', cookies: { expertnet_session: session } });
    const refused = await call();
    expect(refused.statusCode).toBe(401);
    expect(jsonOf(refused)).toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(built.calls).toEqual([]);
    // Gone for good: no second refresh is tried.
    expect((await call()).statusCode).toBe(401);
    expect(built.log.refreshes).toHaveLength(1);
  });

  it('keeps the session while Keycloak is unreachable, and answers 503 once the token is gone', async () => {
    const built = await gateway({ refresh: () => Promise.reject(new Error('ECONNREFUSED')) });
    const { session } = await signIn(built);
    const call = () =>
      built.app.inject({ url: '/api/v1/rounds', cookies: { expertnet_session: session } });
    built.time.advance(250_000);
    expect((await call()).statusCode).toBe(200);
    built.time.advance(60_000);
    expect((await call()).statusCode).toBe(503);
  });
});

describe('POST /auth/logout', () => {
  it("ends the session, clears the cookie and returns Keycloak's end-session URL", async () => {
    const built = await gateway();
    const { session, csrfToken } = await signIn(built);
    const refused = await built.app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies: { expertnet_session: session },
    });
    expect(refused.statusCode).toBe(403);
    const response = await built.app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies: { expertnet_session: session },
      headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(200);
    const logoutUrl = new URL(String(jsonOf(response).logoutUrl));
    expect(logoutUrl.origin).toBe('http://keycloak.test');
    expect(Object.fromEntries(logoutUrl.searchParams)).toEqual({
      id_token_hint: 'id-token-1',
      post_logout_redirect_uri: `${PORTAL}/`,
    });
    expect(setCookie(response, 'expertnet_session')).toMatchObject({ value: '', path: '/' });
    const after = await built.app.inject({
      url: '/auth/session',
      cookies: { expertnet_session: session },
    });
    expect(jsonOf(after).authenticated).toBe(false);
  });

  it('answers the portal home without a session', async () => {
    const { app } = await gateway();
    const response = await app.inject({ method: 'POST', url: '/auth/logout' });
    expect(response.statusCode).toBe(200);
    expect(jsonOf(response)).toEqual({ logoutUrl: `${PORTAL}/` });
  });
});
