import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { SelectField, TextAreaField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { Badge, Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { loadMeetings } from './data.ts';
import { MEETING_MODE, MEETING_STATUS } from './labels.ts';
import { MeetingForm } from './MeetingForm.tsx';
import { draftOfMeeting, EMPTY_MEETING } from './meeting-draft.ts';
import type { Assignment, Meeting, MeetingSettings } from './types.ts';

/** The pair's meetings: scheduled ones to move or cancel, past ones to record held or missed. */
export function MeetingsSection({
  assignment,
  canChange,
  onChanged,
}: {
  readonly assignment: Assignment;
  /** Mentor, mentee or office on an active pair. */
  readonly canChange: boolean;
  /** A meeting changed: the pair's counts (held, next) change with it. */
  readonly onChanged: () => void;
}) {
  const { t } = useI18n();
  const assignmentId = assignment.id ?? '';
  const meetings = useLoad(() => loadMeetings(assignmentId), [assignmentId]);
  const [scheduling, setScheduling] = useState(false);
  const changed = () => {
    meetings.reload();
    onChanged();
  };
  const schedule = useAction(
    (settings: MeetingSettings) =>
      call(
        api.POST('/api/v1/mentoring/assignments/{assignmentId}/meetings', {
          params: { path: { assignmentId } },
          body: { settings },
        }),
      ),
    () => {
      setScheduling(false);
      changed();
    },
  );
  return (
    <section className="card" aria-labelledby="mentoring-meetings-heading">
      <h2 id="mentoring-meetings-heading">{t('mentoring.meeting.title')}</h2>
      {meetings.status === 'loading' && <Loading />}
      {meetings.status === 'failed' && <ProblemAlert failure={meetings.failure} />}
      {meetings.status === 'ok' && meetings.data.length === 0 && (
        <p className="muted">{t('mentoring.meeting.none')}</p>
      )}
      {meetings.status === 'ok' && (
        <ul className="plain">
          {meetings.data.map((meeting) => (
            <MeetingItem
              key={meeting.id ?? ''}
              meeting={meeting}
              canChange={canChange}
              onChanged={changed}
            />
          ))}
        </ul>
      )}
      {canChange && !scheduling && (
        <p>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              schedule.reset();
              setScheduling(true);
            }}
          >
            {t('mentoring.meeting.schedule')}
          </button>
        </p>
      )}
      {canChange && scheduling && (
        <MeetingForm
          initial={EMPTY_MEETING}
          label={t('mentoring.meeting.schedule')}
          state={schedule.state}
          submitLabel={t('mentoring.meeting.scheduleSubmit')}
          onSubmit={(settings) => void schedule.execute(settings)}
          onCancel={() => {
            setScheduling(false);
          }}
        />
      )}
    </section>
  );
}

