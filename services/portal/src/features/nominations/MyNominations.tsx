import { useState, type SubmitEvent } from 'react';
import { setQuery } from '../../app/router.tsx';
import { SelectField, TextField } from '../../components/Field.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Nomination, NominationStatus } from './model.ts';
import { NominationTable } from './NominationTable.tsx';
import { NOMINATION_STATUS_LABEL, NOMINATION_STATUSES } from './status.ts';
import { useNominations } from './useNominations.ts';

const linkOf = (nomination: Nomination) => `/nominating/nominations/${nomination.id ?? ''}`;

export function statusFilter(value: string | null): NominationStatus | undefined {
  return NOMINATION_STATUSES.find((status) => status === value);
}

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
  const [draft, setDraft] = useState(text);
  const nominations = useNominations({
    ...(roundId === undefined ? {} : { roundId }),
    ...(status === undefined ? {} : { statuses: [status] }),
    ...(text === '' ? {} : { query: text }),
    order: 'NOMINATION_ORDER_UPDATED_DESC',
  });
  const search = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQuery({ q: draft.trim() });
  };
  return (
    <section aria-labelledby="my-nominations">
      <h2 id="my-nominations">{t('nominations.mine.title')}</h2>
      <form className="filters" role="search" onSubmit={search}>
        <SelectField
          label={t('nominations.list.status')}
          name="status"
          value={status ?? ''}
          options={[
            { value: '', label: t('common.all') },
            ...NOMINATION_STATUSES.map((value) => ({
              value,
              label: t(NOMINATION_STATUS_LABEL[value]),
            })),
          ]}
          onChange={(event) => {
            setQuery({ status: event.target.value });
          }}
        />
        <TextField
          label={t('nominations.mine.search')}
          name="q"
          type="search"
          value={draft}
          onChange={(event) => {
            setDraft(event.target.value);
          }}
        />
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
