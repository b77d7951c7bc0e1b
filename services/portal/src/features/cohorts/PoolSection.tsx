import { useState } from 'react';
import { useLoad } from '../../api/hooks.ts';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { loadEnrolments } from './data.ts';
import { EnrolmentActionPanel } from './EnrolmentActionPanel.tsx';
import { useOrganisationName } from '../../api/organisations.ts';
import type { Cohort, Enrolment } from './types.ts';

/** Accepted trainees waiting for a cohort: the office places them in this one. */
export function PoolSection({
  cohort,
  onChanged,
}: {
  readonly cohort: Cohort;
  readonly onChanged: () => void;
}) {
  const { t, date } = useI18n();
  const organisationName = useOrganisationName();
  const pool = useLoad(() => loadEnrolments({ statuses: ['ENROLMENT_STATUS_POOLED'] }), []);
  const [chosen, setChosen] = useState<Enrolment | undefined>();
  const [notice, setNotice] = useState('');
  const open =
    cohort.status === 'COHORT_STATUS_PLANNED' || cohort.status === 'COHORT_STATUS_RUNNING';
  const columns: Column<Enrolment>[] = [
    {
      key: 'name',
      header: t('cohorts.trainee.name'),
      cell: (enrolment) => enrolment.trainee?.fullName,
      sortValue: (enrolment) => enrolment.trainee?.fullName ?? '',
    },
    {
      key: 'organisation',
      header: t('cohorts.trainee.organisation'),
      cell: (enrolment) => organisationName(enrolment.trainee?.effectiveOrganisation?.code),
      sortValue: (enrolment) => organisationName(enrolment.trainee?.effectiveOrganisation?.code),
    },
    {
      key: 'since',
      header: t('cohorts.pool.since'),
      cell: (enrolment) => date(enrolment.createdAt),
      sortValue: (enrolment) => enrolment.createdAt ?? '',
    },
    {
      key: 'actions',
      header: t('common.actions'),
      cell: (enrolment) =>
        open && (
          <button
            type="button"
            className="button small"
            aria-label={t('cohorts.assign.for', { name: enrolment.trainee?.fullName ?? '' })}
            onClick={() => {
              setNotice('');
              setChosen(enrolment);
            }}
          >
            {t('cohorts.assign.action')}
          </button>
        ),
    },
  ];
  return (
    <section aria-labelledby="pool-heading">
      <h2 id="pool-heading">{t('cohorts.pool.title')}</h2>
      <p className="muted">{t('cohorts.pool.intro')}</p>
      {notice !== '' && <Notice>{notice}</Notice>}
      {chosen !== undefined && (
        <EnrolmentActionPanel
          key={chosen.id}
          action={{ kind: 'assign', enrolment: chosen }}
          cohort={cohort}
          onClose={() => {
            setChosen(undefined);
          }}
          onDone={(message) => {
            setChosen(undefined);
            setNotice(message);
            pool.reload();
            onChanged();
          }}
        />
      )}
      {pool.status === 'loading' && <Loading />}
      {pool.status === 'failed' && <ProblemAlert failure={pool.failure} />}
      {pool.status === 'ok' && (
        <DataTable
          caption={t('cohorts.pool.title')}
          columns={columns}
          rows={pool.data}
          rowKey={(enrolment) => enrolment.id ?? ''}
          initialSort={{ key: 'since' }}
        />
      )}
    </section>
  );
}
