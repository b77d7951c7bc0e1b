import type { JWTPayload } from 'jose';

/** Who is calling, as the verified access token says. */
export interface Principal {
  /** Keycloak subject (user id, or the service account's id). */
  readonly subject: string;
  /** Organisation code from the `org` claim; empty for service accounts without one. */
  readonly org: string;
  readonly roles: ReadonlySet<string>;
  /** Client id when the token is a service account's own (client credentials), else undefined. */
  readonly service: string | undefined;
}

export function principalFromClaims(claims: JWTPayload): Principal {
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const roles = Array.isArray(realmAccess?.roles)
    ? realmAccess.roles.filter((role): role is string => typeof role === 'string')
    : [];
  const username = typeof claims.preferred_username === 'string' ? claims.preferred_username : '';
  const clientId = typeof claims.azp === 'string' ? claims.azp : undefined;
  return {
    subject: claims.sub ?? '',
    org: typeof claims.org === 'string' ? claims.org : '',
    roles: new Set(roles),
    // Keycloak names a service account's user "service-account-<client id>".
    service: username === `service-account-${clientId ?? ''}` ? clientId : undefined,
  };
}
