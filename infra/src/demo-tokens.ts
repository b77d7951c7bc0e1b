import { TEST_CLIENT_ID } from '../keycloak/expertnet.realm.ts';
import { DEMO_PASSWORD } from '../keycloak/realm-parts.ts';

/**
 * An access token of a demo user, by the password grant of the realm's test client: for demo data
 * and benchmarks on development stacks only (the grant exists nowhere else).
 */
export async function demoAccessToken(issuer: string, username: string): Promise<string> {
  const response = await fetch(`${issuer}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: TEST_CLIENT_ID,
      username,
      password: DEMO_PASSWORD,
    }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (body.access_token === undefined)
    throw new Error(`no token for ${username}: ${response.status}`);
  return body.access_token;
}
