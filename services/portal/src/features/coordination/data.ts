import { api, call } from '../../api/client.ts';
import { collectPages, PAGE_SIZE, pageQuery } from '../../api/pages.ts';
import type { DispatchFilterStatus, RequestFilterStatus } from './types.ts';

const AT_MOST = { max: 10 * PAGE_SIZE };

/** Requests the caller may see (the service scopes them: an organisation's own, or all). */
export const loadRequests = (statuses: readonly RequestFilterStatus[] = []) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/support-requests', {
          params: {
            query: {
              ...(statuses.length > 0 ? { statuses: [...statuses] } : {}),
              ...pageQuery(cursor),
            },
          },
        }),
      ),
    (page) => page.supportRequests,
    AT_MOST,
  );

export const loadRequest = (supportRequestId: string) =>
  call(
    api.GET('/api/v1/support-requests/{supportRequestId}', {
      params: { path: { supportRequestId } },
    }),
  );

export const loadDispatches = (query: {
  readonly onlyMine?: boolean;
  readonly awaitingMyRelease?: boolean;
  readonly supportRequestId?: string;
  readonly statuses?: DispatchFilterStatus[];
}) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/dispatches', {
          params: { query: { ...query, ...pageQuery(cursor) } },
        }),
      ),
    (page) => page.dispatches,
    AT_MOST,
  );

export const loadSuggestions = (supportRequestId: string) =>
  call(
    api.GET('/api/v1/support-requests/{supportRequestId}/suggestions', {
      params: { path: { supportRequestId }, query: { 'page.pageSize': 20 } },
    }),
  );
