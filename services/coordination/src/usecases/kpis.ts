/**
 * Programme KPIs: the projection of the other services' events into coordination's own facts,
 * and the figures computed from them with this service's requests and dispatches.
 *
 * Who sees what: the programme office the network or any organisations; a province coordinator
 * or a ministry's nominating officer their own organisation only (no organisations asked: theirs;
 * another one asked: PERMISSION_DENIED, so a dashboard never shows a narrowed figure as the one
 * asked for); anyone else signed in (an expert, a reviewer) has no organisation's figures to see
 * and is refused.
 */
import { DomainError, fieldError, resolveOrganisation } from '@expertnet/platform';
import { ENGAGED, listScopeOf } from '../domain/index.ts';
import { computeKpis, type KpiFigure, type KpiName, type Period } from '../domain/kpis.ts';
import type { FactChange, KpiFactsRepository } from '../repositories/kpi-facts.repository.ts';
import { allow, type Caller, type Dependencies } from './shared/dependencies.ts';

export interface KpiDependencies extends Dependencies {
  readonly kpiFacts: KpiFactsRepository;
  /** Vietnamese working days from one instant to another. */
  readonly workingDaysBetween: (from: Date, to: Date) => number;
}

export interface ProgrammeKpisQuery {
  readonly kpis: readonly KpiName[];
  readonly organisationCodes: readonly string[];
  readonly breakDown: boolean;
  readonly period: Period;
}

export interface ProgrammeKpis {
  readonly values: readonly KpiFigure[];
  readonly computedAt: Date;
}

/** The organisations the caller may see figures of, for the ones they asked for. */
export function kpiOrganisationsOf(caller: Caller, asked: readonly string[]): readonly string[] {
  allow(caller, 'GetProgrammeKpis');
  const resolved = [...new Set(asked.map((code) => resolveOrganisation(code)))];
  const scope = listScopeOf(caller.principal);
  switch (scope.kind) {
    case 'all':
      return resolved;
    case 'organisation': {
      const own = resolveOrganisation(scope.organisationCode);
      const other = resolved.find((code) => code !== own);
      if (other !== undefined)
        throw fieldError(
          'permission-denied',
          'PERMISSION_DENIED',
          'organisations',
          `only ${own}'s figures may be seen, not ${other}'s`,
        );
      return [own];
    }
    case 'person':
      throw new DomainError(
        'permission-denied',
        'PERMISSION_DENIED',
        "programme KPIs are for the programme office and organisations' focal points",
      );
  }
}

export const getProgrammeKpis =
  (deps: KpiDependencies) =>
  async (caller: Caller, query: ProgrammeKpisQuery): Promise<ProgrammeKpis> => {
    const organisationCodes = kpiOrganisationsOf(caller, query.organisationCodes);
    const [facts, experts, requests, dispatches] = await Promise.all([
      deps.kpiFacts.find(organisationCodes),
      deps.experts.forKpis(organisationCodes),
      deps.requests.find(
        organisationCodes.length === 0
          ? { submittedAt: { $exists: true } }
          : {
              submittedAt: { $exists: true },
              requestingOrganisationCode: { $in: [...organisationCodes] },
            },
      ),
      // Engagements of any organisation: an expert of one may serve a request of another.
      deps.dispatches.find({ status: { $in: [...ENGAGED] } }),
    ]);
    return {
      values: computeKpis(
        { facts, experts, requests, dispatches, workingDaysBetween: deps.workingDaysBetween },
        { ...query, organisationCodes },
      ),
      computedAt: caller.context.now,
    };
  };

/** One entity's change from another service's event, applied once and only when newer. */
export const applyFact = (deps: KpiDependencies) => (change: FactChange) =>
  deps.kpiFacts.apply(change);

/** Several facts from one event (a round's quotas). */
export const applyFacts = (deps: KpiDependencies) => async (changes: readonly FactChange[]) => {
  for (const change of changes) await deps.kpiFacts.apply(change);
};
