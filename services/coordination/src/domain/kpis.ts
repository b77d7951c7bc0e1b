/**
 * Programme KPIs, computed from facts alone: the other services' entities as coordination's
 * projection keeps them (one fact per nomination, enrolment, mentorship and round quota, each in
 * its latest status), the directory's experts, and this service's own requests and dispatches.
 * Pure: no clock, no I/O; the working-day count is passed in.
 *
 * Flows (submitted, accepted, enrolled, graduated, received, completed, engaged, times, ratings)
 * count what happened in the period; stocks (certified, open, active mentorships) are as they are
 * now, whatever the period.
 */
import type { LocalizedText } from '@expertnet/platform';
import { ENGAGED } from './dispatches.ts';
import { KPI_CATALOGUE, KPIS, NATIONAL_CERTIFIED_TARGET, type KpiName } from './kpi-catalogue.ts';
import type { Dispatch, SupportRequest, SupportRequestStatus } from './types.ts';

export { KPIS, KPI_CATALOGUE, NATIONAL_CERTIFIED_TARGET, type KpiName } from './kpi-catalogue.ts';

export type FactKind = 'nomination' | 'trainee' | 'mentorship' | 'floor';

export type NominationFactStatus =
  'submitted' | 'returned' | 'accepted' | 'rejected' | 'waitlisted' | 'withdrawn';
export type TraineeFactStatus = 'enrolled' | 'graduated' | 'dropped';
export type MentorshipFactStatus = 'active' | 'ended';

/** One entity of another service, in its latest status (a later status replaces an earlier one). */
export interface KpiFact {
  readonly kind: FactKind;
  /** The effective organisation (after the 2025 mergers) it counts for. */
  readonly organisationCode: string;
  readonly status: string;
  /** A quota's floor; 1 for the others. */
  readonly value: number;
  /** When it started: submitted, enrolled, mentorship accepted, round opened. */
  readonly startedAt: Date;
  /** When its current status was reached: decided, graduated, dropped, ended. */
  readonly reachedAt: Date;
}

/** An expert as the directory describes them. */
export interface KpiExpert {
  readonly organisationCode: string;
  readonly certified: boolean;
}

export type KpiRequest = Pick<
  SupportRequest,
  | 'id'
  | 'requestingOrganisationCode'
  | 'status'
  | 'submittedAt'
  | 'staffedAt'
  | 'completedAt'
  | 'serviceLevel'
  | 'details'
>;

export type KpiDispatch = Pick<
  Dispatch,
  | 'requestId'
  | 'requestingOrganisationCode'
  | 'expertId'
  | 'expertOrganisationCode'
  | 'status'
  | 'releaseDecidedAt'
  | 'rating'
>;

/** Instants: from inclusive, until exclusive; undefined for an open end. */
export interface Period {
  readonly from: Date | undefined;
  readonly until: Date | undefined;
}

export const ALL_TIME: Period = { from: undefined, until: undefined };

/** A period of ISO dates (both inclusive) in Vietnam's time (UTC+7); '' leaves an end open. */
export function periodOf(fromDate: string, toDate: string): Period {
  const start = (day: string) => new Date(`${day}T00:00:00+07:00`);
  return {
    from: fromDate === '' ? undefined : start(fromDate),
    until: toDate === '' ? undefined : new Date(start(toDate).getTime() + 24 * 60 * 60 * 1000),
  };
}

export const within = (period: Period, at: Date | undefined): boolean =>
  at !== undefined &&
  (period.from === undefined || at >= period.from) &&
  (period.until === undefined || at < period.until);

export interface KpiInputs {
  readonly facts: readonly KpiFact[];
  readonly experts: readonly KpiExpert[];
  readonly requests: readonly KpiRequest[];
  /** The dispatches of those requests (any status; only engagements count). */
  readonly dispatches: readonly KpiDispatch[];
  /** Vietnamese working days from one instant to another (holidays, Tết and swaps counted). */
  readonly workingDaysBetween: (from: Date, to: Date) => number;
}

export interface KpiQuery {
  readonly kpis: readonly KpiName[];
  /** Empty: the whole network. */
  readonly organisationCodes: readonly string[];
  readonly breakDown: boolean;
  readonly period: Period;
}

export interface KpiBreakdown {
  readonly organisationCode: string;
  readonly value: number;
}

export interface KpiFigure {
  readonly kpi: KpiName;
  readonly label: LocalizedText;
  readonly unit: LocalizedText;
  readonly value: number;
  /** 0 when the KPI has no target. */
  readonly target: number;
  /** By organisation code, when asked for: the asked organisations and every one with figures. */
  readonly breakdown: readonly KpiBreakdown[];
}

