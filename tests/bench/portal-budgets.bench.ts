// The portal's budgets, measured on the built portal (services/portal/dist, `pnpm build`):
//  1. initial JavaScript (the entry script and what index.html preloads), gzipped, ≤ 250 kB;
//  2. the nominating officer's list with 1,000 nominations rendered and answering a click within
//     1 s in headless Chromium, against a plain HTML table of the same rows built in the same
//     browser in the same run (the baseline).
// The browser talks to a loopback server of this script that answers from disk and from generated
// nominations, so the figures are the portal's own work, not the API's. The baseline is the same
// rows as a plain HTML page without scripts, navigated to in the same browser.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';

const DIST = path.join(import.meta.dirname, '..', '..', 'services', 'portal', 'dist');
const ROWS = 1000;
const PAGE_SIZE = 200;
const RUNS = 9;
const BUDGET_KB = 250;
const BUDGET_MS = 1000;

if (!fs.existsSync(path.join(DIST, 'index.html'))) {
  throw new Error(`no built portal in ${DIST}: run \`pnpm build\` first`);
}
const indexHtml = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');

function initialScripts(): string[] {
  const pattern = /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g;
  return [...indexHtml.matchAll(pattern)].map((match) => match[1] ?? '');
}

const gzipKb = (file: string) => gzipSync(fs.readFileSync(path.join(DIST, file))).length / 1024;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Đức', 'Giang', 'Hà', 'Hải', 'Khánh', 'Linh', 'Minh'];
const STATUSES = [
  'NOMINATION_STATUS_DRAFT',
  'NOMINATION_STATUS_SUBMITTED',
  'NOMINATION_STATUS_UNDER_REVIEW',
  'NOMINATION_STATUS_ACCEPTED',
  'NOMINATION_STATUS_RETURNED',
];

function nomination(index: number) {
  const name = `${FAMILY[index % FAMILY.length] ?? ''} Văn ${GIVEN[(index * 7) % GIVEN.length] ?? ''} ${String(index)}`;
  const at = new Date(Date.UTC(2026, 10, 1) + index * 3_600_000).toISOString();
  return {
    id: `n-${String(index).padStart(4, '0')}`,
    roundId: 'round-2026',
    organisation: { code: 'P01' },
    effectiveOrganisation: { code: 'P01' },
    status: STATUSES[index % STATUSES.length],
    candidate: {
      fullName: name,
      dateOfBirth: '1988-05-04',
      gender: 'GENDER_FEMALE',
      position: 'Chuyên viên',
      unit: 'Sở Khoa học và Công nghệ',
      email: `candidate${String(index)}@hanoi.gov.vn`,
      phone: '0912345678',
      employmentType: 'EMPLOYMENT_TYPE_CIVIL_SERVANT',
      educationLevel: 'EDUCATION_LEVEL_MASTER',
    },
    version: 3,
    createdAt: at,
    updatedAt: at,
    submittedAt: at,
  };
}
const NOMINATIONS = Array.from({ length: ROWS }, (_, index) => nomination(index));

const SESSION = {
  authenticated: true,
  identityProviders: [],
  csrfToken: 'bench',
  user: {
    subject: 'bench-nominator',
    username: 'nominator.hanoi',
    name: 'Cán bộ Hà Nội',
    email: 'nominator.hanoi@demo.expertnet.vn',
    organisation: 'P01',
    roles: ['nominator'],
  },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.html': 'text/html',
};

interface Reply {
  readonly type: string;
  readonly body: string | Buffer;
}

const json = (body: unknown): Reply => ({ type: 'application/json', body: JSON.stringify(body) });

/** What the bench's loopback server answers: the built portal from disk, stubs for its calls. */
function replyTo(url: URL): Reply {
  if (url.pathname === '/auth/session') return json(SESSION);
  if (url.pathname === '/baseline') return { type: 'text/html', body: STATIC_PAGE };
  if (url.pathname === '/api/v1/nominations') {
    const start = Number(url.searchParams.get('page.cursor') ?? '0');
    const end = start + PAGE_SIZE;
    return json({
      nominations: NOMINATIONS.slice(start, end),
      page: end < ROWS ? { nextCursor: String(end) } : {},
    });
  }
  // Other reads of the screen (organisation names, rounds) find nothing: the list still renders.
  if (url.pathname.startsWith('/api/v1/')) return json({});
  const file = path.join(DIST, url.pathname);
  const isFile =
    url.pathname !== '/' &&
    file.startsWith(DIST) &&
    fs.existsSync(file) &&
    fs.statSync(file).isFile();
  return isFile
    ? {
        type: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
        body: fs.readFileSync(file),
      }
    : { type: 'text/html', body: indexHtml };
}

