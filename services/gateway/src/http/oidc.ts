import * as client from 'openid-client';
import type { SessionProfile } from './session-store.ts';

/** What a code exchange or a refresh yields. */
export interface OidcTokens {
  readonly accessToken: string;
  readonly refreshToken: string | undefined;
  readonly idToken: string | undefined;
  readonly accessExpiresAtMs: number;
  /** From the ID token, which openid-client has validated; undefined without one. */
  readonly profile: SessionProfile | undefined;
}

/** What the callback must check: kept by the browser in the pending-login cookie. */
export interface LoginChecks {
  readonly state: string;
  readonly codeVerifier: string;
  readonly nonce: string;
}

export interface LoginRequest {
  readonly redirectUri: string;
  /** A Keycloak identity-provider alias: its login page is shown instead of Keycloak's. */
  readonly idpHint?: string;
  readonly uiLocales?: string;
}

/**
 * Refusals by Keycloak (an OAuth error answer: invalid_grant for a revoked or expired refresh
 * token) are told apart from Keycloak being unreachable: only the first ends a session.
 */
export class OidcRejectedError extends Error {
  override readonly name = 'OidcRejectedError';
}

/** The gateway as Keycloak's OAuth client for browsers: the part unit tests replace. */
export interface OidcClient {
  beginLogin(request: LoginRequest): Promise<{ url: URL; checks: LoginChecks }>;
  /** `callbackUrl`: the redirect URI with the query Keycloak sent to it. */
  exchangeCode(callbackUrl: URL, checks: LoginChecks): Promise<OidcTokens>;
  refresh(refreshToken: string): Promise<OidcTokens>;
  endSessionUrl(request: {
    idToken: string | undefined;
    postLogoutRedirectUri: string;
  }): Promise<URL>;
}

export interface OidcClientOptions {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly timeoutMs: number;
  readonly now?: () => number;
}

/** Keycloak is not the place for an unbounded retry storm: one discovery at most this often. */
const DISCOVERY_RETRY_MS = 5_000;

/**
 * openid-client against the realm's discovery document, fetched on first use rather than at
 * start-up (the gateway must start, and serve bearer-token callers, while Keycloak is down),
 * cached once fetched, and fetched again on a later use after a failure.
 */
export function createOidcClient(options: OidcClientOptions): OidcClient {
  const now = options.now ?? Date.now;
  let configuration: Promise<client.Configuration> | undefined;
  let failedAtMs = Number.NEGATIVE_INFINITY;
  const discovered = (): Promise<client.Configuration> => {
    if (configuration !== undefined) return configuration;
    if (now() - failedAtMs < DISCOVERY_RETRY_MS) {
      return Promise.reject(new Error('Keycloak discovery failed moments ago'));
    }
    const issuer = new URL(options.issuer);
    configuration = client
      .discovery(issuer, options.clientId, options.clientSecret, undefined, {
        // openid-client refuses plain HTTP unless told: an http:// issuer is the development
        // Keycloak on loopback, and the configured issuer is trusted like the verifier's.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only to stand out
        execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
        timeout: Math.ceil(options.timeoutMs / 1000),
      })
      .catch((error: unknown) => {
        configuration = undefined;
        failedAtMs = now();
        throw error;
      });
    return configuration;
  };
  return {
    async beginLogin(request) {
      const config = await discovered();
      const checks = {
        state: client.randomState(),
        codeVerifier: client.randomPKCECodeVerifier(),
        nonce: client.randomNonce(),
      };
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: request.redirectUri,
        scope: 'openid profile email',
        code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
        state: checks.state,
        nonce: checks.nonce,
        ...(request.idpHint === undefined ? {} : { kc_idp_hint: request.idpHint }),
        ...(request.uiLocales === undefined ? {} : { ui_locales: request.uiLocales }),
      });
      return { url, checks };
    },
    async exchangeCode(callbackUrl, checks) {
      const config = await discovered();
      const response = await rejections(() =>
        client.authorizationCodeGrant(config, callbackUrl, {
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          pkceCodeVerifier: checks.codeVerifier,
        }),
      );
      return tokensOf(response, now());
    },
    async refresh(refreshToken) {
      const config = await discovered();
      const response = await rejections(() => client.refreshTokenGrant(config, refreshToken));
      return tokensOf(response, now());
    },
    async endSessionUrl({ idToken, postLogoutRedirectUri }) {
      const config = await discovered();
      return client.buildEndSessionUrl(config, {
        post_logout_redirect_uri: postLogoutRedirectUri,
        // Keycloak needs the hint or the client id to accept the redirect without asking.
        ...(idToken === undefined ? { client_id: options.clientId } : { id_token_hint: idToken }),
      });
    },
  };
}

/** A reply that is not Keycloak's at all (a proxy's 502 page): Keycloak is unavailable. */
const NOT_AN_ANSWER = new Set(['OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON']);

/** Keycloak's OAuth error answers (and a response openid-client refuses) as OidcRejectedError. */
async function rejections<T>(grant: () => Promise<T>): Promise<T> {
  try {
    return await grant();
  } catch (error) {
    const rejected =
      error instanceof client.ResponseBodyError ||
      error instanceof client.AuthorizationResponseError ||
      (error instanceof client.ClientError && !NOT_AN_ANSWER.has(error.code ?? ''));
    if (!rejected) throw error;
    throw new OidcRejectedError(error.message, { cause: error });
  }
}

type TokenResponse = client.TokenEndpointResponse & client.TokenEndpointResponseHelpers;

function tokensOf(response: TokenResponse, nowMs: number): OidcTokens {
  const claims = response.claims();
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    idToken: response.id_token,
    // Keycloak always says; a token without a stated lifetime is treated as short-lived.
    accessExpiresAtMs: nowMs + (response.expiresIn() ?? 60) * 1000,
    profile:
      claims === undefined
        ? undefined
        : {
            username: text(claims.preferred_username),
            name: text(claims.name),
            email: text(claims.email),
          },
  };
}
