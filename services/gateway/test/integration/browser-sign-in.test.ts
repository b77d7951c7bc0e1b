import { create } from '@bufbuild/protobuf';
import { DEMO_PASSWORD } from '@expertnet/infra';
import { createLogger, createTokenVerifier } from '@expertnet/platform';
import {
  CreateRoundResponseSchema,
  ListRoundsResponseSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildGateway } from '../../src/app.ts';
import { createOidcClient } from '../../src/http/oidc.ts';
import {
  fakeClient,
  jsonOf,
  TEST_CONFIG,
  type FakeHandlers,
  type RecordedCall,
} from '../support.ts';

/** An allowed redirect URI of the realm's `gateway` client, kept for the browser tests' gateway. */
const PORTAL_URL = inject('stack').TEST_PORTAL_URL ?? 'http://127.0.0.1:18098';
/** The realm's development secret of the `gateway` client (infra/keycloak). */
const GATEWAY_SECRET = 'dev-only-gateway-secret';

const handlers: FakeHandlers = {
  listRounds: () => Promise.resolve(create(ListRoundsResponseSchema, {})),
  createRound: () => Promise.resolve(create(CreateRoundResponseSchema, {})),
};

/** Cookies by name, as a browser keeps them for one host (paths do not matter here). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

function cookieOf(response: LightMyRequestResponse, name: string) {
  const found = response.cookies.find((cookie) => cookie.name === name);
  if (found === undefined)
    throw new Error(`no ${name} cookie: ${JSON.stringify(response.headers)}`);
  return found as { value: string } & Record<string, unknown>;
}

/**
 * The portal's sign-in against the real Keycloak, without a browser: the gateway (in process,
 * answering by inject; the services behind it faked, the token verifier real) sends the browser
 * to Keycloak, this test fills in Keycloak's own login form as a person would, and brings the
 * code back to the gateway's callback.
 */
