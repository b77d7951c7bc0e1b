import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { Badge, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { stepsOf } from './board.ts';
import { DISPATCH_STATUS, DISPATCH_TONE, REQUEST_STATUS, REQUEST_TONE } from './labels.ts';
import type { Dispatch, DispatchStatus, SupportRequestStatus } from './types.ts';

export function RequestStatusBadge({
  status,
}: {
  readonly status: SupportRequestStatus | undefined;
}) {
  const { t } = useI18n();
  const value = status ?? 'SUPPORT_REQUEST_STATUS_UNSPECIFIED';
  return <Badge tone={REQUEST_TONE[value]}>{t(REQUEST_STATUS[value])}</Badge>;
}

export function DispatchStatusBadge({ status }: { readonly status: DispatchStatus | undefined }) {
  const { t } = useI18n();
  const value = status ?? 'DISPATCH_STATUS_UNSPECIFIED';
  return <Badge tone={DISPATCH_TONE[value]}>{t(DISPATCH_STATUS[value])}</Badge>;
}

interface Answer {
  readonly dispatch?: Dispatch;
}

const path = (dispatch: Dispatch) => ({ params: { path: { dispatchId: dispatch.id ?? '' } } });

/**
 * What one may do with an engagement as the expert or the requester: start it, report it (the
 * expert), rate it (the requester, which closes it), or cancel it with a reason.
 */
export function EngagementActions({
  dispatch,
  as,
  onChanged,
}: {
  readonly dispatch: Dispatch;
  readonly as: 'expert' | 'requester';
  readonly onChanged: (dispatch: Dispatch) => void;
}) {
  const { t } = useI18n();
  const steps = stepsOf(dispatch, as);
  const done = (data: Answer) => {
    if (data.dispatch !== undefined) onChanged(data.dispatch);
  };
  const version = dispatch.version ?? 1;
  const start = useAction(
    () =>
      call(
        api.POST('/api/v1/dispatches/{dispatchId}/start', {
          ...path(dispatch),
          body: { expectedVersion: version },
        }),
      ),
    done,
  );
  const cancel = useAction(
    (reason: string) =>
      call(
        api.POST('/api/v1/dispatches/{dispatchId}/cancel', {
          ...path(dispatch),
          body: { expectedVersion: version, reason },
        }),
      ),
    done,
  );
  if (steps.length === 0) return null;
  const name = as === 'expert' ? (dispatch.requestTitle ?? '') : (dispatch.expertName ?? '');
  return (
    <div>
      <div className="form-actions">
        {steps.includes('start') && (
          <button
            type="button"
            className="button primary"
            aria-label={t('coordination.engagement.startFor', { name })}
            disabled={start.state.status === 'running'}
            onClick={() => void start.execute()}
          >
            {t('coordination.engagement.start')}
          </button>
        )}
        {steps.includes('cancel') && (
          <ConfirmAction
            label={t('coordination.engagement.cancel')}
            question={t('coordination.engagement.cancelQuestion', { name })}
            confirmLabel={t('coordination.engagement.cancelConfirm')}
            reasonLabel={t('coordination.field.reason')}
            danger
            state={cancel.state}
            onConfirm={(reason) => void cancel.execute(reason)}
          />
        )}
      </div>
      {start.state.status === 'failed' && <ProblemAlert failure={start.state.failure} />}
      {steps.includes('report') && <ReportForm dispatch={dispatch} onDone={done} />}
      {steps.includes('rate') && <RateForm dispatch={dispatch} onDone={done} />}
    </div>
  );
}

function ReportForm({
  dispatch,
  onDone,
}: {
  readonly dispatch: Dispatch;
  readonly onDone: (data: Answer) => void;
}) {
  const { t } = useI18n();
  const [summary, setSummary] = useState('');
  const [hours, setHours] = useState('');
  const [deliverables, setDeliverables] = useState('');
  const report = useAction(
    () =>
      call(
        api.POST('/api/v1/dispatches/{dispatchId}/report', {
          ...path(dispatch),
          body: {
            expectedVersion: dispatch.version ?? 1,
            report: {
              summary: summary.trim(),
              hours: Number(hours.replace(',', '.')) || 0,
              deliverables: deliverables
                .split('\n')
                .map((line) => line.trim())
                .filter((line) => line !== ''),
            },
          },
        }),
      ),
    onDone,
  );
  const errors = actionFieldErrors(report.state);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void report.execute();
  };
  const deliverablesError = Object.entries(errors).find(([field]) =>
    field.startsWith('report.deliverables'),
  )?.[1];
  return (
    <form
      className="card"
      aria-label={t('coordination.engagement.reportTitle')}
      onSubmit={submit}
      noValidate
    >
      <h3>{t('coordination.engagement.reportTitle')}</h3>
      <TextAreaField
        label={t('coordination.engagement.summary')}
        required
        rows={4}
        maxLength={4000}
        value={summary}
        error={errors['report.summary']}
        onChange={(event) => {
          setSummary(event.target.value);
        }}
      />
      <TextField
        label={t('coordination.engagement.hours')}
        type="number"
        inputMode="decimal"
        required
        min={0}
        step="0.5"
        value={hours}
        error={errors['report.hours']}
        onChange={(event) => {
          setHours(event.target.value);
        }}
      />
      <TextAreaField
        label={t('coordination.engagement.deliverables')}
        hint={t('coordination.engagement.deliverablesHint')}
        rows={3}
        value={deliverables}
        error={deliverablesError}
        onChange={(event) => {
          setDeliverables(event.target.value);
        }}
      />
      <FormProblem
        state={report.state}
        placed={[
          'report.summary',
          'report.hours',
          ...Object.keys(errors).filter((field) => field.startsWith('report.deliverables')),
        ]}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={report.state.status === 'running'}
        >
          {t('coordination.engagement.report')}
        </button>
      </div>
    </form>
  );
}

