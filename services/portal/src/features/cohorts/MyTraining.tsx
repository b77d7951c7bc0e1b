import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { Attendance, CohortDates, RequirementsProgress } from './CohortBits.tsx';
import {
  loadAssessments,
  loadAttendance,
  loadCohorts,
  loadEnrolments,
  loadSessions,
  loadTracks,
} from './data.ts';
import {
  ATTENDANCE_SOURCE,
  ATTENDANCE_STATUS,
  ATTENDANCE_TONE,
  ENROLMENT_STATUS,
  ENROLMENT_STATUS_TONE,
} from './labels.ts';
import type { AssessmentResult, AttendanceRecord, Cohort, Enrolment, Module } from './types.ts';
import './cohorts.css';

/** A trainee's own training: their cohort, progress, attendance, scores and certificate. */
export default function MyTraining() {
  const { t } = useI18n();
  const enrolments = useLoad(() => loadEnrolments({ onlyMine: true }), []);
  const cohorts = useLoad(() => loadCohorts(), []);
  const tracks = useLoad(loadTracks, []);
  return (
    <Page
      title={t('cohorts.mine.title')}
      actions={
        <Link className="button primary" to="/check-in">
          {t('cohorts.mine.checkIn')}
        </Link>
      }
    >
      {enrolments.status === 'loading' && <Loading />}
      {enrolments.status === 'failed' && <ProblemAlert failure={enrolments.failure} />}
      {enrolments.status === 'ok' && enrolments.data.length === 0 && (
        <p>{t('cohorts.mine.empty')}</p>
      )}
      {enrolments.status === 'ok' &&
        enrolments.data.map((enrolment) => {
          const cohort =
            cohorts.status === 'ok'
              ? cohorts.data.find((candidate) => candidate.id === enrolment.cohortId)
              : undefined;
          const track =
            tracks.status === 'ok'
              ? tracks.data.find((candidate) => candidate.id === cohort?.settings?.trackId)
              : undefined;
          return (
            <EnrolmentCard
              key={enrolment.id}
              enrolment={enrolment}
              cohort={cohort}
              modules={track?.settings?.modules ?? []}
            />
          );
        })}
    </Page>
  );
}

