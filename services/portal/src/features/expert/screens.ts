import { lazy } from 'react';
import type { Screen } from '../../app/screens.ts';

/** The directory is open to the whole network (the API trims each profile by visibility). */
const DIRECTORY_ROLES = [
  'expert',
  'mentor',
  'programme-office',
  'province-coordinator',
  'reviewer',
] as const;
const EXPERT_ROLES = ['expert', 'mentor'] as const;

export const SCREENS: readonly Screen[] = [
  {
    path: '/profile',
    component: lazy(() => import('./MyProfile.tsx')),
    roles: EXPERT_ROLES,
    nav: { section: 'expert', label: 'expert.nav.profile' },
    homeTask: { label: 'expert.home.profile', description: 'expert.home.profileDescription' },
  },
  {
    path: '/profile/peers',
    component: lazy(() => import('./Peers.tsx')),
    roles: EXPERT_ROLES,
    nav: { section: 'expert', label: 'expert.nav.peers' },
    homeTask: { label: 'expert.home.peers', description: 'expert.home.peersDescription' },
  },
  {
    path: '/experts',
    component: lazy(() => import('./ExpertDirectory.tsx')),
    roles: DIRECTORY_ROLES,
    nav: { section: 'expert', label: 'expert.nav.directory' },
    homeTask: { label: 'expert.home.directory', description: 'expert.home.directoryDescription' },
  },
  {
    path: '/experts/:id',
    component: lazy(() => import('./ExpertDetail.tsx')),
    roles: DIRECTORY_ROLES,
  },
  {
    path: '/experts/:id/peers',
    component: lazy(() => import('./Peers.tsx')),
    roles: DIRECTORY_ROLES,
  },
  {
    // The address of the QR code shown in the room: /check-in?session=<id>&code=<code>. Any
    // signed-in trainee (a trainee need not hold a role yet); the API checks the enrolment.
    path: '/check-in',
    component: lazy(() => import('./CheckIn.tsx')),
    nav: { section: 'expert', label: 'expert.nav.checkIn' },
  },
];
