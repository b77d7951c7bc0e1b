import { describe, expect, it } from 'vitest';
import { vietnamWorkingCalendar, workingDaysElapsed } from './calendar/index.ts';
import {
  ALL_TIME,
  computeKpis,
  median,
  periodOf,
  within,
  type KpiDispatch,
  type KpiFact,
  type KpiFigure,
  type KpiInputs,
  type KpiName,
  type KpiRequest,
} from './kpis.ts';
import type { DispatchStatus, SupportRequestStatus } from './types.ts';

const calendar = vietnamWorkingCalendar();
const hanoi = (local: string) => new Date(`${local}+07:00`);

const fact = (overrides: Partial<KpiFact> & Pick<KpiFact, 'kind' | 'status'>): KpiFact => ({
  organisationCode: 'P01',
  value: 1,
  startedAt: hanoi('2026-03-02T09:00:00'),
  reachedAt: hanoi('2026-03-10T09:00:00'),
  ...overrides,
});

const request = (
  id: string,
  overrides: {
    readonly organisationCode?: string;
    readonly status?: SupportRequestStatus;
    readonly triagedAt?: Date;
    readonly staffedAt?: Date;
    readonly completedAt?: Date;
    readonly submittedAt?: Date;
    readonly expertsNeeded?: number;
  } = {},
): KpiRequest => ({
  id,
  requestingOrganisationCode: overrides.organisationCode ?? 'P01',
  status: overrides.status ?? 'matching',
  submittedAt: overrides.submittedAt ?? hanoi('2026-02-10T09:00:00'),
  staffedAt: overrides.staffedAt,
  completedAt: overrides.completedAt,
  serviceLevel: {
    triageDueAt: undefined,
    firstOfferDueAt: undefined,
    triagedAt: overrides.triagedAt,
    firstOfferAt: undefined,
    escalations: [],
  },
  details: { expertsNeeded: overrides.expertsNeeded ?? 1 } as KpiRequest['details'],
});

const dispatch = (
  requestId: string,
  expertId: string,
  overrides: {
    readonly status?: DispatchStatus;
    readonly releaseDecidedAt?: Date;
    readonly requestingOrganisationCode?: string;
    readonly expertOrganisationCode?: string;
    readonly rating?: number;
  } = {},
): KpiDispatch => ({
  requestId,
  expertId,
  requestingOrganisationCode: overrides.requestingOrganisationCode ?? 'P01',
  expertOrganisationCode: overrides.expertOrganisationCode ?? 'BKHCN',
  status: overrides.status ?? 'confirmed',
  releaseDecidedAt: overrides.releaseDecidedAt,
  rating:
    overrides.rating === undefined ? undefined : { rating: overrides.rating, feedback: 'tốt' },
});

const inputs = (overrides: Partial<KpiInputs>): KpiInputs => ({
  facts: [],
  experts: [],
  requests: [],
  dispatches: [],
  workingDaysBetween: (from, to) => workingDaysElapsed(calendar, from, to),
  ...overrides,
});

function figures(
  given: KpiInputs,
  kpis: readonly KpiName[],
  options: { organisationCodes?: readonly string[]; breakDown?: boolean; period?: string[] } = {},
) {
  const [from = '', to = ''] = options.period ?? [];
  const computed = computeKpis(given, {
    kpis,
    organisationCodes: options.organisationCodes ?? [],
    breakDown: options.breakDown ?? false,
    period: periodOf(from, to),
  });
  return new Map<KpiName, KpiFigure>(computed.map((figure) => [figure.kpi, figure]));
}

const valueOf = (found: Map<KpiName, KpiFigure>, kpi: KpiName) => found.get(kpi)?.value;

