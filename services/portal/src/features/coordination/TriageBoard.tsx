import { useState } from 'react';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { oldestFirst, places } from './board.ts';
import { RequestStatusBadge } from './bits.tsx';
import { loadRequests } from './data.ts';
import { MODE, PRIORITY, URGENCY } from './labels.ts';
import { DueCell } from './RequestList.tsx';
import { TriageActions } from './TriageActions.tsx';
import type { SupportRequest } from './types.ts';
import './coordination.css';

/**
 * The network office's board: submitted requests, the longest waiting first, each with its
 * triage deadline (marked when breached) and its triage; then the accepted ones being matched.
 */
export default function TriageBoard() {
  const { t, date, dateTime } = useI18n();
  const names = useNames();
  const submitted = useLoad(() => loadRequests(['SUPPORT_REQUEST_STATUS_SUBMITTED']), []);
  const matching = useLoad(
    () => loadRequests(['SUPPORT_REQUEST_STATUS_MATCHING', 'SUPPORT_REQUEST_STATUS_STAFFED']),
    [],
  );
  const [triaged, setTriaged] = useState<readonly SupportRequest[]>([]);
  const now = new Date();
  const waiting =
    submitted.status === 'ok'
      ? oldestFirst(submitted.data).filter(
          (request) => !triaged.some((done) => done.id === request.id),
        )
      : [];
  const mergeTargets = [...waiting, ...(matching.status === 'ok' ? matching.data : [])];
  const matchingColumns: Column<SupportRequest>[] = [
    {
      key: 'title',
      header: t('coordination.field.title'),
      cell: (request) => (
        <Link to={`/coordination/requests/${request.id ?? ''}`}>
          {request.number} · {request.details?.title}
        </Link>
      ),
      sortValue: (request) => request.number ?? '',
    },
    {
      key: 'organisation',
      header: t('coordination.field.organisation'),
      cell: (request) => names.organisation(request.requestingOrganisation?.code),
    },
    {
      key: 'status',
      header: t('coordination.field.status'),
      cell: (request) => <RequestStatusBadge status={request.status} />,
    },
    {
      key: 'priority',
      header: t('coordination.field.priority'),
      cell: (request) => t(PRIORITY[request.priority ?? 'PRIORITY_UNSPECIFIED']),
    },
    {
      key: 'places',
      header: t('coordination.match.placesHeader'),
      cell: (request) => {
        const { taken, needed, outstanding } = places(request);
        return t('coordination.match.places', { taken, needed, outstanding });
      },
    },
    {
      key: 'due',
      header: t('coordination.field.dueAt'),
      cell: (request) => <DueCell request={request} now={now} dateTime={dateTime} />,
    },
  ];
  return (
    <Page title={t('coordination.triage.boardTitle')}>
      <p className="muted">{t('coordination.triage.intro')}</p>
      {triaged.map((request) => (
        <Notice key={request.id ?? ''}>
          {t('coordination.triage.done', {
            number: request.number ?? '',
            status: t(
              request.status === 'SUPPORT_REQUEST_STATUS_MATCHING'
                ? 'coordination.request.matching'
                : request.status === 'SUPPORT_REQUEST_STATUS_CHANGES_REQUESTED'
                  ? 'coordination.request.changesRequested'
                  : request.status === 'SUPPORT_REQUEST_STATUS_MERGED'
                    ? 'coordination.request.merged'
                    : 'coordination.request.declined',
            ),
          })}{' '}
          <Link to={`/coordination/requests/${request.id ?? ''}`}>
            {t('coordination.triage.open')}
          </Link>
        </Notice>
      ))}
      <section aria-labelledby="submitted-heading">
        <h2 id="submitted-heading">{t('coordination.triage.submitted')}</h2>
        {submitted.status === 'loading' && <Loading />}
        {submitted.status === 'failed' && <ProblemAlert failure={submitted.failure} />}
        {submitted.status === 'ok' && waiting.length === 0 && (
          <p className="muted">{t('coordination.triage.empty')}</p>
        )}
        <div className="coordination-cards">
          {waiting.map((request) => (
            <article
              key={request.id ?? ''}
              className="card"
              aria-labelledby={`request-${request.id ?? ''}`}
            >
              <h3 id={`request-${request.id ?? ''}`}>
                <Link to={`/coordination/requests/${request.id ?? ''}`}>
                  {request.number} · {request.details?.title}
                </Link>
              </h3>
              <dl className="facts">
                <dt>{t('coordination.field.organisation')}</dt>
                <dd>{names.organisation(request.requestingOrganisation?.code)}</dd>
                <dt>{t('coordination.field.submittedAt')}</dt>
                <dd>{dateTime(request.submittedAt)}</dd>
                <dt>{t('coordination.field.dueAt')}</dt>
                <dd>
                  <DueCell request={request} now={now} dateTime={dateTime} />
                </dd>
                <dt>{t('coordination.field.urgency')}</dt>
                <dd>{t(URGENCY[request.details?.urgency ?? 'URGENCY_UNSPECIFIED'])}</dd>
                <dt>{t('coordination.field.mode')}</dt>
                <dd>
                  {t(MODE[request.details?.mode ?? 'SUPPORT_MODE_UNSPECIFIED'])} ·{' '}
                  {names.organisation(request.details?.province.code)}
                </dd>
                <dt>{t('coordination.field.dates')}</dt>
                <dd>
                  {t('coordination.detail.dateRange', {
                    from: date(request.details?.startDate),
                    to: date(request.details?.endDate),
                  })}
                </dd>
                <dt>{t('coordination.field.expertsNeeded')}</dt>
                <dd>{request.details?.expertsNeeded}</dd>
              </dl>
              <TriageActions
                request={request}
                others={mergeTargets.filter((other) => other.id !== request.id)}
                onTriaged={(next) => {
                  setTriaged((previous) => [...previous, next]);
                  matching.reload();
                }}
              />
            </article>
          ))}
        </div>
      </section>
      <section aria-labelledby="matching-heading">
        <h2 id="matching-heading">{t('coordination.triage.matching')}</h2>
        {matching.status === 'loading' && <Loading />}
        {matching.status === 'failed' && <ProblemAlert failure={matching.failure} />}
        {matching.status === 'ok' && (
          <DataTable
            caption={t('coordination.triage.matching')}
            columns={matchingColumns}
            rows={oldestFirst(matching.data)}
            rowKey={(request) => request.id ?? ''}
          />
        )}
      </section>
    </Page>
  );
}
