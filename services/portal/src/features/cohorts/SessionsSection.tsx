import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { loadSessions } from './data.ts';
import { DELIVERY_MODE } from './labels.ts';
import { sessionsInOrder } from './logic.ts';
import {
  draftOfSession,
  EMPTY_SESSION,
  settingsOfSessionDraft,
  type SessionDraft,
} from './session-draft.ts';
import { SessionForm } from './SessionForm.tsx';
import type { Module, Session } from './types.ts';

/**
 * A cohort's sessions: when and where, links to the room's check-in screen and the attendance
 * sheet (facilitators and the office), and scheduling and rescheduling for the office.
 */
export function SessionsSection({
  cohortId,
  modules,
  office,
}: {
  readonly cohortId: string;
  readonly modules: readonly Module[];
  readonly office: boolean;
}) {
  const { t, dateTime } = useI18n();
  const sessions = useLoad(() => loadSessions(cohortId), [cohortId]);
  const [editing, setEditing] = useState<Session | undefined>();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  const schedule = useAction(
    (draft: SessionDraft) =>
      call(
        api.POST('/api/v1/cohorts/{cohortId}/sessions', {
          params: { path: { cohortId } },
          body: { settings: settingsOfSessionDraft(draft) },
        }),
      ),
    () => {
      setAdding(false);
      setNotice(t('cohorts.session.scheduled'));
      sessions.reload();
    },
  );
  const update = useAction(
    (session: Session, draft: SessionDraft) =>
      call(
        api.PUT('/api/v1/sessions/{sessionId}', {
          params: { path: { sessionId: session.id ?? '' } },
          body: {
            expectedVersion: session.version ?? 0,
            settings: settingsOfSessionDraft(draft),
            cancelled: draft.cancelled,
          },
        }),
      ),
    () => {
      setEditing(undefined);
      setNotice(t('common.saved'));
      sessions.reload();
    },
  );
  const { locale } = useI18n();
  const moduleTitle = (code: string | undefined) => {
    const found = modules.find((module) => module.code === code);
    return found === undefined ? (code ?? '') : `${found.code} · ${localized(locale, found.title)}`;
  };
  const endOf = (session: Session) => {
    const start = dateTime(session.settings?.startsAt);
    const end = dateTime(session.settings?.endsAt);
    // The same day: only the end's time.
    return start.slice(0, 10) === end.slice(0, 10) ? end.slice(11) : end;
  };
  const columns: Column<Session>[] = [
    {
      key: 'startsAt',
      header: t('cohorts.session.startsAt'),
      cell: (session) => (
        <>
          {dateTime(session.settings?.startsAt)}
          <span className="muted small"> – {endOf(session)}</span>
        </>
      ),
      sortValue: (session) => session.settings?.startsAt ?? '',
    },
    {
      key: 'title',
      header: t('cohorts.session.title'),
      cell: (session) => (
        <>
          {session.settings?.title}
          {session.cancelled === true && (
            <>
              {' '}
              <Badge tone="bad">{t('cohorts.session.cancelled')}</Badge>
            </>
          )}
        </>
      ),
      sortValue: (session) => session.settings?.title ?? '',
    },
    {
      key: 'module',
      header: t('cohorts.session.module'),
      cell: (session) => moduleTitle(session.settings?.moduleCode),
      sortValue: (session) => session.settings?.moduleCode ?? '',
    },
    {
      key: 'place',
      header: t('cohorts.session.place'),
      cell: (session) =>
        session.settings === undefined ? null : (
          <>
            {t(DELIVERY_MODE[session.settings.mode])}
            <br />
            {session.settings.mode === 'DELIVERY_MODE_ONLINE' ? (
              <a href={session.settings.meetingUrl} target="_blank" rel="noreferrer">
                {session.settings.meetingUrl}
              </a>
            ) : (
              session.settings.location
            )}
          </>
        ),
    },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (session) => {
        const id = session.id ?? '';
        const title = session.settings?.title ?? '';
        return (
          <div className="row-actions">
            {session.cancelled !== true && (
              <Link
                className="button small"
                to={`/cohorts/${cohortId}/sessions/${id}/check-in-code`}
                aria-label={t('cohorts.session.checkInScreenFor', { title })}
              >
                {t('cohorts.session.checkInScreen')}
              </Link>
            )}
            <Link
              className="button small"
              to={`/cohorts/${cohortId}/sessions/${id}/attendance`}
              aria-label={t('cohorts.session.attendanceFor', { title })}
            >
              {t('cohorts.session.attendance')}
            </Link>
            {office && (
              <button
                type="button"
                className="button small"
                aria-label={t('cohorts.session.editFor', { title })}
                onClick={() => {
                  update.reset();
                  setAdding(false);
                  setNotice('');
                  setEditing(session);
                }}
              >
                {t('cohorts.session.edit')}
              </button>
            )}
          </div>
        );
      },
    },
  ];
  return (
    <section aria-labelledby="sessions-heading">
      <div className="section-head">
        <h2 id="sessions-heading">{t('cohorts.detail.sessions')}</h2>
        {office && !adding && (
          <button
            type="button"
            className="button"
            onClick={() => {
              schedule.reset();
              setEditing(undefined);
              setNotice('');
              setAdding(true);
            }}
          >
            {t('cohorts.session.schedule')}
          </button>
        )}
      </div>
      {notice !== '' && <Notice>{notice}</Notice>}
      {adding && (
        <SessionForm
          initial={EMPTY_SESSION}
          modules={modules}
          state={schedule.state}
          heading={t('cohorts.session.schedule')}
          submitLabel={t('cohorts.session.scheduleSubmit')}
          onSubmit={(draft) => void schedule.execute(draft)}
          onCancel={() => {
            setAdding(false);
          }}
        />
      )}
      {editing !== undefined && (
        <SessionForm
          key={editing.id}
          initial={draftOfSession(editing)}
          modules={modules}
          state={update.state}
          heading={t('cohorts.session.editing', { title: editing.settings?.title ?? '' })}
          submitLabel={t('common.save')}
          onSubmit={(draft) => void update.execute(editing, draft)}
          onCancel={() => {
            setEditing(undefined);
          }}
          editing
        />
      )}
      {sessions.status === 'loading' && <Loading />}
      {sessions.status === 'failed' &&
        (sessions.failure.kind === 'problem' && sessions.failure.problem.status === 403 ? (
          <p className="muted">{t('cohorts.detail.sessionsHidden')}</p>
        ) : (
          <ProblemAlert failure={sessions.failure} />
        ))}
      {sessions.status === 'ok' && (
        <DataTable
          caption={t('cohorts.detail.sessions')}
          columns={columns}
          rows={sessionsInOrder(sessions.data)}
          rowKey={(session) => session.id ?? ''}
        />
      )}
    </section>
  );
}
