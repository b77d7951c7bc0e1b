import { DEMO_PASSWORD } from '@expertnet/infra';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { portalContext, signIn, usePortal } from '../support/portal-browser.ts';

const frame = usePortal();
const url = frame.url;

describe('signing in to the portal', () => {
  it('signs a local account in through Keycloak, with tokens kept by the gateway', async () => {
    const context = await portalContext(frame.browser());
    const page = await context.newPage();
    await signIn(page, url(), 'office.mai');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/Xin chào, Mai/);
    const cookies = await context.cookies(url());
    const session = cookies.find((cookie) => cookie.name === 'expertnet_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    // Nothing the page's scripts can read carries a token.
    const visible = await page.evaluate('document.cookie + JSON.stringify(localStorage)');
    expect(String(visible)).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
    await context.close();
  });

  it('signs a ministry account in through its own identity provider', async () => {
    const context = await portalContext(frame.browser());
    const page = await context.newPage();
    await page.goto(`${url()}/`);
    await page.getByRole('button', { name: 'Đăng nhập qua Bộ Tài chính (demo)' }).click();
    await page.waitForURL((address) => address.pathname.startsWith('/realms/ministry-demo/'));
    await signInOnCurrentForm(page, 'can.bo.thanh');
    await page.waitForURL((address) => address.origin === url());
    await page.getByText(/Đăng nhập với tên .*\(BTC\)/).waitFor();
    const navigation = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await navigation.innerText()).toContain('Đề cử');
    await context.close();
  });

  it('refuses a state-changing call by cookie without the CSRF token', async () => {
    const context = await portalContext(frame.browser());
    const page = await context.newPage();
    await signIn(page, url(), 'office.mai');
    const status = await page.evaluate(`
      fetch('/api/v1/rounds', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
        .then((response) => response.status)
    `);
    expect(status).toBe(403);
    await context.close();
  });

  it('signs out of the portal and of Keycloak', async () => {
    const context = await portalContext(frame.browser());
    const page = await context.newPage();
    await signIn(page, url(), 'office.mai');
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL((address) => address.origin === url());
    await page.getByRole('heading', { name: 'Đăng nhập ExpertNet' }).waitFor();
    const status = await page.evaluate(
      `fetch('/api/v1/rounds').then((response) => response.status)`,
    );
    expect(status).toBe(401);
    // Keycloak's session is over too: signing in again asks for the password.
    await page.getByRole('button', { name: 'Đăng nhập bằng tài khoản ExpertNet' }).click();
    await page.locator('#password').waitFor();
    await context.close();
  });
});

async function signInOnCurrentForm(page: Page, username: string) {
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('#kc-login');
}
