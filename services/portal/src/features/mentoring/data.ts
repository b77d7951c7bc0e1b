import { api, call } from '../../api/client.ts';
import { collectPages, PAGE_SIZE, pageQuery } from '../../api/pages.ts';
import type { ApplicationFilterStatus, AssignmentFilterStatus } from './types.ts';

const AT_MOST = { max: 10 * PAGE_SIZE };

/** Every programme, or only those open today; latest window first. */
export const loadProgrammes = (onlyOpen = false) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/mentoring/programmes', {
          params: { query: { ...(onlyOpen ? { onlyOpen } : {}), ...pageQuery(cursor) } },
        }),
      ),
    (page) => page.programmes,
    AT_MOST,
  );

export const loadProgramme = (programmeId: string) =>
  call(
    api.GET('/api/v1/mentoring/programmes/{programmeId}', {
      params: { path: { programmeId } },
    }),
  );

export const loadRun = (runId: string) =>
  call(api.GET('/api/v1/mentoring/match-runs/{runId}', { params: { path: { runId } } }));

/** Applications the caller may see: of a programme, or their own. */
export const loadApplications = (query: {
  readonly programmeId?: string;
  readonly onlyMine?: boolean;
  readonly statuses?: ApplicationFilterStatus[];
}) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/mentoring/applications', {
          params: { query: { ...query, ...pageQuery(cursor) } },
        }),
      ),
    (page) => page.applications,
    AT_MOST,
  );

/** Pairs the caller may see (the service scopes them), or only their own. */
export const loadAssignments = (query: {
  readonly onlyMine?: boolean;
  readonly statuses?: AssignmentFilterStatus[];
  readonly programmeId?: string;
}) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/mentoring/assignments', {
          params: { query: { ...query, ...pageQuery(cursor) } },
        }),
      ),
    (page) => page.assignments,
    AT_MOST,
  );

export const loadAssignment = (assignmentId: string) =>
  call(
    api.GET('/api/v1/mentoring/assignments/{assignmentId}', {
      params: { path: { assignmentId } },
    }),
  );

export const loadMeetings = (assignmentId: string) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/mentoring/assignments/{assignmentId}/meetings', {
          params: { path: { assignmentId }, query: pageQuery(cursor) },
        }),
      ),
    (page) => page.meetings,
    AT_MOST,
  );

export const loadFeedback = (assignmentId: string) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/mentoring/assignments/{assignmentId}/feedback', {
          params: { path: { assignmentId }, query: pageQuery(cursor) },
        }),
      ),
    (page) => page.feedback,
    AT_MOST,
  );

export const loadHistory = (assignmentId: string) =>
  call(
    api.GET('/api/v1/mentoring/assignments/{assignmentId}/history', {
      params: { path: { assignmentId } },
    }),
  );

export const loadSuggestions = (applicationId: string) =>
  call(
    api.GET('/api/v1/mentoring/applications/{applicationId}/suggestions', {
      params: { path: { applicationId }, query: { 'page.pageSize': 50 } },
    }),
  );
