import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { SelectField } from '../../components/Field.tsx';
import { ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { PRIORITY } from './labels.ts';
import type { Priority, SupportRequest, TriageAction } from './types.ts';

const PRIORITIES: readonly Priority[] = ['PRIORITY_NORMAL', 'PRIORITY_HIGH', 'PRIORITY_LOW'];

/**
 * The network office's triage of a submitted request: accept with a priority, ask for changes,
 * reject, or merge it into another request (each of the last three with a reason).
 */
export function TriageActions({
  request,
  others,
  onTriaged,
}: {
  readonly request: SupportRequest;
  /** Requests it may be merged into. */
  readonly others: readonly SupportRequest[];
  readonly onTriaged: (request: SupportRequest) => void;
}) {
  const { t } = useI18n();
  const [priority, setPriority] = useState<Priority>('PRIORITY_NORMAL');
  const [target, setTarget] = useState('');
  const triage =
    (action: TriageAction) =>
    (reason: string): ReturnType<typeof call<{ supportRequest?: SupportRequest }>> =>
      call(
        api.POST('/api/v1/support-requests/{supportRequestId}/triage', {
          params: { path: { supportRequestId: request.id ?? '' } },
          body: {
            expectedVersion: request.version ?? 1,
            action,
            ...(reason === '' ? {} : { reason }),
            ...(action === 'TRIAGE_ACTION_ACCEPT' ? { priority } : {}),
            ...(action === 'TRIAGE_ACTION_MERGE' && target !== ''
              ? { mergeIntoRequestId: target }
              : {}),
          },
        }),
      );
  const done = (data: { supportRequest?: SupportRequest }) => {
    if (data.supportRequest !== undefined) onTriaged(data.supportRequest);
  };
  const accept = useAction(triage('TRIAGE_ACTION_ACCEPT'), done);
  const changes = useAction(triage('TRIAGE_ACTION_REQUEST_CHANGES'), done);
  const reject = useAction(triage('TRIAGE_ACTION_REJECT'), done);
  const merge = useAction(triage('TRIAGE_ACTION_MERGE'), done);
  const name = request.number ?? '';
  return (
    <div>
      <div className="coordination-inline">
        <SelectField
          label={t('coordination.triage.priorityFor', { number: name })}
          value={priority}
          onChange={(event) => {
            const value = PRIORITIES.find((candidate) => candidate === event.target.value);
            if (value !== undefined) setPriority(value);
          }}
          options={PRIORITIES.map((value) => ({ value, label: t(PRIORITY[value]) }))}
        />
        <div className="form-actions">
          <button
            type="button"
            className="button primary"
            aria-label={t('coordination.triage.acceptFor', { number: name })}
            disabled={accept.state.status === 'running'}
            onClick={() => void accept.execute('')}
          >
            {t('coordination.triage.accept')}
          </button>
        </div>
      </div>
      {accept.state.status === 'failed' && <ProblemAlert failure={accept.state.failure} />}
      <div className="form-actions">
        <ConfirmAction
          label={t('coordination.triage.requestChanges')}
          question={t('coordination.triage.requestChangesQuestion', { number: name })}
          confirmLabel={t('coordination.triage.requestChangesConfirm')}
          reasonLabel={t('coordination.triage.changesReason')}
          state={changes.state}
          onConfirm={(reason) => void changes.execute(reason)}
        />
        <ConfirmAction
          label={t('coordination.triage.reject')}
          question={t('coordination.triage.rejectQuestion', { number: name })}
          confirmLabel={t('coordination.triage.rejectConfirm')}
          reasonLabel={t('coordination.field.reason')}
          danger
          state={reject.state}
          onConfirm={(reason) => void reject.execute(reason)}
        />
        {others.length > 0 && (
          <ConfirmAction
            label={t('coordination.triage.merge')}
            question={t('coordination.triage.mergeQuestion', { number: name })}
            confirmLabel={t('coordination.triage.mergeConfirm')}
            reasonLabel={t('coordination.field.reason')}
            state={merge.state}
            onConfirm={(reason) => void merge.execute(reason)}
          >
            <SelectField
              label={t('coordination.triage.mergeInto')}
              required
              value={target}
              onChange={(event) => {
                setTarget(event.target.value);
              }}
              options={[
                { value: '', label: t('coordination.form.choose') },
                ...others.map((other) => ({
                  value: other.id ?? '',
                  label: `${other.number ?? ''} · ${other.details?.title ?? ''}`,
                })),
              ]}
            />
          </ConfirmAction>
        )}
      </div>
    </div>
  );
}