/** One thing counted for an organisation; `key` counts a thing once (an expert engaged twice). */
interface Observation {
  readonly organisationCode: string;
  readonly value: number;
  readonly key?: string;
}

type Aggregate = 'count' | 'sum' | 'mean' | 'median';

const OPEN_REQUEST: readonly SupportRequestStatus[] = [
  'submitted',
  'changes-requested',
  'matching',
  'staffed',
  'in-progress',
];

const round = (value: number, digits = 1) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function aggregate(observations: readonly Observation[], how: Aggregate): number {
  const values = observations.map((observation) => observation.value);
  switch (how) {
    case 'count':
      return observations.length;
    case 'sum':
      return values.reduce((total, value) => total + value, 0);
    case 'mean':
      return values.length === 0
        ? 0
        : round(values.reduce((total, value) => total + value, 0) / values.length, 2);
    case 'median':
      return round(median(values));
  }
}

const distinct = (observations: readonly Observation[]): Observation[] => {
  const seen = new Set<string>();
  return observations.filter((observation) => {
    if (observation.key === undefined) return true;
    if (seen.has(observation.key)) return false;
    seen.add(observation.key);
    return true;
  });
};

/** The first confirmed engagement of each request: when its expert's organisation released them. */
function firstEngagements(dispatches: readonly KpiDispatch[]): Map<string, Date> {
  const first = new Map<string, Date>();
  for (const dispatch of dispatches) {
    if (!ENGAGED.includes(dispatch.status) || dispatch.releaseDecidedAt === undefined) continue;
    const held = first.get(dispatch.requestId);
    if (held === undefined || dispatch.releaseDecidedAt < held)
      first.set(dispatch.requestId, dispatch.releaseDecidedAt);
  }
  return first;
}

/** Each KPI's observations in the period, for every organisation. */
function observationsOf(inputs: KpiInputs, period: Period) {
  const facts = (kind: FactKind, keep: (fact: KpiFact) => boolean): Observation[] =>
    inputs.facts
      .filter((fact) => fact.kind === kind && keep(fact))
      .map((fact) => ({ organisationCode: fact.organisationCode, value: fact.value }));
  const requests = (keep: (request: KpiRequest) => boolean, value = 1): Observation[] =>
    inputs.requests
      .filter(keep)
      .map((request) => ({ organisationCode: request.requestingOrganisationCode, value }));
  const engagements = inputs.dispatches.filter(
    (dispatch) => ENGAGED.includes(dispatch.status) && within(period, dispatch.releaseDecidedAt),
  );
  const engagedByRequest = new Map<string, number>();
  for (const dispatch of inputs.dispatches) {
    if (ENGAGED.includes(dispatch.status))
      engagedByRequest.set(dispatch.requestId, (engagedByRequest.get(dispatch.requestId) ?? 0) + 1);
  }
  const first = firstEngagements(inputs.dispatches);
  const days = (from: Date | undefined, to: Date | undefined) =>
    from === undefined || to === undefined ? undefined : inputs.workingDaysBetween(from, to);
  const timed = (to: (request: KpiRequest) => Date | undefined): Observation[] =>
    inputs.requests.flatMap((request) => {
      const end = to(request);
      const elapsed = days(request.serviceLevel.triagedAt, end);
      return elapsed === undefined || !within(period, end)
        ? []
        : [{ organisationCode: request.requestingOrganisationCode, value: elapsed }];
    });
  const expertsEngaged = distinct(
    engagements.map((dispatch) => ({
      organisationCode: dispatch.expertOrganisationCode,
      value: 1,
      key: dispatch.expertId,
    })),
  );
  const certified = inputs.experts
    .filter((expert) => expert.certified)
    .map((expert) => ({ organisationCode: expert.organisationCode, value: 1 }));

  const observed: Record<
    Exclude<KpiName, 'expert-utilisation'>,
    { readonly observations: readonly Observation[]; readonly how: Aggregate }
  > = {
    'nominees-planned': {
      observations: facts('floor', (fact) => within(period, fact.startedAt)),
      how: 'sum',
    },
    'nominations-submitted': {
      observations: facts(
        'nomination',
        (fact) => fact.status !== 'withdrawn' && within(period, fact.startedAt),
      ),
      how: 'count',
    },
    'nominations-accepted': {
      observations: facts(
        'nomination',
        (fact) => fact.status === 'accepted' && within(period, fact.reachedAt),
      ),
      how: 'count',
    },
    'trainees-enrolled': {
      observations: facts(
        'trainee',
        (fact) => fact.status !== 'dropped' && within(period, fact.startedAt),
      ),
      how: 'count',
    },
    'trainees-graduated': {
      observations: facts(
        'trainee',
        (fact) => fact.status === 'graduated' && within(period, fact.reachedAt),
      ),
      how: 'count',
    },
    'experts-certified': { observations: certified, how: 'count' },
    'experts-engaged': { observations: expertsEngaged, how: 'count' },
    'mentorships-active': {
      observations: facts('mentorship', (fact) => fact.status === 'active'),
      how: 'count',
    },
    'support-requests-received': {
      observations: requests((request) => within(period, request.submittedAt)),
      how: 'count',
    },
    'support-requests-open': {
      observations: requests((request) => OPEN_REQUEST.includes(request.status)),
      how: 'count',
    },
    'support-requests-completed': {
      observations: requests(
        (request) => request.status === 'completed' && within(period, request.completedAt),
      ),
      how: 'count',
    },
    'support-requests-fulfilled': {
      observations: requests(
        (request) =>
          request.status === 'completed' &&
          within(period, request.completedAt) &&
          (engagedByRequest.get(request.id) ?? 0) >= request.details.expertsNeeded,
      ),
      how: 'count',
    },
    'median-days-to-match': {
      observations: timed((request) => first.get(request.id)),
      how: 'median',
    },
    'median-days-to-staff': {
      observations: timed((request) => request.staffedAt),
      how: 'median',
    },
    'average-request-rating': {
      observations: engagements.flatMap((dispatch) =>
        dispatch.rating === undefined
          ? []
          : [
              {
                organisationCode: dispatch.requestingOrganisationCode,
                value: dispatch.rating.rating,
              },
            ],
      ),
      how: 'mean',
    },
  };
  return { observed, expertsEngaged, certified };
}

