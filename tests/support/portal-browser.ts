import { createRequire } from 'node:module';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { DEMO_PASSWORD } from '@expertnet/infra';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SCREENSHOT_DIR } from './portal.ts';

const AXE_SOURCE = await fsp.readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export type PortalLocale = 'vi' | 'en';

/**
 * Errors the portal's scripts threw, per browser profile: a test that passes with one is hiding
 * a broken screen, so `portalContext` collects them and `pageErrors` hands them to assertions.
 */
const errorsOf = new WeakMap<BrowserContext, string[]>();

export const pageErrors = (context: BrowserContext): readonly string[] =>
  errorsOf.get(context) ?? [];

/** A fresh browser profile (no cookies) with the portal in `locale`. */
export async function portalContext(
  browser: Browser,
  locale: PortalLocale = 'vi',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: locale === 'vi' ? 'vi-VN' : 'en-GB',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 900 },
  });
  const errors: string[] = [];
  errorsOf.set(context, errors);
  context.on('weberror', (error) => errors.push(error.error().message));
  await context.addInitScript((chosen) => {
    localStorage.setItem('expertnet.locale', chosen);
  }, locale);
  return context;
}

/**
 * Signs in the way a person does: the portal's sign-in page, Keycloak's login form (ours, or
 * the ministry's own for a brokered account), and back to the portal signed in.
 */
export async function signIn(
  page: Page,
  portalUrl: string,
  username: string,
  via: 'local' | 'ministry' = 'local',
): Promise<void> {
  await page.goto(`${portalUrl}/`);
  const button =
    via === 'local'
      ? page.getByRole('button', { name: /tài khoản ExpertNet|ExpertNet account/ })
      : page.getByRole('button', { name: /Bộ Tài chính \(demo\)|Ministry of Finance \(demo\)/ });
  await button.click();
  await page.waitForURL(
    (url) =>
      url.pathname.includes('/protocol/openid-connect/auth') ||
      url.pathname.includes('/login-actions/'),
  );
  await page.fill('#username', username);
  await page.fill('#password', DEMO_PASSWORD);
  await page.click('#kc-login');
  await page.waitForURL((url) => url.origin === portalUrl);
  await page.getByRole('button', { name: /Đăng xuất|Sign out/ }).waitFor();
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/** axe-core's serious and critical violations of WCAG 2.1 A and AA on the page as it is. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  // A string, not a function: this package is compiled without the DOM's types.
  const violations = await page.evaluate<AxeViolation[]>(`
    axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }).then((result) => result.violations)
  `);
  return violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
}

/** A full-page screenshot in the test artifacts, named by screen and language. */
export async function saveScreenshot(
  page: Page,
  screen: string,
  locale: PortalLocale,
): Promise<void> {
  await page.screenshot({
    path: path.join(SCREENSHOT_DIR, `${screen}.${locale}.png`),
    fullPage: true,
  });
}
