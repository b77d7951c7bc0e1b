import { createRequire } from 'node:module';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { DEMO_PASSWORD } from '@expertnet/infra';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { launchChromium } from './browser.ts';
import { SCREENSHOT_DIR, startTestPortal, stopTestPortal, type TestPortal } from './portal.ts';

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
  // Runs in every document, Keycloak's and opaque ones (no storage there) included.
  await context.addInitScript(
    `try { localStorage.setItem('expertnet.locale', ${JSON.stringify(locale)}); } catch {}`,
  );
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
  // Evaluated, not added as a <script>: the portal's content security policy refuses inline ones.
  await page.evaluate(AXE_SOURCE);
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

/**
 * The browser tests' frame: a platform on test data serving the portal at the test portal URL,
 * and Chromium, for the file that calls it (vitest hooks), stopped afterwards.
 */
export function usePortal(): { readonly url: () => string; readonly browser: () => Browser } {
  let portal: TestPortal | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [portal, browser] = await Promise.all([startTestPortal(), launchChromium()]);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stopTestPortal(portal);
  });
  return {
    url: () => portal?.url ?? '',
    browser: () => {
      if (browser === undefined) throw new Error('the browser is not running');
      return browser;
    },
  };
}

/** A signed-in page of `username`, in a fresh profile, at `path`. */
export async function signedInPage(
  frame: ReturnType<typeof usePortal>,
  username: string,
  path = '/',
  locale: PortalLocale = 'vi',
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await portalContext(frame.browser(), locale);
  const page = await context.newPage();
  keepEvidenceOnFailure(page, username);
  await signIn(page, frame.url(), username);
  if (path !== '/') await page.goto(`${frame.url()}${path}`);
  return { page, context };
}

let failures = 0;

/** When the running test fails: the page's screenshot in the artifacts and its text in the log. */
export function keepEvidenceOnFailure(page: Page, label: string): void {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.stack ?? error.message));
  onTestFailed(async () => {
    if (errors.length > 0) process.stderr.write(`[portal] ${label}: ${errors.join('\n')}\n`);
    if (page.isClosed()) return;
    const file = path.join(SCREENSHOT_DIR, `failure-${String(++failures)}-${label}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    const text = await page
      .locator('body')
      .innerText()
      .catch(() => '(no text)');
    process.stderr.write(`[portal] ${label} at ${page.url()} (screenshot ${file}):\n${text}\n`);
  });
}
