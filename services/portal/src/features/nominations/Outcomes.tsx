import { useI18n } from '../../i18n/i18n.tsx';
import type { Nomination } from './model.ts';
import { DECISION_OUTCOME_LABEL, labelOf } from './labels.ts';

/** Why a nomination came back, how it was decided, or why it was withdrawn. */
export function Outcomes({ nomination }: { readonly nomination: Nomination }) {
  const { t, dateTime } = useI18n();
  const decision = nomination.decision;
  const outcome = labelOf(DECISION_OUTCOME_LABEL, decision?.outcome);
  return (
    <>
      {nomination.status === 'NOMINATION_STATUS_RETURNED' &&
        nomination.returnReason !== undefined &&
        nomination.returnReason !== '' && (
          <div className="alert alert-warn">
            <strong>{t('nominations.detail.returnReason')}</strong>
            <p>{nomination.returnReason}</p>
          </div>
        )}
      {outcome !== undefined && decision !== undefined && (
        <div className="alert alert-success">
          <strong>
            {t('nominations.detail.decision', {
              outcome: t(outcome),
              date: dateTime(decision.decidedAt),
            })}
          </strong>
          {decision.reason !== undefined && decision.reason !== '' && <p>{decision.reason}</p>}
        </div>
      )}
      {nomination.status === 'NOMINATION_STATUS_WITHDRAWN' &&
        nomination.withdrawalReason !== undefined &&
        nomination.withdrawalReason !== '' && (
          <div className="alert alert-warn">
            <strong>{t('nominations.detail.withdrawalReason')}</strong>
            <p>{nomination.withdrawalReason}</p>
          </div>
        )}
    </>
  );
}
