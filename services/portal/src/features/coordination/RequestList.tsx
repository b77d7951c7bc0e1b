import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession } from '../../app/session.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { FilterForm, QueryFilter } from '../../components/Filters.tsx';
import { Page } from '../../components/Page.tsx';
import { Badge, Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { isBreached, pendingDeadline } from './board.ts';
import { RequestStatusBadge } from './bits.tsx';
import { loadRequests } from './data.ts';
import { REQUEST_STATUS } from './labels.ts';
import type { RequestFilterStatus, SupportRequest } from './types.ts';
import './coordination.css';

const FILTER_STATUSES: readonly RequestFilterStatus[] = [
  'SUPPORT_REQUEST_STATUS_DRAFT',
  'SUPPORT_REQUEST_STATUS_SUBMITTED',
  'SUPPORT_REQUEST_STATUS_CHANGES_REQUESTED',
  'SUPPORT_REQUEST_STATUS_MATCHING',
  'SUPPORT_REQUEST_STATUS_STAFFED',
  'SUPPORT_REQUEST_STATUS_IN_PROGRESS',
  'SUPPORT_REQUEST_STATUS_COMPLETED',
  'SUPPORT_REQUEST_STATUS_DECLINED',
  'SUPPORT_REQUEST_STATUS_CANCELLED',
  'SUPPORT_REQUEST_STATUS_MERGED',
];

/** The organisation's support requests (every one for the office), with where each stands. */
export default function RequestList({ query }: ScreenProps) {
  const { t, date, dateTime } = useI18n();
  const { hasRole } = useSession();
  const names = useNames();
  const status = FILTER_STATUSES.find((value) => value === query.get('status'));
  const requests = useLoad(() => loadRequests(status === undefined ? [] : [status]), [status]);
  const now = new Date();
  const columns: Column<SupportRequest>[] = [
    {
      key: 'number',
      header: t('coordination.field.number'),
      cell: (request) => request.number ?? '',
      sortValue: (request) => request.number ?? '',
    },
    {
      key: 'title',
      header: t('coordination.field.title'),
      cell: (request) => (
        <Link to={`/coordination/requests/${request.id ?? ''}`}>
          {request.details?.title ?? request.number ?? ''}
        </Link>
      ),
      sortValue: (request) => request.details?.title ?? '',
    },
    ...(hasRole('programme-office')
      ? [
          {
            key: 'organisation',
            header: t('coordination.field.organisation'),
            cell: (request: SupportRequest) =>
              names.organisation(request.requestingOrganisation?.code),
            sortValue: (request: SupportRequest) =>
              names.organisation(request.requestingOrganisation?.code),
          },
        ]
      : []),
    {
      key: 'status',
      header: t('coordination.field.status'),
      cell: (request) => <RequestStatusBadge status={request.status} />,
      sortValue: (request) =>
        t(REQUEST_STATUS[request.status ?? 'SUPPORT_REQUEST_STATUS_UNSPECIFIED']),
    },
    {
      key: 'dates',
      header: t('coordination.field.dates'),
      cell: (request) =>
        t('coordination.detail.dateRange', {
          from: date(request.details?.startDate),
          to: date(request.details?.endDate),
        }),
      sortValue: (request) => request.details?.startDate ?? '',
    },
    {
      key: 'submitted',
      header: t('coordination.field.submittedAt'),
      cell: (request) => date(request.submittedAt),
      sortValue: (request) => request.submittedAt ?? '',
    },
    {
      key: 'due',
      header: t('coordination.field.dueAt'),
      cell: (request) => <DueCell request={request} now={now} dateTime={dateTime} />,
      sortValue: (request) => pendingDeadline(request)?.dueAt ?? '',
    },
  ];
  return (
    <Page
      title={t('coordination.list.title')}
      actions={
        hasRole('province-coordinator', 'nominator', 'programme-office') ? (
          <Link className="button primary" to="/coordination/requests/new">
            {t('coordination.list.new')}
          </Link>
        ) : undefined
      }
    >
      <p className="muted">{t('coordination.list.intro')}</p>
      <FilterForm>
        <QueryFilter
          label={t('coordination.field.status')}
          value={status ?? ''}
          param="status"
          options={FILTER_STATUSES.map((value) => ({ value, label: t(REQUEST_STATUS[value]) }))}
        />
      </FilterForm>
      {requests.status === 'loading' && <Loading />}
      {requests.status === 'failed' && <ProblemAlert failure={requests.failure} />}
      {requests.status === 'ok' && (
        <>
          <p className="muted" role="status">
            {t('common.results', { count: requests.data.length })}
          </p>
          <DataTable
            caption={t('coordination.list.title')}
            columns={columns}
            rows={requests.data}
            rowKey={(request) => request.id ?? ''}
          />
        </>
      )}
    </Page>
  );
}

/** The service-level deadline the request waits on, marked when it has passed. */
export function DueCell({
  request,
  now,
  dateTime,
}: {
  readonly request: SupportRequest;
  readonly now: Date;
  readonly dateTime: (value: string | undefined) => string;
}) {
  const { t } = useI18n();
  const pending = pendingDeadline(request);
  if (pending === undefined) return null;
  return (
    <>
      {pending.level === 'triage'
        ? t('coordination.sla.triageBy', { at: dateTime(pending.dueAt) })
        : t('coordination.sla.firstOfferBy', { at: dateTime(pending.dueAt) })}
      {isBreached(request, now) && (
        <>
          {' '}
          <Badge tone="bad">{t('coordination.sla.breached')}</Badge>
        </>
      )}
    </>
  );
}