describe('the funnel from nominations to engagement', () => {
  const funnel = inputs({
    facts: [
      fact({ kind: 'floor', status: 'open', value: 30 }),
      fact({ kind: 'floor', status: 'open', value: 20, organisationCode: 'BTC' }),
      fact({ kind: 'nomination', status: 'accepted' }),
      fact({ kind: 'nomination', status: 'accepted', organisationCode: 'BTC' }),
      fact({ kind: 'nomination', status: 'submitted' }),
      fact({ kind: 'nomination', status: 'returned' }),
      fact({ kind: 'nomination', status: 'rejected' }),
      // Accepted, then withdrawn: its one fact holds the later status and counts nowhere.
      fact({ kind: 'nomination', status: 'withdrawn' }),
      fact({ kind: 'trainee', status: 'enrolled' }),
      fact({ kind: 'trainee', status: 'graduated' }),
      fact({ kind: 'trainee', status: 'dropped' }),
      fact({ kind: 'mentorship', status: 'active' }),
      fact({ kind: 'mentorship', status: 'ended' }),
    ],
  });

  it('counts each stage once, a withdrawn nomination in none and a rejected one as submitted only', () => {
    const found = figures(funnel, []);
    expect(valueOf(found, 'nominees-planned')).toBe(50);
    expect(valueOf(found, 'nominations-submitted')).toBe(5);
    expect(found.get('nominations-submitted')?.target).toBe(50);
    expect(valueOf(found, 'nominations-accepted')).toBe(2);
    expect(valueOf(found, 'trainees-enrolled')).toBe(2);
    expect(valueOf(found, 'trainees-graduated')).toBe(1);
    expect(valueOf(found, 'mentorships-active')).toBe(1);
  });

  it('answers every KPI with labels and units in Vietnamese and English when none is named', () => {
    const all = computeKpis(funnel, {
      kpis: [],
      organisationCodes: [],
      breakDown: false,
      period: ALL_TIME,
    });
    expect(all).toHaveLength(16);
    for (const figure of all) {
      expect(figure.label.vi).not.toBe('');
      expect(figure.label.en).not.toBe('');
      expect(figure.unit.vi).not.toBe('');
    }
    expect(all.find((figure) => figure.kpi === 'trainees-graduated')?.label).toEqual({
      vi: 'Học viên tốt nghiệp',
      en: 'Trainees graduated',
    });
  });

  it('breaks the planned nominees and the actuals down by organisation', () => {
    const found = figures(funnel, ['nominees-planned', 'nominations-submitted'], {
      breakDown: true,
    });
    expect(found.get('nominees-planned')?.breakdown).toEqual([
      { organisationCode: 'BTC', value: 20 },
      { organisationCode: 'P01', value: 30 },
    ]);
    expect(found.get('nominations-submitted')?.breakdown).toEqual([
      { organisationCode: 'BTC', value: 1 },
      { organisationCode: 'P01', value: 4 },
    ]);
  });

  it('keeps to the organisations asked for, naming an asked one without figures with 0', () => {
    const found = figures(funnel, ['nominations-accepted', 'nominees-planned'], {
      organisationCodes: ['P01', 'P02'],
      breakDown: true,
    });
    expect(valueOf(found, 'nominations-accepted')).toBe(1);
    expect(found.get('nominations-accepted')?.breakdown).toEqual([
      { organisationCode: 'P01', value: 1 },
      { organisationCode: 'P02', value: 0 },
    ]);
    expect(valueOf(found, 'nominees-planned')).toBe(30);
  });

  it('counts flows in the period (Vietnam days, both ends inclusive) and stocks as they are', () => {
    const timed = inputs({
      facts: [
        fact({
          kind: 'nomination',
          status: 'accepted',
          reachedAt: hanoi('2026-03-31T23:30:00'),
        }),
        fact({ kind: 'nomination', status: 'accepted', reachedAt: hanoi('2026-04-01T00:10:00') }),
        fact({ kind: 'mentorship', status: 'active', startedAt: hanoi('2025-01-01T09:00:00') }),
      ],
    });
    const found = figures(timed, ['nominations-accepted', 'mentorships-active'], {
      period: ['2026-03-01', '2026-03-31'],
    });
    expect(valueOf(found, 'nominations-accepted')).toBe(1);
    expect(valueOf(found, 'mentorships-active')).toBe(1);
  });
});

