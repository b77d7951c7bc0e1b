import { serviceRoutes, type RpcRoute } from './rpc-route.ts';

const tag = 'rounds';

export const ROUND_ROUTES: readonly RpcRoute[] = serviceRoutes('nominations', [
  { method: 'GET', url: '/rounds', rpc: 'listRounds', tag, summary: 'Intake rounds, newest first' },
  {
    method: 'POST',
    url: '/rounds',
    rpc: 'createRound',
    status: 201,
    tag,
    summary: 'Create a draft round (programme office)',
  },
  { method: 'GET', url: '/rounds/:roundId', rpc: 'getRound', tag, summary: 'One intake round' },
  {
    method: 'PUT',
    url: '/rounds/:roundId',
    rpc: 'updateRound',
    tag,
    summary: "Replace a round's settings (expectedVersion in the body)",
  },
  {
    method: 'POST',
    url: '/rounds/:roundId/open',
    rpc: 'openRound',
    tag,
    summary: 'Publish a draft round: scheduled, or open once opensAt has passed',
  },
  {
    method: 'POST',
    url: '/rounds/:roundId/close',
    rpc: 'closeRound',
    tag,
    summary: 'Close a round before its deadline, with a reason',
  },
]);

export const QUOTA_ROUTES: readonly RpcRoute[] = serviceRoutes('nominations', [
  {
    method: 'PUT',
    url: '/rounds/:roundId/quotas',
    rpc: 'setQuotas',
    tag: 'quotas',
    summary: "Set organisations' floors and ceilings (replaceAll drops the ones not listed)",
  },
  {
    method: 'GET',
    url: '/rounds/:roundId/quota-ledger',
    rpc: 'getQuotaLedger',
    tag: 'quotas',
    summary: 'How each organisation stands against its quota, with totals',
  },
]);
