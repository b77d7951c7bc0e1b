import { lazy } from 'react';
import type { Screen } from '../../app/screens.ts';

/** Mentees are trainees and experts; mentors are experts who offer to mentor. */
const MENTEES = ['expert', 'mentor'] as const;
/** Who sees pairs: the office all, a province coordinator their organisation's, a person their own. */
const PAIR_READERS = ['programme-office', 'province-coordinator', 'expert', 'mentor'] as const;
const OFFICE = ['programme-office'] as const;

export const SCREENS: readonly Screen[] = [
  {
    path: '/mentoring/programmes',
    component: lazy(() => import('./ProgrammeList.tsx')),
    roles: OFFICE,
    nav: { section: 'mentoring', label: 'mentoring.nav.programmes' },
    homeTask: {
      label: 'mentoring.task.programmes',
      description: 'mentoring.task.programmesDescription',
    },
  },
  {
    path: '/mentoring/programmes/new',
    component: lazy(() => import('./ProgrammeCreate.tsx')),
    roles: OFFICE,
  },
  {
    path: '/mentoring/programmes/:programmeId',
    component: lazy(() => import('./MatchingBoard.tsx')),
    roles: OFFICE,
  },
  {
    path: '/mentoring/programmes/:programmeId/edit',
    component: lazy(() => import('./ProgrammeEdit.tsx')),
    roles: OFFICE,
  },
  {
    path: '/mentoring/inbox',
    component: lazy(() => import('./MentorInbox.tsx')),
    roles: ['mentor'],
    nav: { section: 'mentoring', label: 'mentoring.nav.inbox' },
    homeTask: { label: 'mentoring.task.inbox', description: 'mentoring.task.inboxDescription' },
  },
  {
    path: '/mentoring/apply',
    component: lazy(() => import('./ApplyForm.tsx')),
    roles: MENTEES,
    nav: { section: 'mentoring', label: 'mentoring.nav.apply' },
    homeTask: { label: 'mentoring.task.apply', description: 'mentoring.task.applyDescription' },
  },
  {
    path: '/mentoring/applications',
    component: lazy(() => import('./MyApplications.tsx')),
    roles: MENTEES,
    nav: { section: 'mentoring', label: 'mentoring.nav.applications' },
  },
  {
    path: '/mentoring/pairs',
    component: lazy(() => import('./PairsList.tsx')),
    roles: PAIR_READERS,
    nav: { section: 'mentoring', label: 'mentoring.nav.pairs' },
    homeTask: { label: 'mentoring.task.pairs', description: 'mentoring.task.pairsDescription' },
  },
  {
    path: '/mentoring/pairs/:assignmentId',
    component: lazy(() => import('./PairSpace.tsx')),
    roles: PAIR_READERS,
  },
];
