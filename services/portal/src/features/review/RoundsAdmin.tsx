import { useMemo } from 'react';
import { Link } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import type { Round } from '../nominations/model.ts';
import { roundStatusView } from '../nominations/status.ts';
import { useRounds } from './useRounds.ts';
import './review.css';

/** The programme office's rounds: every status, drafts included, and a new round. */
export default function RoundsAdmin() {
  const { t, date, locale } = useI18n();
  const { rounds, loaded } = useRounds();
  const columns = useMemo<Column<Round>[]>(
    () => [
      {
        key: 'name',
        header: t('nominations.rounds.name'),
        cell: (round) => (
          <Link to={`/office/rounds/${round.id ?? ''}`}>{localized(locale, round.name)}</Link>
        ),
        sortValue: (round) => localized(locale, round.name),
      },
      {
        key: 'status',
        header: t('nominations.rounds.status'),
        cell: (round) => {
          const view = roundStatusView(round.status);
          return <Badge tone={view.tone}>{t(view.label)}</Badge>;
        },
      },
      {
        key: 'opensAt',
        header: t('nominations.rounds.opensAt'),
        cell: (round) => date(round.opensAt),
        sortValue: (round) => Date.parse(round.opensAt ?? '') || 0,
      },
      {
        key: 'closesAt',
        header: t('nominations.rounds.closesAt'),
        cell: (round) => date(round.closesAt),
        sortValue: (round) => Date.parse(round.closesAt ?? '') || 0,
      },
    ],
    [t, date, locale],
  );
  return (
    <Page
      title={t('review.rounds.title')}
      actions={
        <Link className="button primary" to="/office/rounds/new">
          {t('review.rounds.new')}
        </Link>
      }
    >
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {loaded.status === 'ok' && (
        <DataTable
          caption={t('review.rounds.title')}
          columns={columns}
          rows={rounds}
          rowKey={(round) => round.id ?? ''}
        />
      )}
    </Page>
  );
}
