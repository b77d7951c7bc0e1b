import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { FilterForm, QueryFilter } from '../../components/Filters.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { PairStatusBadge, PersonLine } from './bits.tsx';
import { loadAssignments } from './data.ts';
import { ASSIGNMENT_STATUS } from './labels.ts';
import type { Assignment, AssignmentFilterStatus } from './types.ts';
import './mentoring.css';

const FILTER_STATUSES: readonly AssignmentFilterStatus[] = [
  'ASSIGNMENT_STATUS_PROPOSED',
  'ASSIGNMENT_STATUS_ACTIVE',
  'ASSIGNMENT_STATUS_COMPLETED',
  'ASSIGNMENT_STATUS_ENDED_EARLY',
  'ASSIGNMENT_STATUS_DECLINED',
  'ASSIGNMENT_STATUS_EXPIRED',
];

/**
 * Mentoring pairs: every pair for the office, the pairs of their organisation's people for a
 * province coordinator (the service decides which), and a mentor's or mentee's own.
 */
export default function PairsList({ query }: ScreenProps) {
  const { t, date, dateTime, number } = useI18n();
  const { hasRole } = useSession();
  const names = useNames();
  const overseer = hasRole('programme-office', 'province-coordinator');
  const status = FILTER_STATUSES.find((value) => value === query.get('status'));
  const pairs = useLoad(
    () =>
      loadAssignments({
        ...(overseer ? {} : { onlyMine: true }),
        ...(status === undefined ? {} : { statuses: [status] }),
      }),
    [overseer, status],
  );
  const columns: Column<Assignment>[] = [
    {
      key: 'mentee',
      header: t('mentoring.role.mentee'),
      cell: (pair) => (
        <Link to={`/mentoring/pairs/${pair.id ?? ''}`}>
          {pair.mentee?.fullName ?? t('mentoring.board.unknownMentee')}
        </Link>
      ),
      sortValue: (pair) => pair.mentee?.fullName ?? '',
    },
    {
      key: 'mentor',
      header: t('mentoring.role.mentor'),
      cell: (pair) => <PersonLine person={pair.mentor} organisationName={names.organisation} />,
      sortValue: (pair) => pair.mentor?.fullName ?? '',
    },
    {
      key: 'organisation',
      header: t('mentoring.field.menteeOrganisation'),
      cell: (pair) => names.organisation(pair.mentee?.organisation?.code),
      sortValue: (pair) => names.organisation(pair.mentee?.organisation?.code),
    },
    {
      key: 'status',
      header: t('mentoring.field.status'),
      cell: (pair) => <PairStatusBadge status={pair.status} />,
      sortValue: (pair) => t(ASSIGNMENT_STATUS[pair.status ?? 'ASSIGNMENT_STATUS_UNSPECIFIED']),
    },
    {
      key: 'start',
      header: t('mentoring.field.startDate'),
      cell: (pair) => date(pair.startDate),
      sortValue: (pair) => pair.startDate ?? '',
    },
    {
      key: 'meetings',
      header: t('mentoring.field.meetingsHeld'),
      numeric: true,
      cell: (pair) => number(pair.meetingsHeld ?? 0),
      sortValue: (pair) => pair.meetingsHeld ?? 0,
    },
    {
      key: 'next',
      header: t('mentoring.field.nextMeeting'),
      cell: (pair) => dateTime(pair.nextMeetingAt),
      sortValue: (pair) => pair.nextMeetingAt ?? '',
    },
  ];
  return (
    <Page title={t('mentoring.pairs.title')}>
      <FilterForm>
        <QueryFilter
          label={t('mentoring.field.status')}
          value={status ?? ''}
          param="status"
          options={FILTER_STATUSES.map((value) => ({
            value,
            label: t(ASSIGNMENT_STATUS[value]),
          }))}
        />
      </FilterForm>
      {pairs.status === 'loading' && <Loading />}
      {pairs.status === 'failed' && <ProblemAlert failure={pairs.failure} />}
      {pairs.status === 'ok' && (
        <>
          <p className="muted" role="status">
            {t('common.results', { count: pairs.data.length })}
          </p>
          <DataTable
            caption={t('mentoring.pairs.title')}
            columns={columns}
            rows={pairs.data}
            rowKey={(pair) => pair.id ?? ''}
            initialSort={{ key: 'start', descending: true }}
          />
        </>
      )}
    </Page>
  );
}
