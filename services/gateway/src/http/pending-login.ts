import type { LoginChecks } from './oidc.ts';

/**
 * A sign-in between /auth/login and /auth/callback, kept by the browser itself in a short-lived
 * cookie rather than in the gateway: anyone can start a sign-in, so server-side state would be
 * memory an anonymous caller could fill. The cookie needs no signature: its state must match
 * the one Keycloak sends back, and the verifier only works with the code of that same sign-in.
 */
export interface PendingLogin extends LoginChecks {
  /** Where in the portal to go once signed in (a path, never another site). */
  readonly returnTo: string;
}

export const PENDING_LOGIN_COOKIE = 'expertnet_login';
/** Long enough to type a password (and a second factor), short enough not to linger. */
export const PENDING_LOGIN_MAX_AGE_S = 600;

export function encodePendingLogin(login: PendingLogin): string {
  return Buffer.from(JSON.stringify(login)).toString('base64url');
}

export function decodePendingLogin(cookie: string | undefined): PendingLogin | undefined {
  if (cookie === undefined || cookie === '') return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cookie, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { state, codeVerifier, nonce, returnTo } = value as Record<string, unknown>;
    if (!isText(state) || !isText(codeVerifier) || !isText(nonce)) return undefined;
    // Checked again: the cookie came back from the browser.
    return { state, codeVerifier, nonce, returnTo: safeReturnTo(returnTo) };
  } catch {
    return undefined;
  }
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

const MAX_RETURN_TO = 2048;

/**
 * A path of the portal: one leading slash and no second (`//evil.example` and `/\evil.example`
 * are other sites to a browser), no scheme, nothing a header could not carry. Anything else is
 * the portal's home.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > MAX_RETURN_TO) return '/';
  if (!/^\/(?![/\\])/.test(value)) return '/';
  // Backslashes, whitespace and control characters: none belongs in an encoded path.
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return '/';
  return value;
}
