import { useState, type SubmitEvent } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import type { Outcome } from '../../api/pages.ts';
import { fieldErrors } from '../../api/problem.ts';
import { setQuery } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { SelectField, TextField } from '../../components/Field.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  CHECK_IN_CODE,
  checkInCandidates,
  checkInRefusal,
  checkInWindow,
  isOpenNow,
  isSessionId,
  normaliseCode,
} from './checkIn.ts';
import { ATTENDANCE_LABEL } from './labels.ts';
import type { AttendanceRecord, Session } from './model.ts';
import './expert.css';

/** The sessions of the cohorts the signed-in trainee is enrolled in. */
async function mySessions(): Promise<Outcome<Session[]>> {
  const enrolments = await call(
    api.GET('/api/v1/enrolments', {
      params: {
        query: { onlyMine: true, statuses: ['ENROLMENT_STATUS_ENROLLED'], 'page.pageSize': 50 },
      },
    }),
  );
  if (!enrolments.ok) return enrolments;
  const cohorts = [
    ...new Set(
      (enrolments.data.enrolments ?? [])
        .map((enrolment) => enrolment.cohortId ?? '')
        .filter((id) => id !== ''),
    ),
  ];
  const lists = await Promise.all(
    cohorts.map((cohortId) =>
      call(
        api.GET('/api/v1/cohorts/{cohortId}/sessions', {
          params: { path: { cohortId }, query: { 'page.pageSize': 200 } },
        }),
      ),
    ),
  );
  const sessions: Session[] = [];
  for (const list of lists) {
    if (!list.ok) return list;
    sessions.push(...(list.data.sessions ?? []));
  }
  return { ok: true, data: sessions };
}

/**
 * Checking in to a training session with the code shown in the room. The room's QR code opens
 * this page with the session and the code filled in, so one tap checks in.
 */
export default function CheckIn({ query }: ScreenProps) {
  const { t, dateTime } = useI18n();
  const fromLink = query.get('session') ?? '';
  const linkedSession = isSessionId(fromLink) ? fromLink : '';
  const [code, setCode] = useState(() => normaliseCode(query.get('code') ?? ''));
  const [chosen, setChosen] = useState('');
  const [now] = useState(() => new Date());
  const sessions = useLoad(mySessions, []);
  const known = sessions.status === 'ok' ? sessions.data : [];
  const candidates = checkInCandidates(known, now);
  const sessionId = linkedSession !== '' ? linkedSession : chosen || (candidates[0]?.id ?? '');
  const session = known.find((item) => item.id === sessionId);

  const [record, setRecord] = useState<AttendanceRecord>();
  const checkIn = useAction(
    (id: string, typed: string) =>
      call(
        api.POST('/api/v1/sessions/{sessionId}/check-in', {
          params: { path: { sessionId: id } },
          body: { code: typed },
        }),
      ),
    (data) => {
      setRecord(data.record ?? {});
      // A reload of the page must not send the code again.
      setQuery({ code: undefined });
    },
  );
  const [codeError, setCodeError] = useState<string>();
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = normaliseCode(code);
    if (!CHECK_IN_CODE.test(typed)) {
      setCodeError(t('expert.checkIn.error.codeFormat'));
      return;
    }
    setCodeError(undefined);
    void checkIn.execute(sessionId, typed);
  };

  const state = checkIn.state;
  const problem =
    state.status === 'failed' && state.failure.kind === 'problem'
      ? state.failure.problem
      : undefined;
  const refusal = problem === undefined ? undefined : checkInRefusal(problem);
  const apiCodeError =
    refusal?.place === 'code'
      ? refusal.message === 'expert.checkIn.error.codeFormat'
        ? (fieldErrors(problem).code ?? t(refusal.message))
        : t(refusal.message)
      : undefined;
  const sessionError = refusal?.place === 'session' ? t(refusal.message) : undefined;
  const openWindow = session === undefined ? undefined : checkInWindow(session);

  if (record !== undefined) {
    return (
      <Page title={t('expert.checkIn.title')}>
        <Success record={record} sessionTitle={session?.settings?.title} />
      </Page>
    );
  }

  return (
    <Page title={t('expert.checkIn.title')}>
      <p>{t('expert.checkIn.intro')}</p>
      <form className="card expert-check-in" onSubmit={submit} noValidate>
        {sessions.status === 'loading' && <Loading />}
        {linkedSession !== '' ? (
          <div className="field">
            <p className="expert-check-in-session">
              <strong>{t('expert.checkIn.session')}:</strong>{' '}
              {session?.settings?.title ?? t('expert.checkIn.linkedSession')}
              {session?.settings !== undefined && (
                <span className="muted"> · {dateTime(session.settings.startsAt)}</span>
              )}
            </p>
            {sessionError !== undefined && (
              <p className="field-error" role="alert">
                {sessionError}
              </p>
            )}
          </div>
        ) : sessions.status === 'ok' && candidates.length === 0 ? (
          <div className="alert alert-warn">
            <p>{t('expert.checkIn.noSessions')}</p>
          </div>
        ) : (
          sessions.status === 'ok' && (
            <SelectField
              label={t('expert.checkIn.session')}
              value={sessionId}
              required
              error={sessionError}
              hint={
                openWindow === undefined
                  ? undefined
                  : t('expert.checkIn.window', {
                      opens: dateTime(openWindow.opensAt),
                      closes: dateTime(openWindow.closesAt),
                    })
              }
              options={candidates.map((item) => ({
                value: item.id ?? '',
                label: t(
                  isOpenNow(item, now) ? 'expert.checkIn.optionOpen' : 'expert.checkIn.option',
                  {
                    title: item.settings?.title ?? '',
                    start: dateTime(item.settings?.startsAt),
                  },
                ),
              }))}
              onChange={(event) => {
                setChosen(event.target.value);
                checkIn.reset();
              }}
            />
          )
        )}
        {sessions.status === 'failed' && linkedSession === '' && (
          <ProblemAlert failure={sessions.failure} />
        )}
        <TextField
          label={t('expert.checkIn.code')}
          name="code"
          value={code}
          required
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          maxLength={9}
          className="expert-code-input"
          hint={t('expert.checkIn.codeHint')}
          error={codeError ?? apiCodeError}
          onChange={(event) => {
            setCode(event.target.value);
            setCodeError(undefined);
            checkIn.reset();
          }}
        />
        {state.status === 'failed' && refusal === undefined && (
          <ProblemAlert failure={state.failure} />
        )}
        <button
          type="submit"
          className="button primary wide"
          disabled={state.status === 'running' || sessionId === ''}
        >
          {state.status === 'running' ? t('expert.checkIn.running') : t('expert.checkIn.submit')}
        </button>
      </form>
    </Page>
  );
}

function Success({
  record,
  sessionTitle,
}: {
  readonly record: AttendanceRecord;
  readonly sessionTitle: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <section
      className="alert alert-success expert-alert"
      role="status"
      aria-labelledby="expert-checked-in"
    >
      <h2 id="expert-checked-in">
        <span aria-hidden="true">✓ </span>
        {t('expert.checkIn.done')}
      </h2>
      {sessionTitle !== undefined && <p>{sessionTitle}</p>}
      <p>
        {t('expert.checkIn.recordedAs', {
          status: t(ATTENDANCE_LABEL[record.status ?? 'ATTENDANCE_STATUS_UNSPECIFIED']),
        })}
      </p>
      {record.status === 'ATTENDANCE_STATUS_LATE' && <p>{t('expert.checkIn.lateHint')}</p>}
    </section>
  );
}
