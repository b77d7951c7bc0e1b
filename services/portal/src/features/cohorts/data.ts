import { api, call } from '../../api/client.ts';
import { collectPages, PAGE_SIZE } from './pages.ts';
import type { EnrolmentFilterStatus } from './types.ts';

/** Every track (a handful). */
export const loadTracks = () =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/tracks', {
          params: { query: { 'page.pageSize': PAGE_SIZE, 'page.cursor': cursor } },
        }),
      ),
    (page) => page.tracks,
  );

/** Every cohort, or only those the caller facilitates. */
export const loadCohorts = (onlyMine = false) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/cohorts', {
          params: {
            query: {
              onlyMine: onlyMine || undefined,
              'page.pageSize': PAGE_SIZE,
              'page.cursor': cursor,
            },
          },
        }),
      ),
    (page) => page.cohorts,
  );

/** The enrolments the caller may see, of a cohort or of the pool. */
export const loadEnrolments = (query: {
  readonly cohortId?: string;
  readonly statuses?: EnrolmentFilterStatus[];
  readonly onlyMine?: boolean;
}) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/enrolments', {
          params: { query: { ...query, 'page.pageSize': PAGE_SIZE, 'page.cursor': cursor } },
        }),
      ),
    (page) => page.enrolments,
  );

export const loadSessions = (cohortId: string) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/cohorts/{cohortId}/sessions', {
          params: {
            path: { cohortId },
            query: { 'page.pageSize': PAGE_SIZE, 'page.cursor': cursor },
          },
        }),
      ),
    (page) => page.sessions,
  );

export const loadAttendance = (query: { sessionId: string } | { enrolmentId: string }) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/attendance', {
          params: { query: { ...query, 'page.pageSize': PAGE_SIZE, 'page.cursor': cursor } },
        }),
      ),
    (page) => page.records,
  );

export const loadAssessments = (
  cohortId: string,
  query: { moduleCode?: string; enrolmentId?: string } = {},
) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/cohorts/{cohortId}/assessments', {
          params: {
            path: { cohortId },
            query: { ...query, 'page.pageSize': PAGE_SIZE, 'page.cursor': cursor },
          },
        }),
      ),
    (page) => page.results,
  );

export const loadCohort = (cohortId: string) =>
  call(api.GET('/api/v1/cohorts/{cohortId}', { params: { path: { cohortId } } }));

/** Intake rounds, for a cohort's intake. */
export const loadRounds = () =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/rounds', {
          params: { query: { 'page.pageSize': PAGE_SIZE, 'page.cursor': cursor } },
        }),
      ),
    (page) => page.rounds,
  );

/** Ministries, agencies and provinces, for names beside codes. */
export const loadOrganisations = () =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/organisations', {
          params: { query: { 'page.pageSize': PAGE_SIZE, 'page.cursor': cursor } },
        }),
      ),
    (page) => page.organisations,
  );
