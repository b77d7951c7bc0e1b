import { lazy } from 'react';
import type { Screen } from '../../app/screens.ts';

const RoundEditor = lazy(() => import('./RoundEditor.tsx'));

/** The reviewers' and the programme office's screens. */
export const SCREENS: readonly Screen[] = [
  {
    path: '/review',
    component: lazy(() => import('./ReviewQueue.tsx')),
    roles: ['reviewer', 'programme-office'],
    nav: { section: 'review', label: 'review.nav.queue' },
    homeTask: { label: 'review.home.queue', description: 'review.home.queueDescription' },
  },
  {
    path: '/review/nominations/:nominationId',
    component: lazy(() => import('./ReviewNomination.tsx')),
    roles: ['reviewer', 'programme-office'],
  },
  {
    // The API lets only the programme office read and resolve duplicate flags.
    path: '/review/duplicates',
    component: lazy(() => import('./DuplicateFlags.tsx')),
    roles: ['programme-office'],
    nav: { section: 'review', label: 'review.nav.duplicates' },
    homeTask: { label: 'review.home.duplicates', description: 'review.home.duplicatesDescription' },
  },
  {
    path: '/office/rounds',
    component: lazy(() => import('./RoundsAdmin.tsx')),
    roles: ['programme-office'],
    nav: { section: 'office', label: 'review.nav.rounds' },
    homeTask: { label: 'review.home.rounds', description: 'review.home.roundsDescription' },
  },
  {
    path: '/office/ledger',
    component: lazy(() => import('./LedgerScreen.tsx')),
    roles: ['programme-office', 'reviewer'],
    nav: { section: 'office', label: 'review.nav.ledger' },
    homeTask: { label: 'review.home.ledger', description: 'review.home.ledgerDescription' },
  },
  {
    path: '/office/rounds/new',
    component: RoundEditor,
    roles: ['programme-office'],
  },
  {
    path: '/office/rounds/:roundId',
    component: lazy(() => import('./RoundOffice.tsx')),
    roles: ['programme-office'],
  },
  {
    path: '/office/rounds/:roundId/edit',
    component: RoundEditor,
    roles: ['programme-office'],
  },
];
