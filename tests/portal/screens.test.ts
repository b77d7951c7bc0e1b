import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  keepEvidenceOnFailure,
  pageErrors,
  portalContext,
  saveScreenshot,
  seriousViolations,
  signIn,
  usePortal,
  type AxeViolation,
  type PortalLocale,
} from '../support/portal-browser.ts';

const frame = usePortal();

/** The ids the screens' paths need, read through the API as the signed-in user. */
async function firstId(context: BrowserContext, path: string, list: string): Promise<string> {
  const response = await context.request.get(`${frame.url()}/api/v1${path}`);
  const body = (await response.json()) as Record<string, { id?: string }[] | undefined>;
  const id = body[list]?.[0]?.id;
  if (id === undefined) throw new Error(`GET ${path} lists no ${list}`);
  return id;
}

interface Screen {
  readonly name: string;
  readonly path: (ids: Readonly<Record<string, string>>) => string;
}

/** Every main screen, by the user who works on it, and how that user's ids are found. */
const TOUR: readonly {
  readonly user: string | undefined;
  readonly ids?: (context: BrowserContext) => Promise<Record<string, string>>;
  readonly screens: readonly Screen[];
}[] = [
  {
    user: undefined,
    screens: [
      { name: 'sign-in', path: () => '/' },
      { name: 'verify-certificate', path: () => '/verify' },
    ],
  },
  {
    user: 'nominator.hanoi',
    ids: async (context) => ({
      round: await firstId(context, '/rounds', 'rounds'),
      nomination: await firstId(context, '/nominations', 'nominations'),
    }),
    screens: [
      { name: 'home-nominator', path: () => '/' },
      { name: 'nominating-rounds', path: () => '/nominating/rounds' },
      { name: 'nominating-round', path: (ids) => `/nominating/rounds/${ids.round ?? ''}` },
      { name: 'nomination-form', path: (ids) => `/nominating/rounds/${ids.round ?? ''}/new` },
      { name: 'nomination-import', path: (ids) => `/nominating/rounds/${ids.round ?? ''}/import` },
      { name: 'nominations-tracking', path: () => '/nominating/nominations' },
      {
        name: 'nomination-detail',
        path: (ids) => `/nominating/nominations/${ids.nomination ?? ''}`,
      },
    ],
  },
  {
    user: 'reviewer.hung',
    ids: async (context) => ({ nomination: await firstId(context, '/nominations', 'nominations') }),
    screens: [
      { name: 'review-queue', path: () => '/review' },
      { name: 'review-nomination', path: (ids) => `/review/nominations/${ids.nomination ?? ''}` },
    ],
  },
  {
    user: 'office.mai',
    ids: async (context) => {
      const cohort = await firstId(context, '/cohorts', 'cohorts');
      return {
        round: await firstId(context, '/rounds', 'rounds'),
        cohort,
        session: await firstId(context, `/cohorts/${cohort}/sessions`, 'sessions'),
      };
    },
    screens: [
      { name: 'office-rounds', path: () => '/office/rounds' },
      { name: 'office-round', path: (ids) => `/office/rounds/${ids.round ?? ''}` },
      { name: 'office-ledger', path: () => '/office/ledger' },
      { name: 'duplicate-flags', path: () => '/review/duplicates' },
      { name: 'cohorts', path: () => '/cohorts' },
      { name: 'cohort', path: (ids) => `/cohorts/${ids.cohort ?? ''}` },
      {
        name: 'check-in-code',
        path: (ids) => `/cohorts/${ids.cohort ?? ''}/sessions/${ids.session ?? ''}/check-in-code`,
      },
      {
        name: 'attendance',
        path: (ids) => `/cohorts/${ids.cohort ?? ''}/sessions/${ids.session ?? ''}/attendance`,
      },
      { name: 'assessments', path: (ids) => `/cohorts/${ids.cohort ?? ''}/assessments` },
      { name: 'graduation', path: (ids) => `/cohorts/${ids.cohort ?? ''}/graduation` },
      { name: 'certificates', path: () => '/certificates' },
      { name: 'mentoring-programmes', path: () => '/mentoring/programmes' },
      { name: 'mentoring-programme-new', path: () => '/mentoring/programmes/new' },
      { name: 'mentoring-pairs', path: () => '/mentoring/pairs' },
    ],
  },
  {
    user: 'expert.an',
    ids: async (context) => {
      const response = await context.request.get(`${frame.url()}/api/v1/experts`);
      const { hits } = (await response.json()) as { hits?: { expert?: { id?: string } }[] };
      return { expert: hits?.[0]?.expert?.id ?? '' };
    },
    screens: [
      { name: 'my-profile', path: () => '/profile' },
      { name: 'my-peers', path: () => '/profile/peers' },
      { name: 'directory', path: () => '/experts?query=chuyen%20doi%20so' },
      { name: 'expert', path: (ids) => `/experts/${ids.expert ?? ''}` },
      { name: 'my-training', path: () => '/cohorts/mine' },
      { name: 'check-in', path: () => '/check-in' },
      { name: 'mentoring-apply', path: () => '/mentoring/apply' },
      { name: 'mentoring-applications', path: () => '/mentoring/applications' },
    ],
  },
  { user: 'mentor.duc', screens: [{ name: 'mentoring-inbox', path: () => '/mentoring/inbox' }] },
  {
    user: 'coordinator.hanoi',
    screens: [{ name: 'mentoring-pairs-coordinator', path: () => '/mentoring/pairs' }],
  },
  { user: 'expert.linh', screens: [{ name: 'profile-missing', path: () => '/profile' }] },
];

/** Waits until the screen has its heading and nothing is loading any more. */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(`document.querySelectorAll('main .loading').length === 0`);
}

describe('every main screen, in Vietnamese and in English', () => {
  it.each<PortalLocale>(['vi', 'en'])(
    'renders in %s without errors or serious accessibility violations',
    async (locale) => {
      const found: { screen: string; violations: AxeViolation[] }[] = [];
      for (const { user, ids, screens } of TOUR) {
        const context = await portalContext(frame.browser(), locale);
        const page = await context.newPage();
        keepEvidenceOnFailure(page, `${user ?? 'public'}-${locale}`);
        if (user !== undefined) await signIn(page, frame.url(), user);
        const known = (await ids?.(context)) ?? {};
        for (const screen of screens) {
          await page.goto(`${frame.url()}${screen.path(known)}`);
          await settled(page);
          await saveScreenshot(page, screen.name, locale);
          const violations = await seriousViolations(page);
          if (violations.length > 0) found.push({ screen: screen.name, violations });
        }
        expect(pageErrors(context)).toEqual([]);
        await context.close();
      }
      expect(
        found.map(({ screen, violations }) => ({
          screen,
          violations: violations.map((violation) => `${violation.id}: ${violation.help}`),
        })),
      ).toEqual([]);
    },
    240_000,
  );
});
