import { useI18n } from '../../i18n/i18n.tsx';
import type { LedgerEntry } from './model.ts';
import { quotaProgress } from './quota.ts';

/**
 * One organisation's quota: the fill against floor and ceiling as a bar with the floor marked,
 * and the same figures in words (the bar is decoration; the text carries the meaning).
 */
export function QuotaMeter({ entry }: { readonly entry: LedgerEntry }) {
  const { t, number } = useI18n();
  const progress = quotaProgress(entry);
  return (
    <div className="quota-meter">
      <dl className="stats quota-stats">
        <div className="stat">
          <dt>{t('nominations.quota.filled')}</dt>
          <dd className="value">{number(progress.filled)}</dd>
        </div>
        <div className="stat">
          <dt>{t('nominations.quota.floor')}</dt>
          <dd className="value">{number(progress.floor)}</dd>
        </div>
        <div className="stat">
          <dt>{t('nominations.quota.ceiling')}</dt>
          <dd className="value">{number(progress.ceiling)}</dd>
        </div>
        <div className="stat">
          <dt>{t('nominations.quota.drafts')}</dt>
          <dd className="value">{number(progress.drafts)}</dd>
        </div>
      </dl>
      <div className="quota-bar" aria-hidden="true">
        <div
          className={`quota-fill quota-fill-${progress.state}`}
          style={{ width: `${String(progress.percentOfCeiling)}%` }}
        />
        {progress.floor > 0 && (
          <div className="quota-floor" style={{ left: `${String(progress.floorPercent)}%` }} />
        )}
      </div>
      <p className="quota-summary">
        {t('nominations.quota.summary', {
          filled: progress.filled,
          floor: progress.floor,
          ceiling: progress.ceiling,
        })}{' '}
        <strong>
          {progress.state === 'below-floor'
            ? t('nominations.quota.shortfall', { count: progress.shortfall })
            : progress.state === 'full'
              ? t('nominations.quota.full')
              : t('nominations.quota.remaining', { count: progress.remaining })}
        </strong>
      </p>
    </div>
  );
}
