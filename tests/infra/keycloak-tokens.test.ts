import {
  DEMO_USERS,
  MINISTRY_REALM,
  MINISTRY_TEST_CLIENT_ID,
  MINISTRY_USERS,
  TEST_CLIENT_ID,
} from '@expertnet/infra';
import { decodeJwt, errors, jwtVerify, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  accessToken,
  passwordGrant,
  realmKeys,
  realmUrl,
  unsignedCopy,
} from '../support/keycloak.ts';
import { stackEnv } from '../support/stack-env.ts';

const REALM = 'expertnet';

/** How every ExpertNet service will verify a token: signature, issuer, audience, expiry, alg. */
const verifyPlatformToken = (token: string, options: { currentDate?: Date } = {}) =>
  jwtVerify(token, realmKeys(REALM), {
    issuer: stackEnv('KEYCLOAK_ISSUER'),
    audience: stackEnv('KEYCLOAK_AUDIENCE'),
    algorithms: ['RS256'],
    ...options,
  });

describe('Keycloak tokens of the expertnet realm', () => {
  let nominatorToken: string;

  beforeAll(async () => {
    nominatorToken = await accessToken(REALM, TEST_CLIENT_ID, 'nominator.hanoi');
  });

  it("verifies a demo nominator's token and finds the org and role claims", async () => {
    const { payload, protectedHeader } = await verifyPlatformToken(nominatorToken);

    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.iss).toBe(realmUrl(REALM));
    expect(payload.aud).toContain('expertnet-api');
    expect(payload.org).toBe('P01');
    expect(payload).toMatchObject({ realm_access: { roles: ['nominator'] } });
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
  });

  it.each(DEMO_USERS)('gives $username the organisation $org and roles $roles', async (user) => {
    const { payload } = await verifyPlatformToken(
      await accessToken(REALM, TEST_CLIENT_ID, user.username),
    );
    expect(payload.org).toBe(user.org);
    const roles = (payload.realm_access as { roles: string[] }).roles;
    expect(roles.filter((role) => user.roles.includes(role)).sort()).toEqual(
      [...user.roles].sort(),
    );
  });

  it('rejects an expired token', async () => {
    const { exp = 0 } = decodeJwt(nominatorToken);
    await expect(
      verifyPlatformToken(nominatorToken, { currentDate: new Date((exp + 60) * 1000) }),
    ).rejects.toBeInstanceOf(errors.JWTExpired);
  });

  it('rejects a token meant for another audience', async () => {
    const verifying = jwtVerify(nominatorToken, realmKeys(REALM), {
      issuer: stackEnv('KEYCLOAK_ISSUER'),
      audience: 'another-api',
      algorithms: ['RS256'],
    });
    await expect(verifying).rejects.toMatchObject({
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      claim: 'aud',
    });
  });

  it("rejects a genuine token from another realm's issuer", async () => {
    const ministryToken = await accessToken(
      MINISTRY_REALM,
      MINISTRY_TEST_CLIENT_ID,
      MINISTRY_USERS[0]?.username ?? '',
    );
    // Signed by the ministry realm: our realm's keys do not know it...
    await expect(verifyPlatformToken(ministryToken)).rejects.toBeInstanceOf(
      errors.JWKSNoMatchingKey,
    );
    // ...and with the ministry's own keys it still fails on the issuer.
    const withMinistryKeys = jwtVerify(ministryToken, realmKeys(MINISTRY_REALM), {
      issuer: stackEnv('KEYCLOAK_ISSUER'),
      algorithms: ['RS256'],
    });
    await expect(withMinistryKeys).rejects.toMatchObject({
      code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',
      claim: 'iss',
    });
  });

  it('rejects an unsigned token (alg: none) carrying real claims', async () => {
    await expect(verifyPlatformToken(unsignedCopy(nominatorToken))).rejects.toBeInstanceOf(
      errors.JOSEError,
    );
  });

  it('rejects a token whose claims were changed after signing', async () => {
    const [header, payload, signature] = nominatorToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
    const forged = Buffer.from(JSON.stringify({ ...claims, org: 'P79' })).toString('base64url');
    await expect(
      verifyPlatformToken(`${header ?? ''}.${forged}.${signature ?? ''}`),
    ).rejects.toBeInstanceOf(errors.JWSSignatureVerificationFailed);
  });

  it('rejects an HS256 token, whatever key signed it', async () => {
    const hmacToken = await new SignJWT({ org: 'P01', realm_access: { roles: ['admin'] } })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(stackEnv('KEYCLOAK_ISSUER'))
      .setAudience(stackEnv('KEYCLOAK_AUDIENCE'))
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('a-guessed-shared-secret-of-32-bytes!'));
    await expect(verifyPlatformToken(hmacToken)).rejects.toBeInstanceOf(errors.JOSEAlgNotAllowed);
  });

  it.each(['portal', 'gateway'])('refuses the password grant to the %s client', async (client) => {
    const { status, body } = await passwordGrant(REALM, client, 'nominator.hanoi');
    expect(status).toBeGreaterThanOrEqual(400);
    expect(body.error).toMatch(/unauthorized_client|invalid_client/);
  });
});