function EnrolmentCard({
  enrolment,
  cohort,
  modules,
}: {
  readonly enrolment: Enrolment;
  readonly cohort: Cohort | undefined;
  readonly modules: readonly Module[];
}) {
  const { t, locale, number, dateTime } = useI18n();
  const enrolmentId = enrolment.id ?? '';
  const cohortId = enrolment.cohortId ?? '';
  const status = enrolment.status ?? 'ENROLMENT_STATUS_UNSPECIFIED';
  const placed = cohortId !== '';
  const attendance = useLoad(
    () =>
      placed
        ? loadAttendance({ enrolmentId })
        : Promise.resolve({ ok: true as const, data: [] as AttendanceRecord[] }),
    [enrolmentId, placed],
  );
  const results = useLoad(
    () =>
      placed
        ? loadAssessments(cohortId, { enrolmentId })
        : Promise.resolve({ ok: true as const, data: [] as AssessmentResult[] }),
    [cohortId, enrolmentId],
  );
  const sessions = useLoad(
    () => (placed ? loadSessions(cohortId) : Promise.resolve({ ok: true as const, data: [] })),
    [cohortId],
  );
  const sessionOf = (sessionId: string | undefined) =>
    sessions.status === 'ok'
      ? sessions.data.find((session) => session.id === sessionId)
      : undefined;
  const attendanceColumns: Column<AttendanceRecord>[] = [
    {
      key: 'session',
      header: t('cohorts.mine.session'),
      cell: (record) => sessionOf(record.sessionId)?.settings?.title ?? '',
      sortValue: (record) => sessionOf(record.sessionId)?.settings?.startsAt ?? '',
    },
    {
      key: 'status',
      header: t('cohorts.attendance.recorded'),
      cell: (record) => {
        const value = record.status ?? 'ATTENDANCE_STATUS_UNSPECIFIED';
        return <Badge tone={ATTENDANCE_TONE[value]}>{t(ATTENDANCE_STATUS[value])}</Badge>;
      },
    },
    {
      key: 'recordedAt',
      header: t('cohorts.mine.recordedAt'),
      cell: (record) =>
        `${dateTime(record.recordedAt)} · ${t(ATTENDANCE_SOURCE[record.source ?? 'ATTENDANCE_SOURCE_UNSPECIFIED'])}`,
    },
  ];
  const resultColumns: Column<AssessmentResult>[] = [
    {
      key: 'module',
      header: t('cohorts.assessments.module'),
      cell: (result) => {
        const module = modules.find((candidate) => candidate.code === result.moduleCode);
        return module === undefined
          ? result.moduleCode
          : `${module.code} · ${localized(locale, module.title)}`;
      },
      sortValue: (result) => `${result.moduleCode ?? ''} ${String(result.attempt ?? 0)}`,
    },
    {
      key: 'attempt',
      header: t('cohorts.assessments.attempt'),
      numeric: true,
      cell: (result) => result.attempt,
    },
    {
      key: 'score',
      header: t('cohorts.assessments.score'),
      numeric: true,
      cell: (result) => number(result.score ?? 0),
    },
    {
      key: 'passed',
      header: t('cohorts.assessments.outcome'),
      cell: (result) =>
        result.passed === true ? (
          <Badge tone="good">{t('cohorts.assessments.passed')}</Badge>
        ) : (
          <Badge tone="warn">{t('cohorts.assessments.failed')}</Badge>
        ),
    },
    {
      key: 'comment',
      header: t('cohorts.assessments.comment'),
      cell: (result) => result.comment,
    },
  ];
  const unmet = enrolment.progress?.unmet ?? [];
  const name = cohort === undefined ? '' : localized(locale, cohort.settings?.name);
  return (
    <section className="card" aria-labelledby={`enrolment-${enrolmentId}`}>
      <h2 id={`enrolment-${enrolmentId}`}>
        {placed ? name || t('cohorts.mine.cohort') : t(ENROLMENT_STATUS[status])}
      </h2>
      <dl className="facts">
        <dt>{t('cohorts.field.status')}</dt>
        <dd>
          <Badge tone={ENROLMENT_STATUS_TONE[status]}>{t(ENROLMENT_STATUS[status])}</Badge>
          {status === 'ENROLMENT_STATUS_WAITLISTED' &&
            ` ${t('cohorts.trainee.waitlistPosition', { position: enrolment.waitlistPosition ?? 0 })}`}
        </dd>
        {cohort !== undefined && (
          <>
            <dt>{t('cohorts.field.dates')}</dt>
            <dd>
              <CohortDates cohort={cohort} />
            </dd>
          </>
        )}
        {placed && (
          <>
            <dt>{t('cohorts.trainee.attendance')}</dt>
            <dd>
              <Attendance progress={enrolment.progress} />
            </dd>
          </>
        )}
        {status === 'ENROLMENT_STATUS_ENROLLED' && (
          <>
            <dt>{t('cohorts.trainee.progress')}</dt>
            <dd>
              <RequirementsProgress unmet={unmet} />
            </dd>
          </>
        )}
      </dl>
      {status === 'ENROLMENT_STATUS_POOLED' && <p>{t('cohorts.mine.pooled')}</p>}
      <div className="form-actions">
        {placed && (
          <Link className="button" to={`/cohorts/${cohortId}`}>
            {t('cohorts.mine.openCohort')}
          </Link>
        )}
        {enrolment.certificateId !== undefined && enrolment.certificateId !== '' && (
          <Link className="button primary" to={`/certificates/${enrolment.certificateId}`}>
            {t('cohorts.mine.certificate')}
          </Link>
        )}
      </div>
      {placed && (
        <>
          <h3>{t('cohorts.mine.attendance')}</h3>
          {attendance.status === 'loading' && <Loading />}
          {attendance.status === 'failed' && <ProblemAlert failure={attendance.failure} />}
          {attendance.status === 'ok' && (
            <DataTable
              caption={t('cohorts.mine.attendance')}
              columns={attendanceColumns}
              rows={attendance.data}
              rowKey={(record) => record.sessionId ?? ''}
              initialSort={{ key: 'session' }}
            />
          )}
          <h3>{t('cohorts.mine.assessments')}</h3>
          {results.status === 'loading' && <Loading />}
          {results.status === 'failed' && <ProblemAlert failure={results.failure} />}
          {results.status === 'ok' && (
            <DataTable
              caption={t('cohorts.mine.assessments')}
              columns={resultColumns}
              rows={results.data}
              rowKey={(result) => `${result.moduleCode ?? ''}-${String(result.attempt ?? 0)}`}
              initialSort={{ key: 'module' }}
            />
          )}
        </>
      )}
    </section>
  );
}
