import { useCallback } from 'react';
import { setQuery } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession } from '../../app/session.tsx';
import { FilterForm, QueryFilter } from '../../components/Filters.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Nomination } from '../nominations/model.ts';
import {
  NominationStatusFilter,
  statusFilter,
  TextSearchField,
  useTextSearch,
} from '../nominations/filters.tsx';
import { NominationTable } from '../nominations/NominationTable.tsx';
import { asOrganisationCode } from '../nominations/orgCode.ts';
import { useNominations } from '../nominations/useNominations.ts';
import { useOrganisations } from '../../api/organisations.ts';
import { useRounds } from '../../api/rounds.ts';
import { RoundFilter } from './RoundFilter.tsx';
import '../nominations/nominations.css';
import './review.css';

const linkOf = (nomination: Nomination) => `/review/nominations/${nomination.id ?? ''}`;

/**
 * The review queue: every organisation's nominations, filtered by round, organisation, status
 * and text, the filters kept in the URL (round, org, status, q, flagged) so a list can be shared.
 */
export default function ReviewQueue({ query }: ScreenProps) {
  const { t } = useI18n();
  const { hasRole } = useSession();
  const office = hasRole('programme-office');
  const roundId = query.get('round') ?? '';
  const organisation = asOrganisationCode(query.get('org'));
  const status = statusFilter(query.get('status'));
  const text = query.get('q') ?? '';
  const flagged = query.get('flagged') === '1';
  const { draft, setDraft, search } = useTextSearch(text);
  const organisations = useOrganisations();
  const rounds = useRounds();
  const nominations = useNominations({
    ...(roundId === '' ? {} : { roundId }),
    ...(organisation === undefined ? {} : { 'organisations.code': [organisation] }),
    ...(status === undefined ? {} : { statuses: [status] }),
    ...(text === '' ? {} : { query: text }),
    ...(flagged ? { onlyFlaggedDuplicates: true } : {}),
    order: 'NOMINATION_ORDER_UPDATED_DESC',
  });
  const clear = useCallback(() => {
    setDraft('');
    setQuery({ round: '', org: '', status: '', q: '', flagged: '' });
  }, []);
  return (
    <Page title={t('review.queue.title')}>
      <p>{t('review.queue.intro')}</p>
      <FilterForm className="filters card" role="search" onSubmit={search}>
        <RoundFilter value={roundId} options={rounds.options} />
        <QueryFilter
          label={t('review.filter.organisation')}
          name="org"
          value={organisation ?? ''}
          options={organisations.options}
          param="org"
        />
        <NominationStatusFilter label={t('review.filter.status')} value={status} />
        <TextSearchField label={t('review.filter.text')} draft={draft} setDraft={setDraft} />
        {office && (
          <label className="checkbox-field">
            <input
              type="checkbox"
              name="flagged"
              checked={flagged}
              onChange={(event) => {
                setQuery({ flagged: event.target.checked ? '1' : '' });
              }}
            />
            {t('review.filter.flagged')}
          </label>
        )}
        <div className="field filter-buttons">
          <button type="submit" className="button primary">
            {t('common.search')}
          </button>
          <button type="button" className="button" onClick={clear}>
            {t('common.clearFilters')}
          </button>
        </div>
      </FilterForm>
      {roundId !== '' && (
        <div className="export-links">
          <a
            className="button small"
            href={`/api/v1/rounds/${encodeURIComponent(roundId)}/nominations/export.xlsx`}
            download
          >
            {t('review.export.nominationsXlsx')}
          </a>
          <a
            className="button small"
            href={`/api/v1/rounds/${encodeURIComponent(roundId)}/nominations/export.csv`}
            download
          >
            {t('review.export.nominationsCsv')}
          </a>
        </div>
      )}
      {nominations.status === 'loading' && <Loading />}
      {nominations.status === 'failed' && <ProblemAlert failure={nominations.failure} />}
      {nominations.status === 'ok' && (
        <>
          <p className="muted" role="status">
            {t('review.queue.count', { count: nominations.data.length })}
            {!nominations.complete && ` ${t('nominations.list.loadingMore')}`}
          </p>
          <NominationTable
            caption={t('review.queue.title')}
            nominations={nominations.data}
            linkOf={linkOf}
            showOrganisation
            showScore
            organisationName={organisations.nameOf}
          />
        </>
      )}
    </Page>
  );
}
