import { api, call } from '../../api/client.ts';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { useRoundColumns } from './roundColumns.tsx';
import './nominations.css';

const roundHref = (id: string) => `/nominating/rounds/${id}`;

/** The nominating officer's start: the rounds open for nominations, then the others. */
export default function RoundsList() {
  const { t, date, locale } = useI18n();
  const rounds = useLoad(
    () =>
      call(
        api.GET('/api/v1/rounds', {
          params: {
            query: {
              statuses: ['ROUND_STATUS_OPEN', 'ROUND_STATUS_SCHEDULED', 'ROUND_STATUS_CLOSED'],
              'page.pageSize': 200,
            },
          },
        }),
      ),
    [],
  );
  const columns = useRoundColumns(roundHref);
  const all = rounds.status === 'ok' ? (rounds.data.rounds ?? []) : [];
  const open = all.filter((round) => round.status === 'ROUND_STATUS_OPEN');
  const others = all.filter((round) => round.status !== 'ROUND_STATUS_OPEN');
  return (
    <Page title={t('nominations.rounds.title')}>
      <p>{t('nominations.rounds.intro')}</p>
      {rounds.status === 'loading' && <Loading />}
      {rounds.status === 'failed' && <ProblemAlert failure={rounds.failure} />}
      {rounds.status === 'ok' && (
        <>
          <h2>{t('nominations.rounds.open')}</h2>
          {open.length === 0 ? (
            <p className="muted">{t('nominations.rounds.noneOpen')}</p>
          ) : (
            <ul className="task-grid plain">
              {open.map((round) => (
                <li key={round.id} className="card task">
                  <Link to={`/nominating/rounds/${round.id ?? ''}`}>
                    {localized(locale, round.name)}
                  </Link>
                  <p className="muted">
                    {t('nominations.rounds.deadline', { date: date(round.closesAt) })}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <h2>{t('nominations.rounds.others')}</h2>
          <DataTable
            caption={t('nominations.rounds.others')}
            columns={columns}
            rows={others}
            rowKey={(round) => round.id ?? ''}
            initialSort={{ key: 'closesAt', descending: true }}
          />
        </>
      )}
    </Page>
  );
}
