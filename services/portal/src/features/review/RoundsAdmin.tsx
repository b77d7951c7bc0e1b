import { Link } from '../../app/router.tsx';
import { DataTable } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useRoundColumns } from '../nominations/roundColumns.tsx';
import { useRounds } from '../../api/rounds.ts';
import './review.css';

const roundHref = (id: string) => `/office/rounds/${id}`;

/** The programme office's rounds: every status, drafts included, and a new round. */
export default function RoundsAdmin() {
  const { t } = useI18n();
  const { rounds, loaded } = useRounds();
  const columns = useRoundColumns(roundHref);
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
