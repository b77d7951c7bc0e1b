import { api, call } from '../../api/client.ts';
import { collectPages, pageQuery } from '../../api/pages.ts';

/** A round's quota ledger across organisations, every page. */
export const loadQuotaLedger = (roundId: string) =>
  collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/rounds/{roundId}/quota-ledger', {
          params: { path: { roundId }, query: pageQuery(cursor) },
        }),
      ),
    (page) => page.entries,
  );
