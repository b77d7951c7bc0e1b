import { useState } from 'react';
import { useLoad } from '../../api/hooks.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { FilterForm, QueryFilter } from '../../components/Filters.tsx';
import { Badge, Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { loadEnrolments } from './data.ts';
import { EnrolmentActionPanel, type EnrolmentAction } from './EnrolmentActionPanel.tsx';
import { ENROLMENT_STATUS, ENROLMENT_STATUS_TONE } from './labels.ts';
import { useOrganisationName } from '../../api/organisations.ts';
import type { Cohort, Enrolment, EnrolmentFilterStatus } from './types.ts';
import { Attendance, RequirementsProgress } from './CohortBits.tsx';

const FILTER_STATUSES: readonly EnrolmentFilterStatus[] = [
  'ENROLMENT_STATUS_ENROLLED',
  'ENROLMENT_STATUS_WAITLISTED',
  'ENROLMENT_STATUS_GRADUATED',
  'ENROLMENT_STATUS_DROPPED',
  'ENROLMENT_STATUS_REMOVED',
];

/**
 * A cohort's trainees as far as the caller may see them (the office and facilitators: all; a
 * nominating organisation: its own; a trainee: themself), with their progress; the office
 * transfers and drops here.
 */
export function EnrolmentsSection({
  cohort,
  office,
  status,
  onChanged,
}: {
  readonly cohort: Cohort;
  readonly office: boolean;
  /** The status filter, kept in the URL. */
  readonly status: string;
  readonly onChanged: () => void;
}) {
  const { t } = useI18n();
  const organisationName = useOrganisationName();
  const cohortId = cohort.id ?? '';
  const enrolments = useLoad(() => loadEnrolments({ cohortId }), [cohortId]);
  const [action, setAction] = useState<EnrolmentAction | undefined>();
  const [notice, setNotice] = useState('');
  const rows =
    enrolments.status === 'ok'
      ? enrolments.data.filter((enrolment) => status === '' || enrolment.status === status)
      : [];
  const open = (enrolment: Enrolment, kind: EnrolmentAction['kind']) => {
    setNotice('');
    setAction({ kind, enrolment });
  };
  const columns: Column<Enrolment>[] = [
    {
      key: 'name',
      header: t('cohorts.trainee.name'),
      cell: (enrolment) => (
        <>
          {enrolment.trainee?.fullName}
          <br />
          <span className="muted small">{enrolment.trainee?.email}</span>
        </>
      ),
      sortValue: (enrolment) => enrolment.trainee?.fullName ?? '',
    },
    {
      key: 'organisation',
      header: t('cohorts.trainee.organisation'),
      cell: (enrolment) =>
        organisationName(
          enrolment.trainee?.effectiveOrganisation?.code ?? enrolment.trainee?.organisation?.code,
        ),
      sortValue: (enrolment) =>
        organisationName(
          enrolment.trainee?.effectiveOrganisation?.code ?? enrolment.trainee?.organisation?.code,
        ),
    },
    {
      key: 'status',
      header: t('cohorts.field.status'),
      cell: (enrolment) => {
        const value = enrolment.status ?? 'ENROLMENT_STATUS_UNSPECIFIED';
        return (
          <>
            <Badge tone={ENROLMENT_STATUS_TONE[value]}>{t(ENROLMENT_STATUS[value])}</Badge>
            {value === 'ENROLMENT_STATUS_WAITLISTED' && (
              <span className="small">
                {' '}
                {t('cohorts.trainee.waitlistPosition', {
                  position: enrolment.waitlistPosition ?? 0,
                })}
              </span>
            )}
            {enrolment.reason !== undefined && enrolment.reason !== '' && (
              <p className="muted small">
                {t('cohorts.trainee.reason', { reason: enrolment.reason })}
              </p>
            )}
          </>
        );
      },
      sortValue: (enrolment) =>
        t(ENROLMENT_STATUS[enrolment.status ?? 'ENROLMENT_STATUS_UNSPECIFIED']),
    },
    {
      key: 'attendance',
      header: t('cohorts.trainee.attendance'),
      numeric: true,
      cell: (enrolment) => <Attendance progress={enrolment.progress} />,
      sortValue: (enrolment) => enrolment.progress?.attendancePercent ?? 0,
    },
    {
      key: 'progress',
      header: t('cohorts.trainee.progress'),
      cell: (enrolment) => {
        const unmet = enrolment.progress?.unmet ?? [];
        if (enrolment.status !== 'ENROLMENT_STATUS_ENROLLED') return null;
        return <RequirementsProgress unmet={unmet} />;
      },
    },
    ...(office
      ? [
          {
            key: 'actions',
            header: t('common.actions'),
            cell: (enrolment: Enrolment) => {
              const name = enrolment.trainee?.fullName ?? '';
              const active =
                enrolment.status === 'ENROLMENT_STATUS_ENROLLED' ||
                enrolment.status === 'ENROLMENT_STATUS_WAITLISTED';
              if (!active) return null;
              return (
                <div className="row-actions">
                  <button
                    type="button"
                    className="button small"
                    aria-label={t('cohorts.transfer.for', { name })}
                    onClick={() => {
                      open(enrolment, 'transfer');
                    }}
                  >
                    {t('cohorts.transfer.action')}
                  </button>
                  <button
                    type="button"
                    className="button small danger"
                    aria-label={t('cohorts.drop.for', { name })}
                    onClick={() => {
                      open(enrolment, 'drop');
                    }}
                  >
                    {t('cohorts.drop.action')}
                  </button>
                </div>
              );
            },
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="trainees-heading">
      <h2 id="trainees-heading">{t('cohorts.detail.trainees')}</h2>
      {notice !== '' && <Notice>{notice}</Notice>}
      {action !== undefined && (
        <EnrolmentActionPanel
          key={`${action.kind}-${action.enrolment.id ?? ''}`}
          action={action}
          cohort={cohort}
          onClose={() => {
            setAction(undefined);
          }}
          onDone={(message) => {
            setAction(undefined);
            setNotice(message);
            enrolments.reload();
            onChanged();
          }}
        />
      )}
      <FilterForm>
        <QueryFilter
          label={t('cohorts.field.status')}
          value={status}
          param="status"
          options={FILTER_STATUSES.map((value) => ({ value, label: t(ENROLMENT_STATUS[value]) }))}
        />
      </FilterForm>
      {enrolments.status === 'loading' && <Loading />}
      {enrolments.status === 'failed' && <ProblemAlert failure={enrolments.failure} />}
      {enrolments.status === 'ok' && (
        <>
          <p className="muted">{t('cohorts.trainee.count', { count: rows.length })}</p>
          <DataTable
            caption={t('cohorts.detail.trainees')}
            columns={columns}
            rows={rows}
            rowKey={(enrolment) => enrolment.id ?? ''}
            initialSort={{ key: 'name' }}
          />
        </>
      )}
    </section>
  );
}
