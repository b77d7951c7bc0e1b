import { createHash, randomBytes } from 'node:crypto';
import { DEMO_PASSWORD, MINISTRY_REALM } from '@expertnet/infra';
import type { Browser } from 'playwright-core';
import { realmUrl } from './keycloak.ts';
import { stackEnv } from './stack-env.ts';

/**
 * Signs a ministry account in to the expertnet realm the way a person does: the portal's
 * authorisation-code flow with PKCE, sent on to the ministry's own login page (identity
 * brokering), in a real browser. Returns the token endpoint's status and body.
 */
export async function brokeredLogin(browser: Browser, ministryUser: string) {
  const realm = 'expertnet';
  const redirectUri = `${stackEnv('PORTAL_URL')}/auth/callback`;
  const verifier = randomBytes(32).toString('base64url');
  const authorize = new URL(`${realmUrl(realm)}/protocol/openid-connect/auth`);
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
  // The portal is not running here: answer its callback in the browser itself.
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
  if (code === null) throw new Error(`callback without a code: ${callback.href}`);
  const response = await fetch(`${realmUrl(realm)}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: 'portal',
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { access_token?: string } & Record<string, unknown>,
  };
}