function MeetingItem({
  meeting,
  canChange,
  onChanged,
}: {
  readonly meeting: Meeting;
  readonly canChange: boolean;
  readonly onChanged: () => void;
}) {
  const { t, dateTime } = useI18n();
  const [mode, setMode] = useState<'view' | 'move' | 'outcome'>('view');
  const meetingId = meeting.id ?? '';
  const settings = meeting.settings;
  const when = dateTime(settings?.startsAt);
  const update = useAction(
    (body: { settings: MeetingSettings; cancel?: boolean; cancellationReason?: string }) =>
      call(
        api.PUT('/api/v1/mentoring/meetings/{meetingId}', {
          params: { path: { meetingId } },
          body: { expectedVersion: meeting.version ?? 1, ...body },
        }),
      ),
    () => {
      setMode('view');
      onChanged();
    },
  );
  const cancel = useAction(
    (reason: string) =>
      call(
        api.PUT('/api/v1/mentoring/meetings/{meetingId}', {
          params: { path: { meetingId } },
          body: {
            expectedVersion: meeting.version ?? 1,
            settings: settings ?? { startsAt: '', durationMinutes: 0, mode: 'MEETING_MODE_ONLINE' },
            cancel: true,
            cancellationReason: reason,
          },
        }),
      ),
    onChanged,
  );
  const status = meeting.status ?? 'MEETING_STATUS_UNSPECIFIED';
  const scheduled = status === 'MEETING_STATUS_SCHEDULED';
  return (
    <li className="mentoring-meeting">
      <p>
        <strong>{when}</strong> ·{' '}
        {t('mentoring.meeting.minutes', { count: settings?.durationMinutes ?? 0 })} ·{' '}
        {t(MEETING_MODE[settings?.mode ?? 'MEETING_MODE_UNSPECIFIED'])}{' '}
        <Badge tone={scheduled ? 'info' : status === 'MEETING_STATUS_HELD' ? 'good' : 'neutral'}>
          {t(MEETING_STATUS[status])}
        </Badge>
      </p>
      {settings?.meetingUrl !== undefined && settings.meetingUrl !== '' && (
        <p>
          <a href={settings.meetingUrl} rel="noreferrer noopener" target="_blank">
            {t('mentoring.meeting.join', { when })}
          </a>
        </p>
      )}
      {settings?.location !== undefined && settings.location !== '' && (
        <p>{t('mentoring.meeting.at', { location: settings.location })}</p>
      )}
      {settings?.agenda !== undefined && settings.agenda !== '' && (
        <p className="muted">{settings.agenda}</p>
      )}
      {meeting.summary !== undefined && meeting.summary !== '' && (
        <p>
          <strong>{t('mentoring.meeting.notes')}:</strong> {meeting.summary}
        </p>
      )}
      {meeting.cancellationReason !== undefined && meeting.cancellationReason !== '' && (
        <p className="muted">
          {t('mentoring.meeting.cancelledBecause', { reason: meeting.cancellationReason })}
        </p>
      )}
      {canChange && scheduled && mode === 'view' && (
        <div className="form-actions">
          <button
            type="button"
            className="button small"
            aria-label={t('mentoring.meeting.recordFor', { when })}
            onClick={() => {
              setMode('outcome');
            }}
          >
            {t('mentoring.meeting.record')}
          </button>
          <button
            type="button"
            className="button small"
            aria-label={t('mentoring.meeting.moveFor', { when })}
            onClick={() => {
              update.reset();
              setMode('move');
            }}
          >
            {t('mentoring.meeting.move')}
          </button>
          <ConfirmAction
            label={t('mentoring.meeting.cancel')}
            question={t('mentoring.meeting.cancelQuestion', { when })}
            confirmLabel={t('mentoring.meeting.cancelConfirm')}
            reasonLabel={t('mentoring.meeting.cancelReason')}
            danger
            state={cancel.state}
            onConfirm={(reason) => void cancel.execute(reason)}
          />
        </div>
      )}
      {mode === 'move' && (
        <MeetingForm
          initial={draftOfMeeting(meeting)}
          label={t('mentoring.meeting.moveFor', { when })}
          state={update.state}
          submitLabel={t('mentoring.meeting.moveSubmit')}
          onSubmit={(next) => void update.execute({ settings: next })}
          onCancel={() => {
            setMode('view');
          }}
        />
      )}
      {mode === 'outcome' && (
        <OutcomeForm
          meeting={meeting}
          label={t('mentoring.meeting.recordFor', { when })}
          onDone={() => {
            setMode('view');
            onChanged();
          }}
          onCancel={() => {
            setMode('view');
          }}
        />
      )}
    </li>
  );
}

type Outcome = 'MEETING_STATUS_HELD' | 'MEETING_STATUS_MISSED';

function OutcomeForm({
  meeting,
  label,
  onDone,
  onCancel,
}: {
  readonly meeting: Meeting;
  readonly label: string;
  readonly onDone: () => void;
  readonly onCancel: () => void;
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Outcome>('MEETING_STATUS_HELD');
  const [summary, setSummary] = useState('');
  const record = useAction(
    () =>
      call(
        api.POST('/api/v1/mentoring/meetings/{meetingId}/outcome', {
          params: { path: { meetingId: meeting.id ?? '' } },
          body: { expectedVersion: meeting.version ?? 1, status, summary: summary.trim() },
        }),
      ),
    onDone,
  );
  const errors = actionFieldErrors(record.state);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void record.execute();
  };
  return (
    <form
      className="card"
      aria-label={label}
      onSubmit={submit}
      noValidate
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <SelectField
        label={t('mentoring.meeting.outcome')}
        required
        value={status}
        error={errors.status}
        onChange={(event) => {
          setStatus(
            event.target.value === 'MEETING_STATUS_MISSED'
              ? 'MEETING_STATUS_MISSED'
              : 'MEETING_STATUS_HELD',
          );
        }}
        options={[
          { value: 'MEETING_STATUS_HELD', label: t('mentoring.meeting.held') },
          { value: 'MEETING_STATUS_MISSED', label: t('mentoring.meeting.missed') },
        ]}
      />
      <TextAreaField
        label={t('mentoring.meeting.notes')}
        hint={t('mentoring.meeting.notesHint')}
        rows={3}
        maxLength={4000}
        value={summary}
        error={errors.summary}
        onChange={(event) => {
          setSummary(event.target.value);
        }}
      />
      <FormProblem state={record.state} placed={['status', 'summary']} />
      <div className="form-actions">
        <button
          type="submit"
          className="button primary"
          disabled={record.state.status === 'running'}
        >
          {t('mentoring.meeting.recordSubmit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
