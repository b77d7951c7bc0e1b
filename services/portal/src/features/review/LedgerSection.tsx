import { useMemo } from 'react';
import { useLoad } from '../../api/hooks.ts';
import { BarChart } from '../../components/BarChart.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { LedgerEntry } from '../nominations/model.ts';
import { loadQuotaLedger } from './data.ts';
import { ledgerTotals, provinceBars, sortLedger } from './ledger.ts';

/**
 * The quota ledger of a round across organisations: a table of every figure, a chart of each
 * province's fill against its floor, and the exports.
 */
export function LedgerSection({
  roundId,
  nameOf,
  version,
}: {
  readonly roundId: string;
  readonly nameOf: (code: string) => string;
  /** Reloads the ledger when the quotas change. */
  readonly version: number;
}) {
  const { t, number } = useI18n();
  const ledger = useLoad(() => loadQuotaLedger(roundId), [roundId, version]);
  const data = ledger.status === 'ok' ? ledger.data : undefined;
  const entries = useMemo(
    () => (data === undefined ? [] : sortLedger(data, nameOf)),
    [data, nameOf],
  );
  const bars = useMemo(() => provinceBars(entries, nameOf), [entries, nameOf]);
  const totals = useMemo(() => ledgerTotals(entries), [entries]);
  const columns = useMemo<Column<LedgerEntry>[]>(() => {
    const figure = (
      key: keyof Omit<LedgerEntry, 'organisation'>,
      header: string,
    ): Column<LedgerEntry> => ({
      key,
      header,
      numeric: true,
      cell: (entry) => number(entry[key] ?? 0),
      sortValue: (entry) => entry[key] ?? 0,
    });
    return [
      {
        key: 'organisation',
        header: t('review.ledger.organisation'),
        cell: (entry) => nameOf(entry.organisation?.code ?? ''),
        sortValue: (entry) => nameOf(entry.organisation?.code ?? ''),
      },
      figure('floor', t('nominations.quota.floor')),
      figure('ceiling', t('nominations.quota.ceiling')),
      figure('drafts', t('nominations.quota.drafts')),
      figure('submitted', t('nominations.quota.filled')),
      figure('accepted', t('nominations.status.accepted')),
      figure('waitlisted', t('nominations.status.waitlisted')),
      figure('rejected', t('nominations.status.rejected')),
      figure('shortfall', t('review.ledger.shortfall')),
      figure('remaining', t('review.ledger.remaining')),
    ];
  }, [t, number, nameOf]);
  const base = `/api/v1/rounds/${encodeURIComponent(roundId)}`;
  return (
    <section aria-labelledby="ledger-heading">
      <h2 id="ledger-heading">{t('review.ledger.title')}</h2>
      <div className="export-links">
        <a className="button small" href={`${base}/quota-ledger/export.xlsx`} download>
          {t('review.export.ledgerXlsx')}
        </a>
        <a className="button small" href={`${base}/quota-ledger/export.csv`} download>
          {t('review.export.ledgerCsv')}
        </a>
      </div>
      {ledger.status === 'loading' && <Loading />}
      {ledger.status === 'failed' && <ProblemAlert failure={ledger.failure} />}
      {ledger.status === 'ok' && (
        <>
          <dl className="stats quota-stats">
            <div className="stat">
              <dt>{t('nominations.quota.floor')}</dt>
              <dd className="value">{number(totals.floor)}</dd>
            </div>
            <div className="stat">
              <dt>{t('nominations.quota.ceiling')}</dt>
              <dd className="value">{number(totals.ceiling)}</dd>
            </div>
            <div className="stat">
              <dt>{t('nominations.quota.filled')}</dt>
              <dd className="value">{number(totals.submitted)}</dd>
            </div>
            <div className="stat">
              <dt>{t('nominations.status.accepted')}</dt>
              <dd className="value">{number(totals.accepted)}</dd>
            </div>
            <div className="stat">
              <dt>{t('review.ledger.shortfall')}</dt>
              <dd className="value">{number(totals.shortfall)}</dd>
            </div>
          </dl>
          {bars.length > 0 && (
            <BarChart
              title={t('review.ledger.chart')}
              rows={bars}
              valueLabel={t('nominations.quota.filled')}
              markerLabel={t('nominations.quota.floor')}
              belowMarkerLabel={t('review.ledger.belowFloor')}
            />
          )}
          <DataTable
            caption={t('review.ledger.title')}
            columns={columns}
            rows={entries}
            rowKey={(entry) => entry.organisation?.code ?? ''}
          />
        </>
      )}
    </section>
  );
}
