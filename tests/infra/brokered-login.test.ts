import { createHash, randomBytes } from 'node:crypto';
import { MINISTRY_ORG, MINISTRY_REALM, MINISTRY_USERS, DEMO_PASSWORD } from '@expertnet/infra';
import { jwtVerify } from 'jose';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { realmKeys, realmUrl } from '../support/keycloak.ts';
import { stackEnv } from '../support/stack-env.ts';

const REALM = 'expertnet';

describe('a ministry account signs in to ExpertNet through identity brokering', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser.close();
  });

  it('gets an expertnet token carrying the ministry organisation and the default role', async () => {
    const ministryUser = MINISTRY_USERS[0]?.username ?? '';
    const redirectUri = `${stackEnv('PORTAL_URL')}/auth/callback`;
    const verifier = randomBytes(32).toString('base64url');
    const authorize = new URL(`${realmUrl(REALM)}/protocol/openid-connect/auth`);
    authorize.search = new URLSearchParams({
      client_id: 'portal',
      response_type: 'code',
      scope: 'openid',
      redirect_uri: redirectUri,
      state: randomBytes(8).toString('hex'),
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      // Skips the chooser and goes straight to the ministry's own login page.
      kc_idp_hint: MINISTRY_REALM,
    }).toString();

    const page = await browser.newPage();
    // The portal is not running in this test: answer its callback in the browser itself.
    await page.route(`${redirectUri}*`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p>signed in</p>' }),
    );
    await page.goto(authorize.toString());
    await page.waitForURL((url) => url.pathname.startsWith(`/realms/${MINISTRY_REALM}/`));
    await page.fill('#username', ministryUser);
    await page.fill('#password', DEMO_PASSWORD);
    await page.click('#kc-login');
    await page.waitForURL((url) => url.href.startsWith(redirectUri));
    const callback = new URL(page.url());
    await page.close();

    const code = callback.searchParams.get('code');
    expect(code, `callback without a code: ${callback.href}`).toBeTruthy();
    const tokenResponse = await fetch(`${realmUrl(REALM)}/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: 'portal',
        code: code ?? '',
        redirect_uri: redirectUri,
        code_verifier: verifier,
      }),
    });
    const tokens = (await tokenResponse.json()) as { access_token?: string };
    expect(tokenResponse.status, JSON.stringify(tokens)).toBe(200);

    const { payload } = await jwtVerify(tokens.access_token ?? '', realmKeys(REALM), {
      issuer: stackEnv('KEYCLOAK_ISSUER'),
      audience: stackEnv('KEYCLOAK_AUDIENCE'),
      algorithms: ['RS256'],
    });
    expect(payload.iss).toBe(realmUrl(REALM));
    expect(payload.preferred_username).toBe(ministryUser);
    expect(payload.org).toBe(MINISTRY_ORG);
    expect((payload.realm_access as { roles: string[] }).roles).toContain('nominator');
  });
});
