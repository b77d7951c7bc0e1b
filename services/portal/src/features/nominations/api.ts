import { api, call } from '../../api/client.ts';
import type { operations } from '../../api/gen/schema.ts';
import type { Nomination } from './model.ts';
import { collectPages, pageQuery, type Outcome } from '../../api/pages.ts';

export type NominationQuery = Omit<
  NonNullable<operations['listNominations']['parameters']['query']>,
  'page.pageSize' | 'page.cursor'
>;

/**
 * Every nomination matching `query`, a page of 200 at a time; `onPage` sees the list grow so a
 * long one shows from its first page.
 */
export function loadNominations(
  query: NominationQuery,
  onPage?: (nominations: readonly Nomination[]) => void,
): Promise<Outcome<Nomination[]>> {
  return collectPages(
    (cursor) =>
      call(
        api.GET('/api/v1/nominations', {
          params: {
            query: {
              ...query,
              ...pageQuery(cursor),
            },
          },
        }),
      ),
    (page) => page.nominations,
    { onPage },
  );
}
