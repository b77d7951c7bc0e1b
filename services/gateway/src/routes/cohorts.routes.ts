import { serviceRoutes, type RpcRoute } from './rpc-route.ts';

export const TRACK_ROUTES: readonly RpcRoute[] = serviceRoutes('cohorts', [
  {
    method: 'GET',
    url: '/tracks',
    rpc: 'listTracks',
    tag: 'tracks',
    summary: 'Programme tracks with their modules and completion rules',
  },
  {
    method: 'POST',
    url: '/tracks',
    rpc: 'createTrack',
    status: 201,
    tag: 'tracks',
    summary: 'Create a track (programme office)',
  },
  { method: 'GET', url: '/tracks/:trackId', rpc: 'getTrack', tag: 'tracks', summary: 'One track' },
  {
    method: 'PUT',
    url: '/tracks/:trackId',
    rpc: 'updateTrack',
    tag: 'tracks',
    summary:
      "Replace a track's settings; graduates keep what they earned (expectedVersion in the body)",
  },
]);

export const COHORT_ROUTES: readonly RpcRoute[] = serviceRoutes('cohorts', [
  {
    method: 'GET',
    url: '/cohorts',
    rpc: 'listCohorts',
    tag: 'cohorts',
    summary: 'Cohorts, filtered by track or status, or only those the caller facilitates',
  },
  {
    method: 'POST',
    url: '/cohorts',
    rpc: 'createCohort',
    status: 201,
    tag: 'cohorts',
    summary: 'Create a cohort of a track, optionally fed by an intake round (programme office)',
  },
  {
    method: 'GET',
    url: '/cohorts/:cohortId',
    rpc: 'getCohort',
    tag: 'cohorts',
    summary: 'One cohort with its enrolled and waitlisted counts',
  },
  {
    method: 'PUT',
    url: '/cohorts/:cohortId',
    rpc: 'updateCohort',
    tag: 'cohorts',
    summary: "Replace a cohort's settings or move its status on (expectedVersion in the body)",
  },
]);

export const SESSION_ROUTES: readonly RpcRoute[] = serviceRoutes('cohorts', [
  {
    method: 'GET',
    url: '/cohorts/:cohortId/sessions',
    rpc: 'listSessions',
    tag: 'sessions',
    summary:
      "A cohort's sessions in start order (the cohort's people only: they carry meeting links)",
  },
  {
    method: 'POST',
    url: '/cohorts/:cohortId/sessions',
    rpc: 'scheduleSession',
    status: 201,
    tag: 'sessions',
    summary: 'Schedule a session of a module of the cohort’s track',
  },
  {
    method: 'PUT',
    url: '/sessions/:sessionId',
    rpc: 'updateSession',
    tag: 'sessions',
    summary: 'Reschedule, move or cancel a session (expectedVersion in the body)',
  },
]);
