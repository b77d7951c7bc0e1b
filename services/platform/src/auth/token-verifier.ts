import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import { DomainError } from '../errors/domain-error.ts';
import { principalFromClaims, type Principal } from './principal.ts';

export interface TokenVerifierOptions {
  /** e.g. http://127.0.0.1:18080/realms/expertnet */
  readonly issuer: string;
  /** The audience every ExpertNet access token carries (expertnet-api). */
  readonly audience: string;
  /** Defaults to the issuer's standard JWKS endpoint. */
  readonly jwksUrl?: string;
  /** The clock expiry is checked against; tests move it forward. */
  readonly now?: () => Date;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

/** Tokens remembered as verified; a client reuses one token for many calls until it expires. */
const REMEMBERED_TOKENS = 10_000;

/**
 * Verifies Keycloak access tokens: RS256 signature against the realm's keys, issuer, audience
 * and expiry. jose caches the key set and refetches it when a token names an unknown key id,
 * which is how a rotated realm key is picked up without a restart. A token verified once is
 * remembered until it expires: the signature check is the largest cost of a call (CPU profile of
 * the submit benchmark), and the gateway and the service behind it each see every token.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const verify = signatureVerifier(options);
  const remembered = new Map<string, { principal: Principal; expiresAtMs: number }>();
  const now = () => options.now?.().getTime() ?? Date.now();
  return async (token) => {
    const known = remembered.get(token);
    if (known && now() < known.expiresAtMs) return known.principal;
    remembered.delete(token);
    const { principal, expiresAtMs } = await verify(token);
    // Map keeps insertion order: the first key is the oldest.
    if (remembered.size >= REMEMBERED_TOKENS)
      remembered.delete(remembered.keys().next().value ?? '');
    remembered.set(token, { principal, expiresAtMs });
    return principal;
  };
}

function signatureVerifier(options: TokenVerifierOptions) {
  const keys = createRemoteJWKSet(
    new URL(options.jwksUrl ?? `${options.issuer}/protocol/openid-connect/certs`),
    { cooldownDuration: 30_000, cacheMaxAge: 600_000 },
  );
  return async (token: string) => {
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256'],
        currentDate: options.now?.(),
      });
      // Keycloak marks access tokens in the claims ("typ": "Bearer"); ID and refresh tokens of
      // the same realm are signed with the same keys and must not pass as access tokens.
      if (payload.typ !== 'Bearer') {
        throw new DomainError('unauthenticated', 'TOKEN_INVALID', 'this is not an access token');
      }
      // jose accepts a token without `exp`; such a token is verified again at every call.
      const expiresAtMs = (payload.exp ?? 0) * 1000;
      return { principal: principalFromClaims(payload), expiresAtMs };
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw new DomainError('unauthenticated', unauthenticatedCode(error), describe(error), {
        cause: error,
      });
    }
  };
}

function unauthenticatedCode(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'TOKEN_EXPIRED';
  return 'TOKEN_INVALID';
}

/** A message that says what is wrong without echoing the token. */
function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the access token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `the access token's "${error.claim}" claim is not accepted`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the access token is not signed with RS256';
  return 'the access token is not valid';
}
