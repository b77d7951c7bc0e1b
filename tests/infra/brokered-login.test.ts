import { MINISTRY_ORG, MINISTRY_USERS } from '@expertnet/infra';
import { jwtVerify } from 'jose';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { brokeredLogin } from '../support/brokered-login.ts';
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
    const tokens = await brokeredLogin(browser, ministryUser);
    expect(tokens.status, JSON.stringify(tokens.body)).toBe(200);

    const { payload } = await jwtVerify(tokens.body.access_token ?? '', realmKeys(REALM), {
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
