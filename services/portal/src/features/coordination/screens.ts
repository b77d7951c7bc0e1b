import { lazy } from 'react';
import type { Screen } from '../../app/screens.ts';

const OFFICE = ['programme-office'] as const;
/** Who asks for support: a province's coordinator or a ministry's nominating officer (and the office). */
const REQUESTERS = ['programme-office', 'province-coordinator', 'nominator'] as const;
/** Who releases an expert: their own organisation's coordinator or nominating officer. */
const HOME_ORGANISATION = ['province-coordinator', 'nominator'] as const;

export const SCREENS: readonly Screen[] = [
  {
    path: '/coordination/requests',
    component: lazy(() => import('./RequestList.tsx')),
    roles: REQUESTERS,
    nav: { section: 'coordination', label: 'coordination.nav.requests' },
    homeTask: {
      label: 'coordination.task.requests',
      description: 'coordination.task.requestsDescription',
    },
  },
  {
    path: '/coordination/requests/new',
    component: lazy(() => import('./RequestForm.tsx')),
    roles: REQUESTERS,
  },
  {
    path: '/coordination/requests/:supportRequestId',
    component: lazy(() => import('./RequestDetail.tsx')),
    roles: [...REQUESTERS, 'expert'],
  },
  {
    path: '/coordination/requests/:supportRequestId/edit',
    component: lazy(() => import('./RequestForm.tsx')),
    roles: REQUESTERS,
  },
  {
    path: '/coordination/triage',
    component: lazy(() => import('./TriageBoard.tsx')),
    roles: OFFICE,
    nav: { section: 'coordination', label: 'coordination.nav.triage' },
    homeTask: {
      label: 'coordination.task.triage',
      description: 'coordination.task.triageDescription',
    },
  },
  {
    path: '/coordination/offers',
    component: lazy(() => import('./OfferInbox.tsx')),
    roles: ['expert'],
    nav: { section: 'coordination', label: 'coordination.nav.offers' },
    homeTask: {
      label: 'coordination.task.offers',
      description: 'coordination.task.offersDescription',
    },
  },
  {
    path: '/coordination/releases',
    component: lazy(() => import('./Releases.tsx')),
    roles: HOME_ORGANISATION,
    nav: { section: 'coordination', label: 'coordination.nav.releases' },
    homeTask: {
      label: 'coordination.task.releases',
      description: 'coordination.task.releasesDescription',
    },
  },
  {
    path: '/coordination/kpis',
    component: lazy(() => import('./KpiDashboard.tsx')),
    roles: REQUESTERS,
    nav: { section: 'coordination', label: 'coordination.nav.kpis' },
  },
];
