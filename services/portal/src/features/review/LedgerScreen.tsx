import type { ScreenProps } from '../../app/screens.ts';
import { FilterForm } from '../../components/Filters.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { LedgerSection } from './LedgerSection.tsx';
import { useOrganisations } from '../../api/organisations.ts';
import { useRounds } from '../../api/rounds.ts';
import { RoundFilter } from './RoundFilter.tsx';
import '../nominations/nominations.css';
import './review.css';

/** The quota ledger across organisations for a chosen round (the open one by default). */
export default function LedgerScreen({ query }: ScreenProps) {
  const { t } = useI18n();
  const { rounds, options, loaded } = useRounds();
  const organisations = useOrganisations();
  const asked = query.get('round') ?? '';
  const roundId =
    asked !== ''
      ? asked
      : ((rounds.find((round) => round.status === 'ROUND_STATUS_OPEN') ?? rounds[0])?.id ?? '');
  return (
    <Page title={t('review.ledger.pageTitle')}>
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {loaded.status === 'ok' &&
        (rounds.length === 0 ? (
          <p className="muted">{t('review.ledger.noRounds')}</p>
        ) : (
          <>
            <FilterForm>
              <RoundFilter value={roundId} options={options} all={false} />
            </FilterForm>
            {roundId !== '' && (
              <LedgerSection roundId={roundId} nameOf={organisations.nameOf} version={0} />
            )}
          </>
        ))}
    </Page>
  );
}
