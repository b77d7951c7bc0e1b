import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction } from '../../api/hooks.ts';
import { CheckboxField, SelectField, TextAreaField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Assignment } from './types.ts';

type Outcome = 'ASSIGNMENT_STATUS_COMPLETED' | 'ASSIGNMENT_STATUS_ENDED_EARLY';

/** Ends the pair: completed, or early with a reason (and, if wished, the next mentor proposed). */
export function EndPair({
  assignment,
  onEnded,
}: {
  readonly assignment: Assignment;
  readonly onEnded: (assignment: Assignment) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>('ASSIGNMENT_STATUS_COMPLETED');
  const [reason, setReason] = useState('');
  const [rematch, setRematch] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (open) box.current?.querySelector<HTMLElement>('select')?.focus();
  }, [open]);
  const end = useAction(
    () =>
      call(
        api.POST('/api/v1/mentoring/assignments/{assignmentId}/end', {
          params: { path: { assignmentId: assignment.id ?? '' } },
          body: {
            expectedVersion: assignment.version ?? 1,
            outcome,
            reason: reason.trim(),
            rematch: outcome === 'ASSIGNMENT_STATUS_ENDED_EARLY' && rematch,
          },
        }),
      ),
    (data) => {
      setOpen(false);
      if (data.assignment !== undefined) onEnded(data.assignment);
    },
  );
  const errors = actionFieldErrors(end.state);
  const early = outcome === 'ASSIGNMENT_STATUS_ENDED_EARLY';
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void end.execute();
  };
  return (
    <div className="confirm-action">
      <button
        ref={trigger}
        type="button"
        className="button danger"
        aria-expanded={open}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {t('mentoring.end.open')}
      </button>
      {open && (
        <form
          ref={box}
          className="card confirm-box"
          aria-label={t('mentoring.end.open')}
          onSubmit={submit}
          noValidate
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <SelectField
            label={t('mentoring.end.outcome')}
            required
            value={outcome}
            error={errors.outcome}
            onChange={(event) => {
              setOutcome(
                event.target.value === 'ASSIGNMENT_STATUS_ENDED_EARLY'
                  ? 'ASSIGNMENT_STATUS_ENDED_EARLY'
                  : 'ASSIGNMENT_STATUS_COMPLETED',
              );
            }}
            options={[
              { value: 'ASSIGNMENT_STATUS_COMPLETED', label: t('mentoring.end.completed') },
              { value: 'ASSIGNMENT_STATUS_ENDED_EARLY', label: t('mentoring.end.early') },
            ]}
          />
          <TextAreaField
            label={t('mentoring.end.reason')}
            hint={early ? t('mentoring.end.reasonHintEarly') : t('mentoring.end.reasonHint')}
            required={early}
            rows={2}
            maxLength={1000}
            value={reason}
            error={errors.reason ?? errors['']}
            onChange={(event) => {
              setReason(event.target.value);
            }}
          />
          {early && (
            <CheckboxField
              label={t('mentoring.end.rematch')}
              checked={rematch}
              onChange={setRematch}
            />
          )}
          <FormProblem state={end.state} placed={['outcome', 'reason', '']} />
          <div className="form-actions">
            <button
              type="submit"
              className="button danger"
              disabled={end.state.status === 'running'}
            >
              {t('mentoring.end.confirm')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
