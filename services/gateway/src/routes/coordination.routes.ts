import { serviceRoutes, type RpcRoute } from './rpc-route.ts';

/**
 * Support requests from provinces and ministries, from draft to rating. The service decides who
 * may see and change what: a province coordinator or nominating officer their organisation's
 * requests, the programme office everything. Focal points, announcements, DispatchExperts and
 * RateSupportRequest are not served (the service answers UNIMPLEMENTED), so they have no route.
 */
export const SUPPORT_REQUEST_ROUTES: readonly RpcRoute[] = serviceRoutes('coordination', [
  {
    method: 'POST',
    url: '/support-requests',
    rpc: 'createSupportRequest',
    status: 201,
    tag: 'support-requests',
    summary:
      'Draft a support request (requestId chosen by the client: a retry returns the first draft)',
  },
  {
    method: 'GET',
    url: '/support-requests',
    rpc: 'listSupportRequests',
    tag: 'support-requests',
    summary:
      "Support requests by status, organisation, province, skill or text; a province or ministry user gets only their organisation's",
  },
  {
    method: 'GET',
    url: '/support-requests/:supportRequestId',
    rpc: 'getSupportRequest',
    tag: 'support-requests',
    summary: 'One support request with its offers, engagements and service-level due dates',
  },
  {
    method: 'PUT',
    url: '/support-requests/:supportRequestId',
    rpc: 'updateSupportRequest',
    tag: 'support-requests',
    summary: "Replace a draft's or a returned request's details (expectedVersion in the body)",
  },
  {
    method: 'POST',
    url: '/support-requests/:supportRequestId/submit',
    rpc: 'submitSupportRequest',
    tag: 'support-requests',
    summary: 'Submit a draft (or a request returned for changes) to the network office',
  },
  {
    method: 'POST',
    url: '/support-requests/:supportRequestId/cancel',
    rpc: 'cancelSupportRequest',
    tag: 'support-requests',
    summary: 'Withdraw a request, with a reason',
  },
  {
    method: 'POST',
    url: '/support-requests/:supportRequestId/review',
    rpc: 'reviewSupportRequest',
    tag: 'support-requests',
    summary: 'Accept a submitted request, or decline it with a reason (the older triage)',
  },
  {
    method: 'POST',
    url: '/support-requests/:supportRequestId/triage',
    rpc: 'triageSupportRequest',
    tag: 'support-requests',
    summary:
      'Triage a submitted request: accept with a priority, ask for changes, reject, or merge into another (network office)',
  },
  {
    method: 'GET',
    url: '/support-requests/:supportRequestId/suggestions',
    rpc: 'suggestExperts',
    tag: 'support-requests',
    summary:
      'Ranked experts for an accepted request, with the skills matched and missing; degraded (with why) when the directory does not answer',
  },
  {
    method: 'POST',
    url: '/support-requests/:supportRequestId/offers',
    rpc: 'startOffers',
    tag: 'support-requests',
    summary:
      'Offer the request to its best candidates, K at once, each with days to answer; declines and expiries move on by themselves',
  },
  {
    method: 'POST',
    url: '/support-requests/:supportRequestId/complete',
    rpc: 'completeSupportRequest',
    tag: 'support-requests',
    summary: 'Complete a request with a summary of what was done',
  },
]);

/** Offers and the engagements they become, one expert on one request each. */
export const DISPATCH_ROUTES: readonly RpcRoute[] = serviceRoutes('coordination', [
  {
    method: 'GET',
    url: '/dispatches',
    rpc: 'listDispatches',
    tag: 'dispatches',
    summary:
      "Offers and engagements: the caller's own (onlyMine), those awaiting the caller's organisation's release (awaitingMyRelease), or one request's",
  },
  {
    method: 'POST',
    url: '/dispatches/:dispatchId/response',
    rpc: 'respondToDispatch',
    tag: 'dispatches',
    summary: 'The expert accepts an offer, or declines it with a reason',
  },
  {
    method: 'POST',
    url: '/dispatches/:dispatchId/withdraw',
    rpc: 'withdrawDispatch',
    tag: 'dispatches',
    summary: 'Take an offer or an accepted engagement back, with a reason (network office)',
  },
  {
    method: 'POST',
    url: '/dispatches/:dispatchId/release',
    rpc: 'decideRelease',
    tag: 'dispatches',
    summary:
      "The expert's home organisation releases them for an accepted offer, or refuses with a reason",
  },
  {
    method: 'POST',
    url: '/dispatches/:dispatchId/start',
    rpc: 'startEngagement',
    tag: 'dispatches',
    summary: 'Start a released engagement',
  },
  {
    method: 'POST',
    url: '/dispatches/:dispatchId/report',
    rpc: 'reportEngagement',
    tag: 'dispatches',
    summary: 'The expert reports what was done: summary, hours, deliverables',
  },
  {
    method: 'POST',
    url: '/dispatches/:dispatchId/rating',
    rpc: 'rateEngagement',
    tag: 'dispatches',
    summary: 'The requester rates a reported engagement 1 to 5 with feedback, which closes it',
  },
  {
    method: 'POST',
    url: '/dispatches/:dispatchId/cancel',
    rpc: 'cancelEngagement',
    tag: 'dispatches',
    summary: 'Cancel a confirmed engagement, either side, with a reason',
  },
]);

export const SERVICE_LEVEL_ROUTES: readonly RpcRoute[] = serviceRoutes('coordination', [
  {
    method: 'GET',
    url: '/service-levels',
    rpc: 'getServiceLevels',
    tag: 'support-requests',
    summary: 'Service levels in Vietnamese working days: triage, first offers',
  },
  {
    method: 'PUT',
    url: '/service-levels',
    rpc: 'setServiceLevels',
    tag: 'support-requests',
    summary: 'Change the service levels (expectedVersion in the body; network office)',
  },
]);

export const KPI_ROUTES: readonly RpcRoute[] = serviceRoutes('coordination', [
  {
    method: 'GET',
    url: '/kpis',
    rpc: 'getProgrammeKpis',
    tag: 'kpis',
    summary:
      "Programme KPIs over a period, optionally per organisation; a province or ministry user gets their organisation's",
  },
]);
