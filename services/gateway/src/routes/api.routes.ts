import type { TokenVerifier } from '@expertnet/platform';
import type { FastifyInstance } from 'fastify';
import { requireAuthentication, type SessionCaller } from '../http/authentication.ts';
import { limitRate, type RateLimitSettings } from '../http/rate-limit.ts';
import type { ServiceTokenSource } from '../http/service-account.ts';
import type { ServiceClients } from '../services.ts';
import { attendanceImportRoutes } from './attendance-import.routes.ts';
import { documentContentRoutes } from './document-content.routes.ts';
import { CERTIFICATE_ROUTES, PUBLIC_CERTIFICATE_ROUTES } from './certificates.routes.ts';
import { COHORT_ROUTES, SESSION_ROUTES, TRACK_ROUTES } from './cohorts.routes.ts';
import {
  DISPATCH_ROUTES,
  KPI_ROUTES,
  SERVICE_LEVEL_ROUTES,
  SUPPORT_REQUEST_ROUTES,
} from './coordination.routes.ts';
import { ASSESSMENT_ROUTES, ATTENDANCE_ROUTES, ENROLMENT_ROUTES } from './enrolments.routes.ts';
import { EXPERT_ROUTES, TAXONOMY_ROUTES } from './directory.routes.ts';
import {
  MENTOR_ROUTES,
  MENTORING_APPLICATION_ROUTES,
  MENTORING_ASSIGNMENT_ROUTES,
  MENTORING_MEETING_ROUTES,
  MENTORING_PROGRAMME_ROUTES,
} from './mentoring.routes.ts';
import { kpiExportRoutes } from './kpi-export.routes.ts';
import { DUPLICATE_FLAG_ROUTES, NOMINATION_ROUTES } from './nominations.routes.ts';
import { ORGANISATION_ROUTES } from './organisations.routes.ts';
import { QUOTA_ROUTES, ROUND_ROUTES } from './rounds.routes.ts';
import { registerRpcRoute, type RpcRoute } from './rpc-route.ts';
import { spreadsheetExportRoutes } from './spreadsheet-export.routes.ts';
import { spreadsheetImportRoutes } from './spreadsheet-import.routes.ts';

export const API_PREFIX = '/api/v1';

/** Every route that needs a token, whichever service it calls. */
export const RPC_ROUTES: readonly RpcRoute[] = [
  ...ORGANISATION_ROUTES,
  ...ROUND_ROUTES,
  ...QUOTA_ROUTES,
  ...NOMINATION_ROUTES,
  ...DUPLICATE_FLAG_ROUTES,
  ...TRACK_ROUTES,
  ...COHORT_ROUTES,
  ...SESSION_ROUTES,
  ...ENROLMENT_ROUTES,
  ...ATTENDANCE_ROUTES,
  ...ASSESSMENT_ROUTES,
  ...CERTIFICATE_ROUTES,
  ...EXPERT_ROUTES,
  ...TAXONOMY_ROUTES,
  ...MENTORING_PROGRAMME_ROUTES,
  ...MENTOR_ROUTES,
  ...MENTORING_APPLICATION_ROUTES,
  ...MENTORING_ASSIGNMENT_ROUTES,
  ...MENTORING_MEETING_ROUTES,
  ...SUPPORT_REQUEST_ROUTES,
  ...DISPATCH_ROUTES,
  ...SERVICE_LEVEL_ROUTES,
  ...KPI_ROUTES,
];

/** Routes anyone may call (under /api/v1/public), each calling with the gateway's service account. */
export const PUBLIC_RPC_ROUTES: readonly RpcRoute[] = [...PUBLIC_CERTIFICATE_ROUTES];

export interface ApiOptions {
  readonly clients: ServiceClients;
  readonly verifyToken: TokenVerifier;
  /** Browsers signed in through the portal call with their session cookie instead of a token. */
  readonly sessionCaller?: SessionCaller;
  readonly rateLimit: RateLimitSettings;
  readonly grpcDeadlineMs: number;
  readonly importDeadlineMs: number;
  readonly uploadBodyLimitBytes: number;
}

/**
 * Everything under /api/v1 that needs a token: rate limited per subject, one route per RPC plus
 * the spreadsheet routes (nominations template, import and exports; attendance import) and a
 * document's bytes (upload and download).
 */
export async function apiRoutes(scope: FastifyInstance, options: ApiOptions): Promise<void> {
  requireAuthentication(scope, options.verifyToken, options.sessionCaller);
  await limitRate(scope, options.rateLimit);
  const { clients, grpcDeadlineMs, importDeadlineMs, uploadBodyLimitBytes } = options;
  const context = { clients, grpcDeadlineMs, credentials: { kind: 'caller' } } as const;
  for (const route of RPC_ROUTES) registerRpcRoute(scope, route, context);
  const { nominations } = clients;
  spreadsheetExportRoutes(scope, { nominations, grpcDeadlineMs });
  kpiExportRoutes(scope, { coordination: clients.coordination, grpcDeadlineMs });
  // Options are built afresh: passing ours on would pass our `prefix` and apply it twice.
  await scope.register(spreadsheetImportRoutes, {
    nominations,
    grpcDeadlineMs,
    importDeadlineMs,
    uploadBodyLimitBytes,
  });
  await scope.register(documentContentRoutes, {
    nominations,
    fileDeadlineMs: importDeadlineMs,
    uploadBodyLimitBytes,
  });
  await scope.register(attendanceImportRoutes, {
    cohorts: clients.cohorts,
    importDeadlineMs,
    uploadBodyLimitBytes,
  });
}

export interface PublicApiOptions {
  readonly clients: ServiceClients;
  readonly serviceToken: ServiceTokenSource;
  readonly rateLimit: RateLimitSettings;
  readonly grpcDeadlineMs: number;
}

/**
 * The public routes, in a scope of their own: no authentication hook, and a rate limit keyed by
 * IP (there is no subject), far tighter than a signed-in user's since anyone can spend it and
 * every request costs a call with the gateway's own token.
 */
export async function publicApiRoutes(
  scope: FastifyInstance,
  options: PublicApiOptions,
): Promise<void> {
  await limitRate(scope, options.rateLimit);
  const context = {
    clients: options.clients,
    grpcDeadlineMs: options.grpcDeadlineMs,
    credentials: { kind: 'service-account', token: options.serviceToken },
  } as const;
  for (const route of PUBLIC_RPC_ROUTES) registerRpcRoute(scope, route, context);
}
