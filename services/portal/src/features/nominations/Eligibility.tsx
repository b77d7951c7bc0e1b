import { localized, useI18n } from '../../i18n/i18n.tsx';
import type { Nomination } from './model.ts';

/** The service's eligibility check against the round's rules. */
export function Eligibility({ nomination }: { readonly nomination: Nomination }) {
  const { t, locale } = useI18n();
  const eligibility = nomination.eligibility;
  if (eligibility === undefined) return null;
  const findings = eligibility.findings ?? [];
  return (
    <div
      className={`alert ${eligibility.eligible === true ? 'alert-success' : 'alert-warn'}`}
      role="status"
    >
      <strong>
        {eligibility.eligible === true
          ? t('nominations.eligibility.eligible')
          : t('nominations.eligibility.notEligible')}
      </strong>
      {findings.length > 0 && (
        <ul>
          {findings.map((finding, index) => (
            <li key={`${finding.reason ?? ''}-${String(index)}`}>
              {localized(locale, finding.message)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
