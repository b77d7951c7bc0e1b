import type { TokenVerifier } from '@expertnet/platform';
import type { FastifyInstance } from 'fastify';
import { requireAuthentication } from '../http/authentication.ts';
import { limitRate, type RateLimitSettings } from '../http/rate-limit.ts';
import { DUPLICATE_FLAG_ROUTES, NOMINATION_ROUTES } from './nominations.routes.ts';
import { ORGANISATION_ROUTES } from './organisations.routes.ts';
import { QUOTA_ROUTES, ROUND_ROUTES } from './rounds.routes.ts';
import type { NominationsClient } from './rpc-call.ts';
import { registerRpcRoute, type RpcRoute } from './rpc-route.ts';
import { spreadsheetExportRoutes } from './spreadsheet-export.routes.ts';
import { spreadsheetImportRoutes } from './spreadsheet-import.routes.ts';

export const API_PREFIX = '/api/v1';

export const RPC_ROUTES: readonly RpcRoute[] = [
  ...ORGANISATION_ROUTES,
  ...ROUND_ROUTES,
  ...QUOTA_ROUTES,
  ...NOMINATION_ROUTES,
  ...DUPLICATE_FLAG_ROUTES,
];

export interface ApiOptions {
  readonly nominations: NominationsClient;
  readonly verifyToken: TokenVerifier;
  readonly rateLimit: RateLimitSettings;
  readonly grpcDeadlineMs: number;
  readonly importDeadlineMs: number;
  readonly uploadBodyLimitBytes: number;
}

/** Everything under /api/v1: authenticated, rate limited, one route per RPC plus spreadsheets. */
export async function apiRoutes(scope: FastifyInstance, options: ApiOptions): Promise<void> {
  requireAuthentication(scope, options.verifyToken);
  await limitRate(scope, options.rateLimit);
  const { nominations, grpcDeadlineMs, importDeadlineMs, uploadBodyLimitBytes } = options;
  for (const route of RPC_ROUTES) registerRpcRoute(scope, route, { nominations, grpcDeadlineMs });
  spreadsheetExportRoutes(scope, { nominations, grpcDeadlineMs });
  // Options are built afresh: passing ours on would pass our `prefix` and apply it twice.
  await scope.register(spreadsheetImportRoutes, {
    nominations,
    grpcDeadlineMs,
    importDeadlineMs,
    uploadBodyLimitBytes,
  });
}
