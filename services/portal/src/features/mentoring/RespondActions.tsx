import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Assignment } from './types.ts';

/** The mentor's answer to a proposal: accept at once, or decline with a reason. */
export function RespondActions({
  assignment,
  onAnswered,
}: {
  readonly assignment: Assignment;
  readonly onAnswered: (assignment: Assignment) => void;
}) {
  const { t } = useI18n();
  const name = assignment.mentee?.fullName ?? '';
  const respond = (accept: boolean) => (reason: string) =>
    call(
      api.POST('/api/v1/mentoring/assignments/{assignmentId}/response', {
        params: { path: { assignmentId: assignment.id ?? '' } },
        body: {
          expectedVersion: assignment.version ?? 1,
          accept,
          ...(reason === '' ? {} : { reason }),
        },
      }),
    );
  const done = (data: { assignment?: Assignment }) => {
    if (data.assignment !== undefined) onAnswered(data.assignment);
  };
  const accept = useAction(respond(true), done);
  const decline = useAction(respond(false), done);
  return (
    <div className="form-actions">
      <button
        type="button"
        className="button primary"
        aria-label={t('mentoring.inbox.acceptFor', { name })}
        disabled={accept.state.status === 'running'}
        onClick={() => void accept.execute('')}
      >
        {t('mentoring.inbox.accept')}
      </button>
      <ConfirmAction
        label={t('mentoring.inbox.decline')}
        question={t('mentoring.inbox.declineQuestion', { name })}
        confirmLabel={t('mentoring.inbox.declineConfirm')}
        reasonLabel={t('mentoring.inbox.declineReason')}
        reasonHint={t('mentoring.inbox.declineHint')}
        danger
        state={decline.state}
        onConfirm={(reason) => void decline.execute(reason)}
      />
      {accept.state.status === 'failed' && <ProblemAlert failure={accept.state.failure} />}
    </div>
  );
}
