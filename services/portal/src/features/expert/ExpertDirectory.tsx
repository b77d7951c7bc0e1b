import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { fieldErrors } from '../../api/problem.ts';
import { setQuery } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import { ExpertCard } from './ExpertCard.tsx';
import { FacetFilters } from './FacetFilters.tsx';
import {
  DIRECTORY_ORDERS,
  filtersToUrl,
  hasFilters,
  parseFilters,
  searchQuery,
  type DirectoryFilters,
  type DirectoryOrder,
} from './filters.ts';
import type { components } from '../../api/gen/schema.ts';
import { useNames } from './reference.ts';
import './expert.css';

type Hit = components['schemas']['ExpertHit'];

const ORDER_LABEL: Readonly<Record<DirectoryOrder, MessageKey>> = {
  relevance: 'expert.directory.orderRelevance',
  name: 'expert.directory.orderName',
  active: 'expert.directory.orderActive',
};

/** The network's directory: words without diacritics, filters with counts, pages of experts. */
export default function ExpertDirectory({ query }: ScreenProps) {
  const { t, number } = useI18n();
  const names = useNames();
  const filters = parseFilters(query);
  const key = JSON.stringify(filtersToUrl(filters));
  const [draft, setDraft] = useState({ key, text: filters.query });
  // A new URL (back button, a facet) resets the box to what is searched.
  const text = draft.key === key ? draft.text : filters.query;

  const first = useLoad(
    () => call(api.GET('/api/v1/experts', { params: { query: searchQuery(filters, undefined) } })),
    [key],
  );
  const [more, setMore] = useState<{ key: string; hits: Hit[]; cursor: string }>();
  const loadMore = useAction((cursor: string) =>
    call(api.GET('/api/v1/experts', { params: { query: searchQuery(filters, cursor) } })),
  );

  const apply = (next: DirectoryFilters) => {
    setQuery(filtersToUrl(next));
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({ ...filters, query: text });
  };

  const extra = more?.key === key ? more : undefined;
  const hits = first.status === 'ok' ? [...(first.data.hits ?? []), ...(extra?.hits ?? [])] : [];
  const cursor =
    extra !== undefined
      ? extra.cursor
      : first.status === 'ok'
        ? (first.data.page?.nextCursor ?? '')
        : '';
  const total = first.status === 'ok' ? (first.data.totalCount ?? hits.length) : 0;
  const errors =
    first.status === 'failed' && first.failure.kind === 'problem'
      ? fieldErrors(first.failure.problem)
      : {};

  const showMore = async () => {
    const page = await loadMore.execute(cursor);
    if (page !== undefined) {
      setMore({
        key,
        hits: [...(extra?.hits ?? []), ...(page.hits ?? [])],
        cursor: page.page?.nextCursor ?? '',
      });
    }
  };

  return (
    <Page title={t('expert.directory.title')}>
      <p>{t('expert.directory.intro')}</p>
      <form className="card expert-search" role="search" onSubmit={submit}>
        <TextField
          label={t('expert.directory.query')}
          name="q"
          type="search"
          value={text}
          placeholder={t('expert.directory.placeholder')}
          hint={t('expert.directory.queryHint')}
          error={errors.query}
          maxLength={200}
          onChange={(event) => {
            setDraft({ key, text: event.target.value });
          }}
        />
        <div className="expert-search-actions">
          <button type="submit" className="button primary">
            {t('common.search')}
          </button>
          {(hasFilters(filters) || filters.query !== '') && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setDraft({ key: '', text: '' });
                apply(parseFilters(new URLSearchParams()));
              }}
            >
              {t('common.clearFilters')}
            </button>
          )}
        </div>
      </form>
      <div className="expert-directory">
        {first.status === 'ok' && (
          <FacetFilters
            facets={first.data.facets ?? []}
            filters={filters}
            names={names}
            onChange={apply}
            onSkill={(name) => {
              apply({ ...filters, query: name });
            }}
          />
        )}
        <section className="expert-results" aria-labelledby="expert-results-title">
          <h2 id="expert-results-title">{t('expert.directory.results')}</h2>
          {first.status === 'loading' && <Loading />}
          {first.status === 'failed' && <ProblemAlert failure={first.failure} />}
          {first.status === 'ok' && (
            <>
              <div className="expert-results-head">
                <p role="status" aria-live="polite">
                  {t('expert.directory.count', { count: total, shown: number(hits.length) })}
                </p>
                <SelectField
                  label={t('expert.directory.order')}
                  value={filters.order}
                  options={DIRECTORY_ORDERS.map((order) => ({
                    value: order,
                    label: t(ORDER_LABEL[order]),
                  }))}
                  onChange={(event) => {
                    const order = DIRECTORY_ORDERS.find((item) => item === event.target.value);
                    if (order !== undefined) apply({ ...filters, order });
                  }}
                />
              </div>
              {hits.length === 0 ? (
                <p className="card">{t('expert.directory.empty')}</p>
              ) : (
                <ol className="plain expert-list">
                  {hits.map((hit) =>
                    hit.expert === undefined ? null : (
                      <li key={hit.expert.id}>
                        <ExpertCard
                          expert={hit.expert}
                          names={names}
                          matchedSkillCodes={hit.matchedSkillCodes}
                        />
                      </li>
                    ),
                  )}
                </ol>
              )}
              {loadMore.state.status === 'failed' && (
                <ProblemAlert failure={loadMore.state.failure} />
              )}
              {cursor !== '' && (
                <button
                  type="button"
                  className="button wide"
                  disabled={loadMore.state.status === 'running'}
                  onClick={() => void showMore()}
                >
                  {loadMore.state.status === 'running' ? t('common.loading') : t('common.more')}
                </button>
              )}
            </>
          )}
        </section>
      </div>
    </Page>
  );
}