describe('signing a browser in through the gateway', () => {
  let app: FastifyInstance;
  const calls: RecordedCall[] = [];
  /** Moved forward to make the session's access token look about to expire. */
  let clockOffsetMs = 0;
  const now = () => Date.now() + clockOffsetMs;
  const keycloakCookies = new CookieJar();
  let session = '';

  beforeAll(async () => {
    const issuer = stackEnv('KEYCLOAK_ISSUER');
    app = await buildGateway({
      config: { ...TEST_CONFIG, portalUrl: PORTAL_URL, sessionIdleMs: 86_400_000 },
      nominations: fakeClient('nominations', handlers, calls),
      cohorts: fakeClient('cohorts', handlers, calls),
      directory: fakeClient('directory', handlers, calls),
      mentoring: fakeClient('mentoring', handlers, calls),
      coordination: fakeClient('coordination', handlers, calls),
      verifyToken: createTokenVerifier({ issuer, audience: stackEnv('KEYCLOAK_AUDIENCE') }),
      serviceToken: () => Promise.reject(new Error('not used')),
      logger: createLogger({ service: 'gateway-test', level: 'silent' }),
      servicesHealth: () => Promise.resolve({}),
      oidc: createOidcClient({
        issuer,
        clientId: 'gateway',
        clientSecret: GATEWAY_SECRET,
        timeoutMs: 10_000,
        now,
      }),
      now,
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('signs office.mai in with Keycloak login form and sets an HttpOnly session cookie', async () => {
    const login = await app.inject({ url: '/auth/login?returnTo=/rounds&lang=en' });
    expect(login.statusCode).toBe(302);
    const authorize = new URL(String(login.headers.location));
    expect(authorize.href.startsWith(`${stackEnv('KEYCLOAK_ISSUER')}/`)).toBe(true);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${PORTAL_URL}/auth/callback`);

    const page = await fetch(authorize, { redirect: 'manual' });
    keycloakCookies.take(page);
    const html = await page.text();
    expect(page.status, html.slice(0, 500)).toBe(200);
    const action = /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (action === undefined) throw new Error(`no login form: ${html.slice(0, 500)}`);

    const submitted = await fetch(action.replaceAll('&amp;', '&'), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: keycloakCookies.header() },
      body: new URLSearchParams({ username: 'office.mai', password: DEMO_PASSWORD }),
    });
    keycloakCookies.take(submitted);
    expect(submitted.status, await submitted.text()).toBe(302);
    const callback = new URL(String(submitted.headers.get('location')));
    expect(`${callback.origin}${callback.pathname}`).toBe(`${PORTAL_URL}/auth/callback`);

    const signedIn = await app.inject({
      url: `${callback.pathname}${callback.search}`,
      cookies: { expertnet_login: cookieOf(login, 'expertnet_login').value },
    });
    expect(signedIn.statusCode, String(signedIn.headers.location)).toBe(303);
    expect(signedIn.headers.location).toBe(`${PORTAL_URL}/rounds`);
    const cookie = cookieOf(signedIn, 'expertnet_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    session = cookie.value;
  });

  it('says who is signed in, with the roles of the realm', async () => {
    const answer = await app.inject({
      url: '/auth/session',
      cookies: { expertnet_session: session },
    });
    expect(answer.statusCode).toBe(200);
    const body = jsonOf(answer) as {
      authenticated: boolean;
      csrfToken: string;
      user: { username: string; roles: string[]; subject: string };
    };
    expect(body.authenticated).toBe(true);
    expect(body.csrfToken).toMatch(/^[\w-]{43}$/);
    expect(body.user.username).toBe('office.mai');
    expect(body.user.roles).toContain('programme-office');
  });

  it('calls the API by cookie, forwarding a real access token, and refreshes it', async () => {
    const rounds = () =>
      app.inject({ url: '/api/v1/rounds', cookies: { expertnet_session: session } });
    expect((await rounds()).statusCode).toBe(200);
    const first = calls.at(-1)?.options.token;
    expect(first?.split('.')).toHaveLength(3);
    // An hour on, the token is past its expiry: the gateway refreshes it at Keycloak.
    clockOffsetMs = 3_600_000;
    expect((await rounds()).statusCode).toBe(200);
    const second = calls.at(-1)?.options.token;
    expect(second).not.toBe(first);
    expect(second?.split('.')).toHaveLength(3);
  });

  it('refuses a state-changing call by cookie without the CSRF token', async () => {
    const post = (headers: Record<string, string>) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/rounds',
        cookies: { expertnet_session: session },
        headers,
        payload: {},
      });
    const refused = await post({});
    expect(refused.statusCode).toBe(403);
    expect(jsonOf(refused).code).toBe('CSRF_TOKEN_INVALID');
    const { csrfToken } = jsonOf(
      await app.inject({ url: '/auth/session', cookies: { expertnet_session: session } }),
    );
    expect((await post({ 'x-csrf-token': String(csrfToken) })).statusCode).toBe(201);
  });

  it("signs out: the session is gone and Keycloak's logout URL ends the SSO session", async () => {
    const { csrfToken } = jsonOf(
      await app.inject({ url: '/auth/session', cookies: { expertnet_session: session } }),
    );
    const logout = await app.inject({
      method: 'POST',
      url: '/auth/logout',
      cookies: { expertnet_session: session },
      headers: { 'x-csrf-token': String(csrfToken) },
    });
    expect(logout.statusCode).toBe(200);
    expect(cookieOf(logout, 'expertnet_session').value).toBe('');
    const logoutUrl = new URL(String(jsonOf(logout).logoutUrl));
    expect(
      logoutUrl.href.startsWith(`${stackEnv('KEYCLOAK_ISSUER')}/protocol/openid-connect/logout`),
    ).toBe(true);
    expect(logoutUrl.searchParams.get('post_logout_redirect_uri')).toBe(`${PORTAL_URL}/`);
    expect(logoutUrl.searchParams.get('id_token_hint')).toBeTruthy();

    // Keycloak takes it without asking and sends the browser back to the portal.
    const ended = await fetch(logoutUrl, {
      redirect: 'manual',
      headers: { cookie: keycloakCookies.header() },
    });
    expect(ended.status).toBe(302);
    expect(ended.headers.get('location')).toBe(`${PORTAL_URL}/`);

    const after = await app.inject({
      url: '/auth/session',
      cookies: { expertnet_session: session },
    });
    expect(jsonOf(after).authenticated).toBe(false);
    const refused = await app.inject({
      url: '/api/v1/rounds',
      cookies: { expertnet_session: session },
    });
    expect(refused.statusCode).toBe(401);
    expect(jsonOf(refused).code).toBe('SESSION_EXPIRED');
  });
});
