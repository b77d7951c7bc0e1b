import { serviceRoutes, type RpcRoute } from './rpc-route.ts';

const tag = 'organisations';

export const ORGANISATION_ROUTES: readonly RpcRoute[] = serviceRoutes('nominations', [
  {
    method: 'GET',
    url: '/organisations',
    rpc: 'listOrganisations',
    tag,
    summary: 'Ministries, agencies and provinces; dissolved ones (2025 mergers) on request',
  },
  {
    method: 'GET',
    url: '/organisations/:code',
    rpc: 'getOrganisation',
    pathFields: { code: 'organisation.code' },
    tag,
    summary: 'One organisation with its successor and predecessors',
  },
]);
