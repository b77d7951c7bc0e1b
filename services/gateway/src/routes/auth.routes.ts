import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PortalIdentityProvider } from '../config.ts';
import type { BrowserSessions } from '../http/browser-session.ts';
import type { OidcClient } from '../http/oidc.ts';
import {
  decodePendingLogin,
  encodePendingLogin,
  PENDING_LOGIN_COOKIE,
  PENDING_LOGIN_MAX_AGE_S,
  safeReturnTo,
} from '../http/pending-login.ts';

export const AUTH_PREFIX = '/auth';

export interface AuthRoutesOptions {
  readonly sessions: BrowserSessions;
  readonly oidc: OidcClient;
  /** The portal's public base URL, without a trailing slash. */
  readonly portalUrl: string;
  readonly identityProviders: readonly PortalIdentityProvider[];
}

/** Why a sign-in did not complete, as the portal's sign-in page receives it (?error=). */
type SignInError = 'access_denied' | 'login_expired' | 'login_failed' | 'login_unavailable';

const LANGUAGES = new Set(['vi', 'en']);

/**
 * The portal's sign-in, the gateway being its OAuth client (backend for frontend): the browser
 * never holds a token, only an HttpOnly session cookie. Not part of the API's documentation:
 * these are the portal's own routes, answered with redirects and cookies.
 */
export function authRoutes(scope: FastifyInstance, options: AuthRoutesOptions): Promise<void> {
  const { sessions, oidc, portalUrl, identityProviders } = options;
  const redirectUri = `${portalUrl}${AUTH_PREFIX}/callback`;
  const pendingCookie = {
    httpOnly: true,
    sameSite: 'lax',
    path: AUTH_PREFIX,
    secure: portalUrl.startsWith('https:'),
  } as const;
  const hidden = { schema: { hide: true } };
  const signInFailed = (reply: FastifyReply, code: SignInError) =>
    reply.redirect(`${portalUrl}/sign-in?error=${code}`, 303);

  // Answers about who is signed in, and redirects carrying codes: never to be cached.
  scope.addHook('onRequest', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });
  // The portal may post JSON with an empty body; none of these routes reads a body.
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, _body, done) => {
    done(null, undefined);
  });

  scope.get('/login', hidden, async (request, reply) => {
    const query = queryOf(request);
    const idp = identityProviders.find(({ alias }) => alias === query.idp)?.alias;
    const lang = query.lang !== undefined && LANGUAGES.has(query.lang) ? query.lang : undefined;
    try {
      const { url, checks } = await oidc.beginLogin({
        redirectUri,
        ...(idp === undefined ? {} : { idpHint: idp }),
        ...(lang === undefined ? {} : { uiLocales: lang }),
      });
      const pending = encodePendingLogin({ ...checks, returnTo: safeReturnTo(query.returnTo) });
      reply.setCookie(PENDING_LOGIN_COOKIE, pending, {
        ...pendingCookie,
        maxAge: PENDING_LOGIN_MAX_AGE_S,
      });
      return await reply.redirect(url.href, 302);
    } catch (error) {
      request.log.error({ err: error }, 'no sign-in: Keycloak is unavailable');
      return signInFailed(reply, 'login_unavailable');
    }
  });

  scope.get('/callback', hidden, async (request, reply) => {
    const pending = decodePendingLogin(request.cookies[PENDING_LOGIN_COOKIE]);
    // Used once, whatever happens next.
    reply.clearCookie(PENDING_LOGIN_COOKIE, pendingCookie);
    const query = queryOf(request);
    if (query.error !== undefined) {
      request.log.info({ error: query.error }, 'sign-in refused by Keycloak');
      return signInFailed(
        reply,
        query.error === 'access_denied' ? 'access_denied' : 'login_failed',
      );
    }
    if (pending === undefined) return signInFailed(reply, 'login_expired');
    const callbackUrl = new URL(redirectUri);
    callbackUrl.search = new URL(request.url, 'http://callback.invalid').search;
    try {
      const tokens = await oidc.exchangeCode(callbackUrl, pending);
      await sessions.start(request, reply, tokens);
    } catch (error) {
      request.log.warn({ err: error }, 'sign-in failed');
      return signInFailed(reply, 'login_failed');
    }
    return reply.redirect(`${portalUrl}${pending.returnTo}`, 303);
  });

  scope.get('/session', hidden, async (request, reply) => {
    let signedIn;
    try {
      signedIn = await sessions.current(request, reply);
    } catch (error) {
      // Keycloak unreachable with the token expired: not signed in for now, session kept.
      request.log.warn({ err: error }, 'session unknown for now');
    }
    if (signedIn === undefined) return { authenticated: false, identityProviders };
    const { session, principal } = signedIn;
    return {
      authenticated: true,
      identityProviders,
      csrfToken: session.csrfToken,
      user: {
        subject: principal.subject,
        username: session.profile.username,
        name: session.profile.name,
        email: session.profile.email,
        organisation: principal.org,
        roles: [...principal.roles].sort(),
      },
    };
  });

  scope.post('/logout', hidden, async (request, reply) => {
    const ended = await sessions.end(request, reply);
    const home = `${portalUrl}/`;
    if (ended === undefined) return { logoutUrl: home };
    try {
      const url = await oidc.endSessionUrl({
        idToken: ended.tokens.idToken,
        postLogoutRedirectUri: home,
      });
      return { logoutUrl: url.href };
    } catch (error) {
      // Signed out of the portal all the same; Keycloak's SSO session ends on its own.
      request.log.warn({ err: error }, 'no Keycloak end-session URL: Keycloak is unavailable');
      return { logoutUrl: home };
    }
  });
  return Promise.resolve();
}

/** The query's single-valued parameters (a repeated one counts as absent). */
function queryOf(request: FastifyRequest): Readonly<Record<string, string | undefined>> {
  const query = (request.query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(query).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
