import { useState, type SubmitEvent } from 'react';
import type { ActionState } from '../../api/hooks.ts';
import { SelectField, TextAreaField, TextField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { MEETING_MODE } from './labels.ts';
import { meetingSettingsOf, type MeetingDraft } from './meeting-draft.ts';
import type { MeetingSettings, SessionMode } from './types.ts';

const MODES: readonly SessionMode[] = ['MEETING_MODE_ONLINE', 'MEETING_MODE_IN_PERSON'];

/** A meeting's time, length and place (a link online, a location in person), and its agenda. */
export function MeetingForm({
  initial,
  state,
  submitLabel,
  onSubmit,
  onCancel,
  label,
}: {
  readonly initial: MeetingDraft;
  readonly state: ActionState;
  readonly submitLabel: string;
  readonly onSubmit: (settings: MeetingSettings) => void;
  readonly onCancel?: () => void;
  /** The form's accessible name. */
  readonly label: string;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<MeetingDraft>(initial);
  const [missing, setMissing] = useState<Readonly<Record<string, string>>>({});
  const errors = { ...actionFieldErrors(state), ...missing };
  const set = <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) => {
    setDraft({ ...draft, [key]: value });
  };
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const settings = meetingSettingsOf(draft);
    if (settings === undefined) {
      setMissing({ 'settings.startsAt': t('mentoring.meeting.whenRequired') });
      return;
    }
    setMissing({});
    onSubmit(settings);
  };
  const online = draft.mode === 'MEETING_MODE_ONLINE';
  // The place rule is the settings' own: the API names the settings, the form the missing field.
  const placeError = errors.settings;
  return (
    <form
      className="card"
      aria-label={label}
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel?.();
      }}
    >
      <div className="grid-2">
        <TextField
          label={t('mentoring.meeting.date')}
          type="date"
          required
          value={draft.date}
          error={errors['settings.startsAt']}
          onChange={(event) => {
            set('date', event.target.value);
          }}
        />
        <TextField
          label={t('mentoring.meeting.time')}
          type="time"
          required
          hint={t('mentoring.meeting.timeHint')}
          value={draft.time}
          onChange={(event) => {
            set('time', event.target.value);
          }}
        />
        <TextField
          label={t('mentoring.meeting.duration')}
          type="number"
          inputMode="numeric"
          required
          min={15}
          max={480}
          value={draft.durationMinutes}
          error={errors['settings.durationMinutes']}
          onChange={(event) => {
            set('durationMinutes', event.target.value);
          }}
        />
        <SelectField
          label={t('mentoring.meeting.mode')}
          required
          value={draft.mode}
          error={errors['settings.mode']}
          onChange={(event) => {
            const mode = MODES.find((value) => value === event.target.value);
            if (mode !== undefined) set('mode', mode);
          }}
          options={MODES.map((mode) => ({ value: mode, label: t(MEETING_MODE[mode]) }))}
        />
      </div>
      {online ? (
        <TextField
          label={t('mentoring.meeting.link')}
          type="url"
          required
          value={draft.meetingUrl}
          error={errors['settings.meetingUrl'] ?? placeError}
          onChange={(event) => {
            set('meetingUrl', event.target.value);
          }}
        />
      ) : (
        <TextField
          label={t('mentoring.meeting.location')}
          required
          maxLength={500}
          value={draft.location}
          error={errors['settings.location'] ?? placeError}
          onChange={(event) => {
            set('location', event.target.value);
          }}
        />
      )}
      <TextAreaField
        label={t('mentoring.meeting.agenda')}
        rows={2}
        maxLength={2000}
        value={draft.agenda}
        error={errors['settings.agenda']}
        onChange={(event) => {
          set('agenda', event.target.value);
        }}
      />
      <FormProblem
        state={state}
        placed={[
          'settings',
          'settings.startsAt',
          'settings.durationMinutes',
          'settings.mode',
          'settings.meetingUrl',
          'settings.location',
          'settings.agenda',
        ]}
      />
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
