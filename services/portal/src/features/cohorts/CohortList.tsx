import { useMemo } from 'react';
import { useLoad } from '../../api/hooks.ts';
import { Link, setQuery } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { FilterForm, QueryFilter } from '../../components/Filters.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { loadCohorts, loadTracks } from './data.ts';
import { CohortDates, CohortStatusBadge, Seats } from './CohortBits.tsx';
import { COHORT_STATUS, DELIVERY_MODE } from './labels.ts';
import type { Cohort, CohortFilterStatus, Track } from './types.ts';

const FILTER_STATUSES: readonly CohortFilterStatus[] = [
  'COHORT_STATUS_PLANNED',
  'COHORT_STATUS_RUNNING',
  'COHORT_STATUS_FINISHED',
  'COHORT_STATUS_CANCELLED',
];

/** Every cohort of the programme's tracks; the office creates them here. */
export default function CohortList({ query }: ScreenProps) {
  const { t, locale } = useI18n();
  const { hasRole } = useSession();
  const office = hasRole('programme-office');
  const trackId = query.get('track') ?? '';
  const status = query.get('status') ?? '';
  const mine = query.get('mine') === '1';
  const tracks = useLoad(loadTracks, []);
  const cohorts = useLoad(() => loadCohorts(mine), [mine]);
  const trackById = useMemo(
    () =>
      new Map<string, Track>(
        tracks.status === 'ok' ? tracks.data.map((track) => [track.id ?? '', track]) : [],
      ),
    [tracks],
  );
  const rows =
    cohorts.status === 'ok'
      ? cohorts.data.filter(
          (cohort) =>
            (trackId === '' || cohort.settings?.trackId === trackId) &&
            (status === '' || cohort.status === status),
        )
      : [];
  const columns: Column<Cohort>[] = [
    {
      key: 'name',
      header: t('cohorts.field.name'),
      cell: (cohort) => (
        <Link to={`/cohorts/${cohort.id ?? ''}`}>{localized(locale, cohort.settings?.name)}</Link>
      ),
      sortValue: (cohort) => localized(locale, cohort.settings?.name),
    },
    {
      key: 'code',
      header: t('cohorts.field.code'),
      cell: (cohort) => cohort.settings?.code,
      sortValue: (cohort) => cohort.settings?.code ?? '',
    },
    {
      key: 'track',
      header: t('cohorts.field.track'),
      cell: (cohort) =>
        localized(locale, trackById.get(cohort.settings?.trackId ?? '')?.settings?.name),
    },
    {
      key: 'dates',
      header: t('cohorts.field.dates'),
      cell: (cohort) => <CohortDates cohort={cohort} />,
      sortValue: (cohort) => cohort.settings?.startDate ?? '',
    },
    {
      key: 'mode',
      header: t('cohorts.field.deliveryMode'),
      cell: (cohort) =>
        cohort.settings === undefined ? '' : t(DELIVERY_MODE[cohort.settings.deliveryMode]),
    },
    {
      key: 'seats',
      header: t('cohorts.field.seats'),
      numeric: true,
      cell: (cohort) => <Seats cohort={cohort} />,
      sortValue: (cohort) => cohort.enrolledCount ?? 0,
    },
    {
      key: 'status',
      header: t('cohorts.field.status'),
      cell: (cohort) => <CohortStatusBadge cohort={cohort} />,
      sortValue: (cohort) => t(COHORT_STATUS[cohort.status ?? 'COHORT_STATUS_UNSPECIFIED']),
    },
  ];
  return (
    <Page
      title={t('cohorts.list.title')}
      actions={
        office && (
          <Link className="button primary" to="/cohorts/new">
            {t('cohorts.create.title')}
          </Link>
        )
      }
    >
      <FilterForm>
        <QueryFilter
          label={t('cohorts.field.track')}
          value={trackId}
          param="track"
          options={(tracks.status === 'ok' ? tracks.data : []).map((track) => ({
            value: track.id ?? '',
            label: localized(locale, track.settings?.name),
          }))}
        />
        <QueryFilter
          label={t('cohorts.field.status')}
          value={status}
          param="status"
          options={FILTER_STATUSES.map((value) => ({ value, label: t(COHORT_STATUS[value]) }))}
        />
        {!office && (
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={mine}
                onChange={(event) => {
                  setQuery({ mine: event.target.checked ? '1' : undefined });
                }}
              />{' '}
              {t('cohorts.list.onlyMine')}
            </label>
          </div>
        )}
      </FilterForm>
      {cohorts.status === 'loading' && <Loading />}
      {cohorts.status === 'failed' && <ProblemAlert failure={cohorts.failure} />}
      {cohorts.status === 'ok' && (
        <>
          <p className="muted" role="status">
            {t('common.results', { count: rows.length })}
          </p>
          <DataTable
            caption={t('cohorts.list.title')}
            columns={columns}
            rows={rows}
            rowKey={(cohort) => cohort.id ?? ''}
            initialSort={{ key: 'dates', descending: true }}
          />
        </>
      )}
    </Page>
  );
}
