import { useState, type SubmitEvent } from 'react';
import type { ActionState } from '../../api/hooks.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { DELIVERY_MODE, SESSION_MODES } from './labels.ts';
import type { SessionDraft } from './session-draft.ts';
import type { Module } from './types.ts';

const PLACED = [
  'settings.moduleCode',
  'settings.title',
  'settings.startsAt',
  'settings.endsAt',
  'settings.mode',
  'settings.location',
  'settings.meetingUrl',
  'settings.checkIn.opensMinutesBefore',
  'settings.checkIn.lateAfterMinutes',
  'settings.checkIn.closesMinutesAfter',
];

/** A session's fields: scheduling a new one, or rescheduling, moving or cancelling one. */
export function SessionForm({
  initial,
  modules,
  state,
  heading,
  submitLabel,
  onSubmit,
  onCancel,
  editing = false,
}: {
  readonly initial: SessionDraft;
  readonly modules: readonly Module[];
  readonly state: ActionState;
  readonly heading: string;
  readonly submitLabel: string;
  readonly onSubmit: (draft: SessionDraft) => void;
  readonly onCancel?: () => void;
  readonly editing?: boolean;
}) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(initial);
  // Times left empty never reach the API (its format check would hide the other fields' errors).
  const [missing, setMissing] = useState<Readonly<Record<string, string>>>({});
  const errors = { ...actionFieldErrors(state), ...missing };
  const set = <K extends keyof SessionDraft>(key: K, value: SessionDraft[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const empty: Record<string, string> = {};
    if (draft.startsAt === '') empty['settings.startsAt'] = t('cohorts.session.timeRequired');
    if (draft.endsAt === '') empty['settings.endsAt'] = t('cohorts.session.timeRequired');
    setMissing(empty);
    if (Object.keys(empty).length === 0) onSubmit(draft);
  };
  return (
    <form className="card" onSubmit={submit} noValidate aria-label={heading}>
      <h3>{heading}</h3>
      <div className="grid-2">
        <SelectField
          label={t('cohorts.session.module')}
          required
          value={draft.moduleCode}
          error={errors['settings.moduleCode']}
          onChange={(event) => {
            set('moduleCode', event.target.value);
          }}
          options={[
            { value: '', label: t('cohorts.session.chooseModule') },
            ...modules.map((module) => ({
              value: module.code,
              label: `${module.code} · ${localized(locale, module.title)}`,
            })),
          ]}
        />
        <TextField
          label={t('cohorts.session.title')}
          required
          value={draft.title}
          error={errors['settings.title']}
          onChange={(event) => {
            set('title', event.target.value);
          }}
        />
        <TextField
          label={t('cohorts.session.startsAt')}
          type="datetime-local"
          required
          hint={t('cohorts.session.timeHint')}
          value={draft.startsAt}
          error={errors['settings.startsAt']}
          onChange={(event) => {
            set('startsAt', event.target.value);
          }}
        />
        <TextField
          label={t('cohorts.session.endsAt')}
          type="datetime-local"
          required
          value={draft.endsAt}
          error={errors['settings.endsAt']}
          onChange={(event) => {
            set('endsAt', event.target.value);
          }}
        />
        <SelectField
          label={t('cohorts.session.mode')}
          required
          value={draft.mode}
          error={errors['settings.mode']}
          onChange={(event) => {
            const mode = SESSION_MODES.find((candidate) => candidate === event.target.value);
            if (mode !== undefined) set('mode', mode);
          }}
          options={SESSION_MODES.map((mode) => ({ value: mode, label: t(DELIVERY_MODE[mode]) }))}
        />
        {draft.mode === 'DELIVERY_MODE_IN_PERSON' ? (
          <TextField
            label={t('cohorts.session.location')}
            required
            value={draft.location}
            error={errors['settings.location']}
            onChange={(event) => {
              set('location', event.target.value);
            }}
          />
        ) : (
          <TextField
            label={t('cohorts.session.meetingUrl')}
            type="url"
            required
            value={draft.meetingUrl}
            error={errors['settings.meetingUrl']}
            onChange={(event) => {
              set('meetingUrl', event.target.value);
            }}
          />
        )}
      </div>
      <fieldset>
        <legend>{t('cohorts.session.checkInWindow')}</legend>
        <div className="grid-3">
          <TextField
            label={t('cohorts.session.opensMinutesBefore')}
            inputMode="numeric"
            value={draft.opensMinutesBefore}
            error={errors['settings.checkIn.opensMinutesBefore']}
            onChange={(event) => {
              set('opensMinutesBefore', event.target.value);
            }}
          />
          <TextField
            label={t('cohorts.session.lateAfterMinutes')}
            inputMode="numeric"
            value={draft.lateAfterMinutes}
            error={errors['settings.checkIn.lateAfterMinutes']}
            onChange={(event) => {
              set('lateAfterMinutes', event.target.value);
            }}
          />
          <TextField
            label={t('cohorts.session.closesMinutesAfter')}
            inputMode="numeric"
            required
            value={draft.closesMinutesAfter}
            error={errors['settings.checkIn.closesMinutesAfter']}
            onChange={(event) => {
              set('closesMinutesAfter', event.target.value);
            }}
          />
        </div>
      </fieldset>
      {editing && (
        <div className="field">
          <label>
            <input
              type="checkbox"
              checked={draft.cancelled}
              onChange={(event) => {
                set('cancelled', event.target.checked);
              }}
            />{' '}
            {t('cohorts.session.cancel')}
          </label>
          <p className="hint">{t('cohorts.session.cancelHint')}</p>
        </div>
      )}
      <FormProblem state={state} placed={PLACED} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={state.status === 'running'}>
          {submitLabel}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
