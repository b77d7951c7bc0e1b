import { lazy } from 'react';
import type { Screen } from '../../app/screens.ts';

/** Who sees cohorts: the office runs them; nominators follow their trainees; experts train or facilitate. */
const COHORT_READERS = ['programme-office', 'nominator', 'province-coordinator', 'expert'] as const;
/** The office, and facilitators (experts listed on a cohort; the API checks which cohort). */
const STAFF = ['programme-office', 'expert'] as const;
/** Attendance and scores: also the nominating organisation, for its own trainees. */
const RECORD_READERS = ['programme-office', 'expert', 'nominator'] as const;

export const SCREENS: readonly Screen[] = [
  {
    path: '/cohorts',
    component: lazy(() => import('./CohortList.tsx')),
    roles: COHORT_READERS,
    nav: { section: 'cohorts', label: 'cohorts.nav.list' },
    homeTask: { label: 'cohorts.task.list', description: 'cohorts.task.listDescription' },
  },
  {
    path: '/cohorts/mine',
    component: lazy(() => import('./MyTraining.tsx')),
    roles: ['expert'],
    nav: { section: 'cohorts', label: 'cohorts.nav.mine' },
    homeTask: { label: 'cohorts.task.mine', description: 'cohorts.task.mineDescription' },
  },
  {
    path: '/cohorts/new',
    component: lazy(() => import('./CohortCreate.tsx')),
    roles: ['programme-office'],
  },
  {
    path: '/cohorts/:cohortId',
    component: lazy(() => import('./CohortDetail.tsx')),
    roles: COHORT_READERS,
  },
  {
    path: '/cohorts/:cohortId/edit',
    component: lazy(() => import('./CohortEdit.tsx')),
    roles: ['programme-office'],
  },
  {
    path: '/cohorts/:cohortId/assessments',
    component: lazy(() => import('./Assessments.tsx')),
    roles: RECORD_READERS,
  },
  {
    path: '/cohorts/:cohortId/graduation',
    component: lazy(() => import('./Graduation.tsx')),
    roles: ['programme-office'],
  },
  {
    path: '/cohorts/:cohortId/sessions/:sessionId/check-in-code',
    component: lazy(() => import('./CheckInDisplay.tsx')),
    roles: STAFF,
  },
  {
    path: '/cohorts/:cohortId/sessions/:sessionId/attendance',
    component: lazy(() => import('./SessionAttendance.tsx')),
    roles: RECORD_READERS,
  },
];
