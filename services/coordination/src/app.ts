import type { createLogger, OutboxWrite } from '@expertnet/platform';
import type { Db } from 'mongodb';
import {
  dueAfterWorkingDays,
  vietnamWorkingCalendar,
  workingDaysElapsed,
} from './domain/calendar/index.ts';
import { coordinationEnvelopes } from './events/envelopes.ts';
import { dispatchesRepository } from './repositories/dispatches.repository.ts';
import { expertsRepository } from './repositories/experts.repository.ts';
import { kpiFactsRepository } from './repositories/kpi-facts.repository.ts';
import { requestsRepository } from './repositories/requests.repository.ts';
import { settingsRepository } from './repositories/settings.repository.ts';
import {
  cancelEngagement,
  decideRelease,
  listDispatches,
  rateEngagement,
  reportEngagement,
  startEngagement,
} from './usecases/engagements.ts';
import { applyFact, applyFacts, getProgrammeKpis, type KpiDependencies } from './usecases/kpis.ts';
import {
  expireOffers,
  respondToDispatch,
  startOffers,
  suggestExperts,
  withdrawDispatch,
} from './usecases/offers.ts';
import { applyProfile } from './usecases/pool.ts';
import { reconcile } from './usecases/reconcile.ts';
import {
  cancelSupportRequest,
  completeSupportRequest,
  createSupportRequest,
  getSupportRequest,
  listSupportRequests,
  submitSupportRequest,
  triageSupportRequest,
  updateSupportRequest,
} from './usecases/requests.ts';
import { escalateBreaches, getServiceLevels, setServiceLevels } from './usecases/service-levels.ts';
import type { Dependencies, FindCandidates, Repositories } from './usecases/shared/dependencies.ts';

export interface CoordinationAppDependencies {
  readonly db: Db;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly eventsWritten: (written: OutboxWrite) => void;
  readonly logger: ReturnType<typeof createLogger>;
  /** The directory's ranking (MatchExperts, with a deadline); tests give their own directory. */
  readonly findCandidates: FindCandidates;
}

/**
 * The coordination service built from its dependencies: repositories over `db` with their indexes,
 * Vietnam's working-day calendar for the service levels, and every use case. It never listens:
 * main.ts connects it to gRPC, the consumers and the sweeps; tests call it.
 */
export async function createCoordinationApp(app: CoordinationAppDependencies) {
  const repositories: Repositories = {
    requests: requestsRepository(app.db),
    dispatches: dispatchesRepository(app.db),
    experts: expertsRepository(app.db),
    settings: settingsRepository(app.db),
  };
  await Promise.all([
    repositories.requests.ensureIndexes(),
    repositories.dispatches.ensureIndexes(),
    repositories.experts.ensureIndexes(),
    repositories.settings.ensureIndexes(),
  ]);
  const kpiFacts = kpiFactsRepository(app.db);
  await kpiFacts.ensureIndexes();
  const calendar = vietnamWorkingCalendar();
  const deps: Dependencies = {
    ...repositories,
    findCandidates: app.findCandidates,
    dueAfter: (from, workingDays) => dueAfterWorkingDays(calendar, from, workingDays),
    now: app.now,
    newId: app.newId,
    envelopesOf: coordinationEnvelopes(app.newId),
    eventsWritten: app.eventsWritten,
    logger: app.logger,
  };
  const kpiDeps: KpiDependencies = {
    ...deps,
    kpiFacts,
    workingDaysBetween: (from, to) => workingDaysElapsed(calendar, from, to),
  };
  return {
    createSupportRequest: createSupportRequest(deps),
    updateSupportRequest: updateSupportRequest(deps),
    submitSupportRequest: submitSupportRequest(deps),
    cancelSupportRequest: cancelSupportRequest(deps),
    getSupportRequest: getSupportRequest(deps),
    listSupportRequests: listSupportRequests(deps),
    triageSupportRequest: triageSupportRequest(deps),
    completeSupportRequest: completeSupportRequest(deps),
    suggestExperts: suggestExperts(deps),
    startOffers: startOffers(deps),
    respondToDispatch: respondToDispatch(deps),
    withdrawDispatch: withdrawDispatch(deps),
    listDispatches: listDispatches(deps),
    decideRelease: decideRelease(deps),
    startEngagement: startEngagement(deps),
    reportEngagement: reportEngagement(deps),
    rateEngagement: rateEngagement(deps),
    cancelEngagement: cancelEngagement(deps),
    getServiceLevels: getServiceLevels(deps),
    setServiceLevels: setServiceLevels(deps),
    getProgrammeKpis: getProgrammeKpis(kpiDeps),
    // The consumers' and the sweeps'.
    applyProfile: applyProfile(deps),
    applyFact: applyFact(kpiDeps),
    applyFacts: applyFacts(kpiDeps),
    expireOffers: expireOffers(deps),
    escalateBreaches: escalateBreaches(deps),
    reconcile: reconcile(deps),
  };
}

export type CoordinationApp = Awaited<ReturnType<typeof createCoordinationApp>>;
