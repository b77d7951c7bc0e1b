import { api, call } from '../../api/client.ts';
import { collectPages, PAGE_SIZE, pageQuery } from '../../api/pages.ts';
import type { EnrolmentFilterStatus } from './types.ts';

/** At most ten pages of 200: a cohort holds at most 1,000 trainees. */
const AT_MOST = { max: 10 * PAGE_SIZE };

/** Every track (a handful). */
export const loadTracks = () =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/tracks', {
          params: { query: pageQuery(cursor) },
        }),
      ),
    (page) => page.tracks,
    AT_MOST,
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
              ...pageQuery(cursor),
            },
          },
        }),
      ),
    (page) => page.cohorts,
    AT_MOST,
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
          params: { query: { ...query, ...pageQuery(cursor) } },
        }),
      ),
    (page) => page.enrolments,
    AT_MOST,
  );

export const loadSessions = (cohortId: string) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/cohorts/{cohortId}/sessions', {
          params: {
            path: { cohortId },
            query: { ...pageQuery(cursor) },
          },
        }),
      ),
    (page) => page.sessions,
    AT_MOST,
  );

export const loadAttendance = (query: { sessionId: string } | { enrolmentId: string }) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/attendance', {
          params: { query: { ...query, ...pageQuery(cursor) } },
        }),
      ),
    (page) => page.records,
    AT_MOST,
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
            query: { ...query, ...pageQuery(cursor) },
          },
        }),
      ),
    (page) => page.results,
    AT_MOST,
  );

export const loadCohort = (cohortId: string) =>
  call(api.GET('/api/v1/cohorts/{cohortId}', { params: { path: { cohortId } } }));