const utilisation = (engaged: number, certified: number) =>
  certified === 0 ? 0 : round((engaged / certified) * 100);

/**
 * The KPIs asked for (all of them when none is named), over the organisations asked for (the
 * network when none), each with its breakdown by organisation when asked for.
 */
export function computeKpis(inputs: KpiInputs, query: KpiQuery): KpiFigure[] {
  const { observed, expertsEngaged, certified } = observationsOf(inputs, query.period);
  const scoped = new Set(query.organisationCodes);
  const inScope = (observation: Observation) =>
    scoped.size === 0 || scoped.has(observation.organisationCode);
  const organisationsOf = (...lists: (readonly Observation[])[]) =>
    [
      ...new Set([
        ...query.organisationCodes,
        ...lists
          .flat()
          .filter(inScope)
          .map((observation) => observation.organisationCode),
      ]),
    ]
      .filter((code) => code !== '')
      .sort();
  // Counts, sums and utilisation are broken down over the same organisations for every KPI (those
  // asked for and every one with any figure), so a chart's series line up; a mean or a median
  // only over the organisations it has values for (0 days would read as a figure).
  const everyOrganisation = organisationsOf(
    ...Object.values(observed).map((entry) => entry.observations),
    expertsEngaged,
    certified,
  );
  const ofOrganisation = (observations: readonly Observation[], code: string) =>
    observations.filter((observation) => observation.organisationCode === code);

  const asked = query.kpis.length === 0 ? KPIS : query.kpis;
  return asked.map((kpi): KpiFigure => {
    const { label, unit } = KPI_CATALOGUE[kpi];
    const target =
      kpi === 'experts-certified' && scoped.size === 0
        ? NATIONAL_CERTIFIED_TARGET
        : kpi === 'nominations-submitted'
          ? aggregate(observed['nominees-planned'].observations.filter(inScope), 'sum')
          : 0;
    if (kpi === 'expert-utilisation') {
      const engaged = expertsEngaged.filter(inScope);
      const pool = certified.filter(inScope);
      return {
        kpi,
        label,
        unit,
        value: utilisation(engaged.length, pool.length),
        target,
        breakdown: query.breakDown
          ? everyOrganisation.map((code) => ({
              organisationCode: code,
              value: utilisation(
                ofOrganisation(engaged, code).length,
                ofOrganisation(pool, code).length,
              ),
            }))
          : [],
      };
    }
    const { observations, how } = observed[kpi];
    const kept = observations.filter(inScope);
    return {
      kpi,
      label,
      unit,
      value: aggregate(kept, how),
      target,
      breakdown: query.breakDown
        ? (how === 'mean' || how === 'median' ? organisationsOf(kept) : everyOrganisation).map(
            (code) => ({
              organisationCode: code,
              value: aggregate(ofOrganisation(kept, code), how),
            }),
          )
        : [],
    };
  });
}
