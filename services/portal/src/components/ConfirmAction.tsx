import { useEffect, useId, useRef, useState, type ReactNode, type SubmitEvent } from 'react';
import type { ActionState } from '../api/hooks.ts';
import { fieldErrors } from '../api/problem.ts';
import { TextAreaField } from './Field.tsx';
import { ProblemAlert } from './Status.tsx';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A button whose action is confirmed first, with the reason the API asks for when it asks for
 * one: the button opens a small form below it (focus moves to the reason, or to the confirm
 * button), Escape or Cancel closes it and gives focus back to the button.
 */
export function ConfirmAction({
  label,
  question,
  confirmLabel,
  reasonLabel,
  reasonHint,
  danger = false,
  primary = false,
  state,
  onConfirm,
  children,
}: {
  readonly label: string;
  readonly question: string;
  readonly confirmLabel: string;
  /** Asks for a reason (sent as the API's `reason` or `note`) when set. */
  readonly reasonLabel?: string;
  readonly reasonHint?: string;
  readonly danger?: boolean;
  readonly primary?: boolean;
  readonly state: ActionState;
  readonly onConfirm: (reason: string) => void;
  /** More fields of the confirmation (a decision's outcome). */
  readonly children?: ReactNode;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const trigger = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLFormElement>(null);
  const headingId = useId();
  useEffect(() => {
    if (!open) return;
    const first = box.current?.querySelector<HTMLElement>('textarea, select, input, button');
    first?.focus();
  }, [open]);
  useEffect(() => {
    if (state.status === 'done') setOpen(false);
  }, [state]);
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onConfirm(reason.trim());
  };
  const problem =
    state.status === 'failed' && state.failure.kind === 'problem'
      ? state.failure.problem
      : undefined;
  const errors = fieldErrors(problem);
  const reasonError = errors.reason ?? errors.note;
  return (
    <div className="confirm-action">
      <button
        ref={trigger}
        type="button"
        className={`button${danger ? ' danger' : ''}${primary ? ' primary' : ''}`}
        aria-expanded={open}
        onClick={() => {
          setOpen((value) => !value);
        }}
      >
        {label}
      </button>
      {open && (
        <form
          ref={box}
          className={`card${danger ? ' confirm-box' : ''}`}
          aria-labelledby={headingId}
          onSubmit={submit}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <p id={headingId}>
            <strong>{question}</strong>
          </p>
          {children}
          {reasonLabel !== undefined && (
            <TextAreaField
              label={reasonLabel}
              name="reason"
              required
              value={reason}
              hint={reasonHint}
              error={reasonError}
              onChange={(event) => {
                setReason(event.target.value);
              }}
            />
          )}
          {state.status === 'failed' && reasonError === undefined && (
            <ProblemAlert failure={state.failure} />
          )}
          <div className="form-actions">
            <button
              type="submit"
              className={`button${danger ? ' danger' : ' primary'}`}
              disabled={state.status === 'running'}
            >
              {confirmLabel}
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
