import { DEMO_PASSWORD, TEST_CLIENT_ID } from '@expertnet/infra';
import { createRemoteJWKSet } from 'jose';
import { stackEnv } from './stack-env.ts';

export const realmUrl = (realm: string) => `${stackEnv('KEYCLOAK_URL')}/realms/${realm}`;

/** The realm's signing keys, fetched and cached by jose the way services will do it. */
export const realmKeys = (realm: string) =>
  createRemoteJWKSet(new URL(`${realmUrl(realm)}/protocol/openid-connect/certs`));

/** A resource-owner password grant: the raw answer, so tests can check refusals too. */
export async function passwordGrant(
  realm: string,
  clientId: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${realmUrl(realm)}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: clientId,
      username,
      password,
      scope: 'openid',
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** An access token from a test client's password grant; fails the test if none is issued. */
export async function accessToken(realm: string, clientId: string, username: string) {
  const { status, body } = await passwordGrant(realm, clientId, username);
  if (status !== 200 || typeof body.access_token !== 'string') {
    throw new Error(`no token for ${username} in ${realm}: ${status} ${JSON.stringify(body)}`);
  }
  return body.access_token;
}

/** The token's claims under an `alg: none` header and no signature: what a forger would send. */
export function unsignedCopy(token: string): string {
  const [, payload] = token.split('.');
  const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
  return `${header}.${payload ?? ''}.`;
}

/** The `sub` claim of an access token: services link people (a facilitator, a profile's owner) by it. */
export function subjectOf(token: string): string {
  const [, payload = ''] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: string };
  return claims.sub ?? '';
}

/** A test client's access token for each test user, by the name the test calls them. */
export async function accessTokens<User extends string>(
  usernames: Readonly<Record<User, string>>,
): Promise<Record<User, string>> {
  const entries = await Promise.all(
    Object.entries<string>(usernames).map(
      async ([user, name]) => [user, await accessToken('expertnet', TEST_CLIENT_ID, name)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<User, string>;
}