describe('support requests, time to match and utilisation', () => {
  const network = inputs({
    experts: [
      { organisationCode: 'BKHCN', certified: true },
      { organisationCode: 'BKHCN', certified: true },
      { organisationCode: 'BKHCN', certified: false },
      { organisationCode: 'P79', certified: true },
      { organisationCode: 'P79', certified: true },
    ],
    requests: [
      // Triaged on Friday 13/02/2026, before Tết (16–20/02): released Wednesday 25/02.
      request('r1', {
        status: 'completed',
        triagedAt: hanoi('2026-02-13T16:00:00'),
        staffedAt: hanoi('2026-02-26T10:00:00'),
        completedAt: hanoi('2026-03-20T10:00:00'),
      }),
      // Two needed, one engaged: completed, not fulfilled.
      request('r2', {
        status: 'completed',
        expertsNeeded: 2,
        triagedAt: hanoi('2026-03-02T09:00:00'),
        completedAt: hanoi('2026-03-25T10:00:00'),
      }),
      request('r3', {
        organisationCode: 'BTC',
        status: 'matching',
        triagedAt: hanoi('2026-03-02T09:00:00'),
      }),
      request('r4', { organisationCode: 'BTC', status: 'cancelled' }),
    ],
    dispatches: [
      dispatch('r1', 'e1', {
        status: 'completed',
        releaseDecidedAt: hanoi('2026-02-25T11:00:00'),
        rating: 5,
      }),
      // A later engagement of the same request is not its first.
      dispatch('r1', 'e2', { status: 'confirmed', releaseDecidedAt: hanoi('2026-03-09T11:00:00') }),
      // Released Thursday 05/03: 3 working days after Monday 02/03.
      dispatch('r2', 'e1', {
        status: 'completed',
        releaseDecidedAt: hanoi('2026-03-05T11:00:00'),
        rating: 4,
      }),
      dispatch('r3', 'e3', {
        requestingOrganisationCode: 'BTC',
        expertOrganisationCode: 'P79',
        status: 'in-progress',
        releaseDecidedAt: hanoi('2026-03-12T09:00:00'),
      }),
      // Not engaged: neither counts nor matches.
      dispatch('r3', 'e4', { requestingOrganisationCode: 'BTC', status: 'release-refused' }),
      dispatch('r3', 'e5', { requestingOrganisationCode: 'BTC', status: 'invited' }),
    ],
  });

  it('counts requests received, open, completed and fulfilled (every place filled)', () => {
    const found = figures(network, [
      'support-requests-received',
      'support-requests-open',
      'support-requests-completed',
      'support-requests-fulfilled',
    ]);
    expect(valueOf(found, 'support-requests-received')).toBe(4);
    expect(valueOf(found, 'support-requests-open')).toBe(1);
    expect(valueOf(found, 'support-requests-completed')).toBe(2);
    expect(valueOf(found, 'support-requests-fulfilled')).toBe(1);
  });

  it('takes the median of working days from triage to the first release, across Tết', () => {
    expect(
      workingDaysElapsed(calendar, hanoi('2026-02-13T16:00:00'), hanoi('2026-02-25T11:00:00')),
    ).toBe(3);
    const found = figures(network, ['median-days-to-match', 'median-days-to-staff'], {
      breakDown: true,
    });
    // r1: 3 (Tết skipped, not 12 calendar days), r2: 3, r3: 8 (02/03 to 12/03).
    expect(valueOf(found, 'median-days-to-match')).toBe(3);
    expect(found.get('median-days-to-match')?.breakdown).toEqual([
      { organisationCode: 'BTC', value: 8 },
      { organisationCode: 'P01', value: 3 },
    ]);
    // r1 staffed Thursday 26/02: 4 working days.
    expect(valueOf(found, 'median-days-to-staff')).toBe(4);
  });

  it('counts an expert engaged twice once, and utilisation as engaged over certified', () => {
    const found = figures(network, ['experts-engaged', 'experts-certified', 'expert-utilisation'], {
      breakDown: true,
    });
    expect(valueOf(found, 'experts-engaged')).toBe(3);
    expect(valueOf(found, 'experts-certified')).toBe(4);
    expect(found.get('experts-certified')?.target).toBe(1000);
    expect(valueOf(found, 'expert-utilisation')).toBe(75);
    // Over the same organisations as every count (the requesters' too), so series line up.
    expect(found.get('expert-utilisation')?.breakdown).toEqual([
      { organisationCode: 'BKHCN', value: 100 },
      { organisationCode: 'BTC', value: 0 },
      { organisationCode: 'P01', value: 0 },
      { organisationCode: 'P79', value: 50 },
    ]);
    expect(found.get('experts-engaged')?.breakdown.map((entry) => entry.organisationCode)).toEqual([
      'BKHCN',
      'BTC',
      'P01',
      'P79',
    ]);
  });

  it('averages the engagements’ ratings by requesting organisation', () => {
    const found = figures(network, ['average-request-rating'], { breakDown: true });
    expect(valueOf(found, 'average-request-rating')).toBe(4.5);
    expect(found.get('average-request-rating')?.breakdown).toEqual([
      { organisationCode: 'P01', value: 4.5 },
    ]);
  });

  it('narrows to an organisation: its requests, and its experts for utilisation', () => {
    const found = figures(
      network,
      ['support-requests-received', 'expert-utilisation', 'experts-certified'],
      {
        organisationCodes: ['P79'],
      },
    );
    expect(valueOf(found, 'support-requests-received')).toBe(0);
    expect(valueOf(found, 'expert-utilisation')).toBe(50);
    // The national target is for the network, not one organisation.
    expect(found.get('experts-certified')?.target).toBe(0);
  });

  it('counts engagements released in the period only', () => {
    const found = figures(network, ['experts-engaged', 'median-days-to-match'], {
      period: ['2026-03-01', '2026-03-31'],
    });
    expect(valueOf(found, 'experts-engaged')).toBe(3);
    // r1's first release (25/02) is outside March: only r2 (3) and r3 (8).
    expect(valueOf(found, 'median-days-to-match')).toBe(5.5);
  });
});

describe('helpers', () => {
  it('takes the median of odd and even counts, 0 of none', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });

  it('reads a period as Vietnam days, both inclusive, open ends when empty', () => {
    const period = periodOf('2026-01-01', '2026-01-31');
    expect(within(period, new Date('2025-12-31T17:00:00Z'))).toBe(true);
    expect(within(period, new Date('2025-12-31T16:59:59Z'))).toBe(false);
    expect(within(period, new Date('2026-01-31T16:59:59Z'))).toBe(true);
    expect(within(period, new Date('2026-01-31T17:00:00Z'))).toBe(false);
    expect(within(periodOf('', ''), new Date(0))).toBe(true);
    expect(within(periodOf('', ''), undefined)).toBe(false);
  });
});
