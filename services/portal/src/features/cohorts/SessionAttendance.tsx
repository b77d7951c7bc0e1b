import { useEffect, useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { AttendanceImport } from './AttendanceImport.tsx';
import { loadAttendance, loadCohort, loadEnrolments, loadSessions } from './data.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { ATTENDANCE_SOURCE, ATTENDANCE_STATUS, ATTENDANCE_TONE, MARK_STATUSES } from './labels.ts';
import {
  attendanceCounts,
  attendanceRoster,
  changedMarks,
  type MarkDraft,
  type RosterRow,
} from './logic.ts';
import type { AttendanceStatus, MarkStatus } from './types.ts';
import './cohorts.css';

const COUNTED: readonly (AttendanceStatus | 'unmarked')[] = [
  'ATTENDANCE_STATUS_PRESENT',
  'ATTENDANCE_STATUS_LATE',
  'ATTENDANCE_STATUS_ABSENT',
  'ATTENDANCE_STATUS_EXCUSED',
  'unmarked',
];

/**
 * One session's attendance: who checked in or was marked, and how. The office and the cohort's
 * facilitators mark by hand (overriding check-ins) or import a list; nominating organisations
 * see their own trainees.
 */
export default function SessionAttendance({ params }: ScreenProps) {
  const { t, dateTime, number, locale } = useI18n();
  const { hasRole, state } = useSession();
  const cohortId = params.cohortId ?? '';
  const sessionId = params.sessionId ?? '';
  const cohort = useLoad(() => loadCohort(cohortId), [cohortId]);
  const sessions = useLoad(() => loadSessions(cohortId), [cohortId]);
  const enrolments = useLoad(() => loadEnrolments({ cohortId }), [cohortId]);
  const records = useLoad(() => loadAttendance({ sessionId }), [sessionId]);
  const [drafts, setDrafts] = useState<Record<string, MarkDraft>>({});
  const [notice, setNotice] = useState('');
  const subject = state.status === 'signed-in' ? state.user.subject : '';
  const settings = cohort.status === 'ok' ? cohort.data.cohort?.settings : undefined;
  const staff =
    hasRole('programme-office') ||
    (settings?.facilitators ?? []).some((facilitator) => facilitator.subject === subject);
  const session =
    sessions.status === 'ok' ? sessions.data.find((found) => found.id === sessionId) : undefined;
  const roster =
    enrolments.status === 'ok' && records.status === 'ok'
      ? attendanceRoster(enrolments.data, records.data)
      : [];
  const rosterKey = JSON.stringify(
    roster.map((row) => [row.enrolmentId, row.record?.status, row.record?.note]),
  );
  useEffect(() => {
    // The sheet starts from what is recorded; after a save or an import, from the new records.
    setDrafts(
      Object.fromEntries(
        roster.map((row) => [
          row.enrolmentId,
          {
            status: MARK_STATUSES.find((status) => status === row.record?.status) ?? '',
            note: row.record?.note ?? '',
          },
        ]),
      ),
    );
  }, [rosterKey]);
  const marks = changedMarks(roster, drafts);
  const save = useAction(
    () =>
      call(
        api.POST('/api/v1/sessions/{sessionId}/attendance', {
          params: { path: { sessionId } },
          body: { marks },
        }),
      ),
    (answer) => {
      setNotice(t('cohorts.attendance.saved', { count: (answer.records ?? []).length }));
      records.reload();
      enrolments.reload();
    },
  );
  const setDraft = (enrolmentId: string, change: Partial<MarkDraft>) => {
    setNotice('');
    setDrafts((previous) => ({
      ...previous,
      [enrolmentId]: { status: '', note: '', ...previous[enrolmentId], ...change },
    }));
  };
  const markUnmarkedPresent = () => {
    for (const row of roster) {
      if (drafts[row.enrolmentId]?.status === '' || drafts[row.enrolmentId] === undefined) {
        setDraft(row.enrolmentId, { status: 'ATTENDANCE_STATUS_PRESENT' });
      }
    }
  };
  const counts = attendanceCounts(roster);
  const nameOf = (enrolmentId: string) =>
    roster.find((row) => row.enrolmentId === enrolmentId)?.name ?? '';
  const columns: Column<RosterRow>[] = [
    {
      key: 'name',
      header: t('cohorts.trainee.name'),
      cell: (row) => (
        <>
          {row.name}
          <br />
          <span className="muted small">{row.email}</span>
        </>
      ),
      sortValue: (row) => row.name,
    },
    {
      key: 'status',
      header: t('cohorts.attendance.recorded'),
      cell: (row) => {
        const status = row.record?.status ?? 'ATTENDANCE_STATUS_UNSPECIFIED';
        return (
          <>
            <Badge tone={ATTENDANCE_TONE[status]}>{t(ATTENDANCE_STATUS[status])}</Badge>
            {row.record?.source !== undefined && (
              <p className="muted small">
                {t(ATTENDANCE_SOURCE[row.record.source])} · {dateTime(row.record.recordedAt)}
              </p>
            )}
            {!staff && row.record?.note !== undefined && row.record.note !== '' && (
              <p className="small">{row.record.note}</p>
            )}
          </>
        );
      },
      sortValue: (row) =>
        t(ATTENDANCE_STATUS[row.record?.status ?? 'ATTENDANCE_STATUS_UNSPECIFIED']),
    },
    ...(staff
      ? [
          {
            key: 'mark',
            header: t('cohorts.attendance.mark'),
            cell: (row: RosterRow) => (
              <select
                aria-label={t('cohorts.attendance.markFor', { name: row.name })}
                value={drafts[row.enrolmentId]?.status ?? ''}
                onChange={(event) => {
                  const status: MarkStatus | undefined = MARK_STATUSES.find(
                    (candidate) => candidate === event.target.value,
                  );
                  setDraft(row.enrolmentId, { status: status ?? '' });
                }}
              >
                <option value="">{t('cohorts.attendance.status.unmarked')}</option>
                {MARK_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(ATTENDANCE_STATUS[status])}
                  </option>
                ))}
              </select>
            ),
          },
          {
            key: 'note',
            header: t('cohorts.attendance.note'),
            cell: (row: RosterRow) => (
              <input
                type="text"
                aria-label={t('cohorts.attendance.noteFor', { name: row.name })}
                value={drafts[row.enrolmentId]?.note ?? ''}
                onChange={(event) => {
                  setDraft(row.enrolmentId, { note: event.target.value });
                }}
              />
            ),
          },
        ]
      : []),
  ];
  const failure =
    (cohort.status === 'failed' && cohort.failure) ||
    (enrolments.status === 'failed' && enrolments.failure) ||
    (records.status === 'failed' && records.failure) ||
    undefined;
  return (
    <Page
      title={
        session?.settings === undefined
          ? t('cohorts.attendance.titleUnknown')
          : t('cohorts.attendance.title', { title: session.settings.title })
      }
      actions={
        <>
          {staff && session?.cancelled !== true && (
            <Link
              className="button"
              to={`/cohorts/${cohortId}/sessions/${sessionId}/check-in-code`}
            >
              {t('cohorts.session.checkInScreen')}
            </Link>
          )}
          <Link className="button" to={`/cohorts/${cohortId}`}>
            {t('cohorts.backToCohort')}
          </Link>
        </>
      }
    >
      {settings !== undefined && (
        <p className="muted">
          {localized(locale, settings.name)}
          {session?.settings !== undefined &&
            ` · ${t('cohorts.checkIn.sessionTime', {
              start: dateTime(session.settings.startsAt),
              end: dateTime(session.settings.endsAt),
            })}`}
        </p>
      )}
      {failure !== undefined && <ProblemAlert failure={failure} />}
      {failure === undefined &&
        (enrolments.status === 'loading' || records.status === 'loading') && <Loading />}
      {enrolments.status === 'ok' && records.status === 'ok' && (
        <>
          <ul className="stats plain" aria-label={t('cohorts.attendance.summary')}>
            {COUNTED.map((status) => (
              <li className="stat" key={status}>
                <span className="value">{number(counts[status])}</span>
                {t(
                  status === 'unmarked'
                    ? 'cohorts.attendance.status.unmarked'
                    : ATTENDANCE_STATUS[status],
                )}
              </li>
            ))}
          </ul>
          <section aria-labelledby="sheet-heading">
            <div className="section-head">
              <h2 id="sheet-heading">{t('cohorts.attendance.sheet')}</h2>
              {staff && roster.length > 0 && (
                <button type="button" className="button" onClick={markUnmarkedPresent}>
                  {t('cohorts.attendance.allPresent')}
                </button>
              )}
            </div>
            {notice !== '' && <Notice>{notice}</Notice>}
            <DataTable
              caption={t('cohorts.attendance.sheet')}
              columns={columns}
              rows={roster}
              rowKey={(row) => row.enrolmentId}
              initialSort={{ key: 'name' }}
            />
            {staff && roster.length > 0 && (
              <form
                className="form-actions sheet-actions"
                onSubmit={(event) => {
                  event.preventDefault();
                  void save.execute();
                }}
              >
                <FormProblem state={save.state} placed={[]} />
                <button
                  type="submit"
                  className="button primary"
                  disabled={marks.length === 0 || save.state.status === 'running'}
                >
                  {t('cohorts.attendance.save', { count: marks.length })}
                </button>
              </form>
            )}
          </section>
          {staff && (
            <AttendanceImport
              sessionId={sessionId}
              nameOf={nameOf}
              onWritten={() => {
                records.reload();
                enrolments.reload();
              }}
            />
          )}
        </>
      )}
    </Page>
  );
}
