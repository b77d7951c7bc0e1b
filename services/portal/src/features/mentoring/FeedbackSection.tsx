import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { CheckboxField, SelectField, TextAreaField } from '../../components/Field.tsx';
import { actionFieldErrors, FormProblem } from '../../components/FormProblem.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { loadFeedback, loadMeetings } from './data.ts';
import { FEEDBACK_ROLE } from './labels.ts';
import type { Assignment } from './types.ts';

const RATINGS = [5, 4, 3, 2, 1] as const;

/** Ratings and comments on meetings or on the whole pair; a comment is shared only if chosen. */
export function FeedbackSection({
  assignment,
  canGive,
  onGiven,
}: {
  readonly assignment: Assignment;
  /** The mentor or the mentee. */
  readonly canGive: boolean;
  readonly onGiven: () => void;
}) {
  const { t, dateTime, date } = useI18n();
  const assignmentId = assignment.id ?? '';
  const feedback = useLoad(() => loadFeedback(assignmentId), [assignmentId]);
  const meetings = useLoad(
    () => (canGive ? loadMeetings(assignmentId) : Promise.resolve({ ok: true as const, data: [] })),
    [assignmentId, canGive],
  );
  const held =
    meetings.status === 'ok'
      ? meetings.data.filter((meeting) => meeting.status === 'MEETING_STATUS_HELD')
      : [];
  const [meetingId, setMeetingId] = useState('');
  const [rating, setRating] = useState('5');
  const [comment, setComment] = useState('');
  const [shared, setShared] = useState(true);
  const submit = useAction(
    () =>
      call(
        api.POST('/api/v1/mentoring/assignments/{assignmentId}/feedback', {
          params: { path: { assignmentId } },
          body: {
            ...(meetingId === '' ? {} : { meetingId }),
            rating: Number(rating),
            comment: comment.trim(),
            shared,
          },
        }),
      ),
    () => {
      setComment('');
      feedback.reload();
      onGiven();
    },
  );
  const errors = actionFieldErrors(submit.state);
  const send = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit.execute();
  };
  const meetingWhen = (id: string | undefined) =>
    dateTime(held.find((meeting) => meeting.id === id)?.settings?.startsAt);
  return (
    <section className="card" aria-labelledby="mentoring-feedback-heading">
      <h2 id="mentoring-feedback-heading">{t('mentoring.feedback.title')}</h2>
      {feedback.status === 'loading' && <Loading />}
      {feedback.status === 'failed' && <ProblemAlert failure={feedback.failure} />}
      {feedback.status === 'ok' && feedback.data.length === 0 && (
        <p className="muted">{t('mentoring.feedback.none')}</p>
      )}
      {feedback.status === 'ok' && feedback.data.length > 0 && (
        <ul>
          {feedback.data.map((item) => (
            <li key={item.id ?? ''}>
              <strong>{t(FEEDBACK_ROLE[item.authorRole ?? 'FEEDBACK_ROLE_UNSPECIFIED'])}</strong> ·{' '}
              {t('mentoring.feedback.stars', { rating: item.rating ?? 0 })} ·{' '}
              {item.meetingId === undefined || item.meetingId === ''
                ? t('mentoring.feedback.aboutPair')
                : t('mentoring.feedback.aboutMeeting', {
                    when: meetingWhen(item.meetingId) || t('mentoring.feedback.aMeeting'),
                  })}{' '}
              · <span className="muted">{date(item.submittedAt)}</span>
              {item.comment !== undefined && item.comment !== '' && <p>{item.comment}</p>}
              {item.shared === false && (
                <p className="muted small">{t('mentoring.feedback.notShared')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
      {canGive && (
        <form onSubmit={send} noValidate aria-label={t('mentoring.feedback.give')}>
          <h3>{t('mentoring.feedback.give')}</h3>
          <div className="grid-2">
            <SelectField
              label={t('mentoring.feedback.about')}
              value={meetingId}
              error={errors.meetingId}
              onChange={(event) => {
                setMeetingId(event.target.value);
              }}
              options={[
                { value: '', label: t('mentoring.feedback.aboutPair') },
                ...held.map((meeting) => ({
                  value: meeting.id ?? '',
                  label: t('mentoring.feedback.aboutMeeting', {
                    when: dateTime(meeting.settings?.startsAt),
                  }),
                })),
              ]}
            />
            <SelectField
              label={t('mentoring.feedback.rating')}
              required
              value={rating}
              error={errors.rating}
              onChange={(event) => {
                setRating(event.target.value);
              }}
              options={RATINGS.map((value) => ({
                value: String(value),
                label: t('mentoring.feedback.ratingOption', { rating: value }),
              }))}
            />
          </div>
          <TextAreaField
            label={t('mentoring.feedback.comment')}
            rows={3}
            maxLength={2000}
            value={comment}
            error={errors.comment}
            onChange={(event) => {
              setComment(event.target.value);
            }}
          />
          <CheckboxField
            label={t('mentoring.feedback.shared')}
            checked={shared}
            onChange={setShared}
          />
          <FormProblem state={submit.state} placed={['meetingId', 'rating', 'comment']} />
          {submit.state.status === 'done' && <Notice>{t('mentoring.feedback.sent')}</Notice>}
          <div className="form-actions">
            <button
              type="submit"
              className="button primary"
              disabled={submit.state.status === 'running'}
            >
              {t('mentoring.feedback.send')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