function answer(request: IncomingMessage, response: ServerResponse): void {
  const { type, body } = replyTo(new URL(request.url ?? '/', 'http://bench'));
  response.writeHead(200, { 'content-type': type });
  response.end(body);
}

/**
 * Milliseconds from navigation start until 1,000 rows are in the table, then until a click on a
 * sort header (dispatched in the page, so Playwright's own actionability checks do not count)
 * has re-rendered the rows.
 */
async function portalRun(page: Page): Promise<{ rendered: number; interactive: number }> {
  await page.goto(`${origin}/nominating/nominations`);
  await page.waitForFunction(
    `document.querySelectorAll('tbody tr').length >= ${String(ROWS)}`,
    undefined,
    { polling: 'raf' },
  );
  const rendered = await page.evaluate<number>('performance.now()');
  // Expressions, not functions: this package is compiled without the DOM's types.
  const interactive = await page.evaluate<number>(`new Promise((resolve) => {
    const before = document.querySelector('tbody tr').innerText;
    document.querySelector('th button').click();
    const check = () =>
      document.querySelector('tbody tr').innerText === before
        ? requestAnimationFrame(check)
        : requestAnimationFrame(() => resolve(performance.now()));
    check();
  })`);
  return { rendered, interactive };
}

/** The baseline: the same rows as a plain server-rendered page, no script at all. */
const STATIC_PAGE = `<!doctype html><title>baseline</title><table><tbody>${NOMINATIONS.map(
  (row) =>
    `<tr><td><a href="#">${row.candidate.fullName}</a></td><td>${row.candidate.position}</td><td>${row.status ?? ''}</td><td>${row.updatedAt}</td></tr>`,
).join('')}</tbody></table>`;

async function baselineRun(page: Page): Promise<number> {
  await page.goto(`${origin}/baseline`);
  await page.waitForFunction(
    `document.querySelectorAll('tbody tr').length >= ${String(ROWS)}`,
    undefined,
    { polling: 'raf' },
  );
  return page.evaluate<number>('performance.now()');
}

const percentile = (values: readonly number[], quantile: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] ?? 0;
};

const scripts = initialScripts();
const initialKb = scripts.reduce((sum, file) => sum + gzipKb(file), 0);
const lazyKb = fs
  .readdirSync(path.join(DIST, 'assets'))
  .filter((file) => file.endsWith('.js') && !scripts.includes(`/assets/${file}`))
  .reduce((sum, file) => sum + gzipKb(path.join('assets', file)), 0);

const server = createServer(answer);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
const browser = await launchChromium();
const rendered: number[] = [];
const interactive: number[] = [];
const baseline: number[] = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    const page = await context.newPage();
    const portal = await portalRun(page);
    rendered.push(portal.rendered);
    interactive.push(portal.interactive);
    baseline.push(await baselineRun(page));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const p50 = (values: number[]) => percentile(values, 0.5);
const max = (values: number[]) => Math.max(...values);
const line = (name: string, values: number[]) =>
  `  ${name.padEnd(44)} p50 ${p50(values).toFixed(0).padStart(5)} ms   max ${max(values).toFixed(0).padStart(5)} ms`;
process.stdout.write(
  [
    `Portal budgets (${String(RUNS)} runs of ${String(ROWS)} nominations, headless Chromium)`,
    `  initial JavaScript (${scripts.join(', ')}): ${initialKb.toFixed(1)} kB gzip (budget ${String(BUDGET_KB)}); lazy screens ${lazyKb.toFixed(1)} kB gzip`,
    line('portal: navigation → 1,000 rows rendered', rendered),
    line('portal: navigation → rows re-sorted by a click', interactive),
    line('baseline: navigation → the rows as static HTML', baseline),
    `W6 portal: initial-js ${initialKb.toFixed(1)} kB, list-1000 interactive p50 ${p50(interactive).toFixed(0)} ms max ${max(interactive).toFixed(0)} ms, ratio to static ${(p50(rendered) / p50(baseline)).toFixed(1)}, budgets ${initialKb <= BUDGET_KB && max(interactive) <= BUDGET_MS ? 'met' : 'MISSED'}`,
    '',
  ].join('\n'),
);
