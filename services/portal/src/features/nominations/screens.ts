import { lazy } from 'react';
import type { Screen } from '../../app/screens.ts';

const NominationForm = lazy(() => import('./NominationForm.tsx'));

/** The nominating officer's screens. */
export const SCREENS: readonly Screen[] = [
  {
    path: '/nominating/rounds',
    component: lazy(() => import('./RoundsList.tsx')),
    roles: ['nominator'],
    nav: { section: 'nominating', label: 'nominations.nav.rounds' },
    homeTask: {
      label: 'nominations.home.rounds',
      description: 'nominations.home.roundsDescription',
    },
  },
  {
    path: '/nominating/nominations',
    component: lazy(() => import('./MyNominationsScreen.tsx')),
    roles: ['nominator'],
    nav: { section: 'nominating', label: 'nominations.nav.mine' },
    homeTask: {
      label: 'nominations.home.mine',
      description: 'nominations.home.mineDescription',
    },
  },
  {
    path: '/nominating/rounds/:roundId',
    component: lazy(() => import('./RoundHome.tsx')),
    roles: ['nominator'],
  },
  {
    path: '/nominating/rounds/:roundId/new',
    component: NominationForm,
    roles: ['nominator'],
  },
  {
    path: '/nominating/rounds/:roundId/import',
    component: lazy(() => import('./ImportNominations.tsx')),
    roles: ['nominator'],
  },
  {
    path: '/nominating/nominations/:nominationId',
    component: lazy(() => import('./NominationDetail.tsx')),
    roles: ['nominator'],
  },
  {
    path: '/nominating/nominations/:nominationId/edit',
    component: NominationForm,
    roles: ['nominator'],
  },
];