function RateForm({
  dispatch,
  onDone,
}: {
  readonly dispatch: Dispatch;
  readonly onDone: (data: Answer) => void;
}) {
  const { t } = useI18n();
  const [rating, setRating] = useState('5');
  const [feedback, setFeedback] = useState('');
  const rate = useAction(
    () =>
      call(
        api.POST('/api/v1/dispatches/{dispatchId}/rating', {
          ...path(dispatch),
          body: {
            expectedVersion: dispatch.version ?? 1,
            rating: { rating: Number(rating), feedback: feedback.trim() },
          },
        }),
      ),
    onDone,
  );
  const errors = actionFieldErrors(rate.state);
  const name = dispatch.expertName ?? '';
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void rate.execute();
  };
  return (
    <form
      className="card"
      aria-label={t('coordination.engagement.rateTitle', { name })}
      onSubmit={submit}
      noValidate
    >
      <h3>{t('coordination.engagement.rateTitle', { name })}</h3>
      {dispatch.report !== undefined && (
        <p>
          {dispatch.report.summary}{' '}
          <span className="muted">
            {t('coordination.engagement.hoursShort', { hours: dispatch.report.hours })}
          </span>
        </p>
      )}
      <SelectField
        label={t('coordination.engagement.rating')}
        required
        value={rating}
        error={errors['rating.rating']}
        onChange={(event) => {
          setRating(event.target.value);
        }}
        options={[5, 4, 3, 2, 1].map((value) => ({
          value: String(value),
          label: t('coordination.engagement.ratingOption', { rating: value }),
        }))}
      />
      <TextAreaField
        label={t('coordination.engagement.feedback')}
        rows={3}
        maxLength={2000}
        value={feedback}
        error={errors['rating.feedback']}
        onChange={(event) => {
          setFeedback(event.target.value);
        }}
      />
      <FormProblem state={rate.state} placed={['rating.rating', 'rating.feedback']} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={rate.state.status === 'running'}>
          {t('coordination.engagement.rate')}
        </button>
      </div>
    </form>
  );
}

/** The network office takes an offer or an accepted engagement back, with a reason. */
export function WithdrawOffer({
  dispatch,
  onChanged,
}: {
  readonly dispatch: Dispatch;
  readonly onChanged: (dispatch: Dispatch) => void;
}) {
  const { t } = useI18n();
  const withdraw = useAction(
    (reason: string) =>
      call(
        api.POST('/api/v1/dispatches/{dispatchId}/withdraw', {
          ...path(dispatch),
          body: { expectedVersion: dispatch.version ?? 1, reason },
        }),
      ),
    (data: Answer) => {
      if (data.dispatch !== undefined) onChanged(data.dispatch);
    },
  );
  const name = dispatch.expertName ?? '';
  return (
    <ConfirmAction
      label={t('coordination.dispatch.withdraw')}
      question={t('coordination.dispatch.withdrawQuestion', { name })}
      confirmLabel={t('coordination.dispatch.withdrawConfirm')}
      reasonLabel={t('coordination.field.reason')}
      danger
      state={withdraw.state}
      onConfirm={(reason) => void withdraw.execute(reason)}
    />
  );
}

/** Offers the office may still take back: open, or accepted and not yet released. */
export const withdrawableOffer = (dispatch: Dispatch) =>
  dispatch.status === 'DISPATCH_STATUS_INVITED' || dispatch.status === 'DISPATCH_STATUS_ACCEPTED';
