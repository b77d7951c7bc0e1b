import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  NominationStatusFilter,
  statusFilter,
  TextSearchField,
  useTextSearch,
} from './filters.tsx';
import type { Nomination } from './model.ts';
import { NominationTable } from './NominationTable.tsx';
import { useNominations } from './useNominations.ts';

const linkOf = (nomination: Nomination) => `/nominating/nominations/${nomination.id ?? ''}`;

/**
 * The officer's own organisation's nominations (the API gives a nominator no others), filtered by
 * status and text; the filters live in the URL (`status`, `q`).
 */
export function MyNominations({
  roundId,
  query,
}: {
  readonly roundId?: string | undefined;
  readonly query: URLSearchParams;
}) {
  const { t } = useI18n();
  const status = statusFilter(query.get('status'));
  const text = query.get('q') ?? '';
  const { draft, setDraft, search } = useTextSearch(text);
  const nominations = useNominations({
    ...(roundId === undefined ? {} : { roundId }),
    ...(status === undefined ? {} : { statuses: [status] }),
    ...(text === '' ? {} : { query: text }),
    order: 'NOMINATION_ORDER_UPDATED_DESC',
  });
  return (
    <section aria-labelledby="my-nominations">
      <h2 id="my-nominations">{t('nominations.mine.title')}</h2>
      <form className="filters" role="search" onSubmit={search}>
        <NominationStatusFilter label={t('nominations.list.status')} value={status} />
        <TextSearchField label={t('nominations.mine.search')} draft={draft} setDraft={setDraft} />
        <div className="field">
          <button type="submit" className="button">
            {t('common.search')}
          </button>
        </div>
      </form>
      {nominations.status === 'loading' && <Loading />}
      {nominations.status === 'failed' && <ProblemAlert failure={nominations.failure} />}
      {nominations.status === 'ok' && (
        <>
          <p className="muted" role="status">
            {t('nominations.mine.count', { count: nominations.data.length })}
            {!nominations.complete && ` ${t('nominations.list.loadingMore')}`}
          </p>
          <NominationTable
            caption={t('nominations.mine.title')}
            nominations={nominations.data}
            linkOf={linkOf}
          />
        </>
      )}
    </section>
  );
}
