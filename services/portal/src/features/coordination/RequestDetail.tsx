import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useSession, useUser } from '../../app/session.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { editable, places, withdrawable } from './board.ts';
import {
  DispatchStatusBadge,
  EngagementActions,
  RequestStatusBadge,
  WithdrawOffer,
  withdrawableOffer,
} from './bits.tsx';
import { loadRequest, loadRequests } from './data.ts';
import { MODE, PRIORITY, SKILL_LEVEL, URGENCY } from './labels.ts';
import { MatchingPanel } from './MatchingPanel.tsx';
import { DueCell } from './RequestList.tsx';
import { TriageActions } from './TriageActions.tsx';
import type { Dispatch, SupportRequest } from './types.ts';
import './coordination.css';

/** One request: what was asked, where it stands, its offers and engagements, and what to do next. */
export default function RequestDetail({ params, query }: ScreenProps) {
  const { t } = useI18n();
  const id = params.supportRequestId ?? '';
  const loaded = useLoad(() => loadRequest(id), [id]);
  const [current, setCurrent] = useState<SupportRequest | undefined>(undefined);
  const fresh = loaded.status === 'ok' ? loaded.data.supportRequest : undefined;
  // An action's answer shows at once; the reload it starts wins once it is as new.
  const request =
    current?.id === id && (current.version ?? 0) > (fresh?.version ?? 0) ? current : fresh;
  return (
    <Page title={request?.details?.title ?? t('coordination.detail.title')}>
      {query.get('submitted') === '1' && <Notice>{t('coordination.detail.submitted')}</Notice>}
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {request !== undefined && (
        <RequestView
          request={request}
          onChanged={(next) => {
            setCurrent(next);
            loaded.reload();
          }}
        />
      )}
    </Page>
  );
}

function RequestView({
  request,
  onChanged,
}: {
  readonly request: SupportRequest;
  readonly onChanged: (request: SupportRequest) => void;
}) {
  const { t, date, dateTime, number } = useI18n();
  const { hasRole } = useSession();
  const user = useUser();
  const names = useNames();
  const office = hasRole('programme-office');
  const requester =
    office ||
    (hasRole('province-coordinator', 'nominator') &&
      request.requestingOrganisation?.code === user.organisation);
  const id = request.id ?? '';
  const details = request.details;
  const version = request.version ?? 1;
  const done = (data: { supportRequest?: SupportRequest }) => {
    if (data.supportRequest !== undefined) onChanged(data.supportRequest);
  };
  const submit = useAction(
    () =>
      call(
        api.POST('/api/v1/support-requests/{supportRequestId}/submit', {
          params: { path: { supportRequestId: id } },
          body: { expectedVersion: version },
        }),
      ),
    done,
  );
  const withdraw = useAction(
    (reason: string) =>
      call(
        api.POST('/api/v1/support-requests/{supportRequestId}/cancel', {
          params: { path: { supportRequestId: id } },
          body: { expectedVersion: version, reason },
        }),
      ),
    done,
  );
  const complete = useAction(
    (outcomeSummary: string) =>
      call(
        api.POST('/api/v1/support-requests/{supportRequestId}/complete', {
          params: { path: { supportRequestId: id } },
          body: { expectedVersion: version, outcomeSummary },
        }),
      ),
    done,
  );
  const others = useLoad(
    () =>
      office && request.status === 'SUPPORT_REQUEST_STATUS_SUBMITTED'
        ? loadRequests(['SUPPORT_REQUEST_STATUS_SUBMITTED', 'SUPPORT_REQUEST_STATUS_MATCHING'])
        : Promise.resolve({ ok: true as const, data: [] }),
    [office, request.status],
  );
  const { needed, taken } = places(request);
  const refresh = () => {
    onChanged(request);
  };
  const dispatchColumns: Column<Dispatch>[] = [
    {
      key: 'expert',
      header: t('coordination.match.expert'),
      cell: (dispatch) => dispatch.expertName ?? '',
      sortValue: (dispatch) => dispatch.expertName ?? '',
    },
    {
      key: 'organisation',
      header: t('coordination.dispatch.homeOrganisation'),
      cell: (dispatch) => names.organisation(dispatch.expertOrganisation?.code),
    },
    {
      key: 'status',
      header: t('coordination.field.status'),
      cell: (dispatch) => <DispatchStatusBadge status={dispatch.status} />,
    },
    {
      key: 'invited',
      header: t('coordination.dispatch.invitedAt'),
      cell: (dispatch) => dateTime(dispatch.invitedAt),
      sortValue: (dispatch) => dispatch.invitedAt ?? '',
    },
    {
      key: 'respondBy',
      header: t('coordination.dispatch.respondBy'),
      cell: (dispatch) =>
        dispatch.status === 'DISPATCH_STATUS_INVITED' ? dateTime(dispatch.respondBy) : '',
    },
    {
      key: 'report',
      header: t('coordination.dispatch.report'),
      cell: (dispatch) =>
        dispatch.report === undefined
          ? (dispatch.reason ?? '')
          : t('coordination.engagement.hoursShort', { hours: dispatch.report.hours }),
    },
    {
      key: 'rating',
      header: t('coordination.engagement.rating'),
      numeric: true,
      cell: (dispatch) => (dispatch.rating === undefined ? '' : number(dispatch.rating.rating)),
    },
  ];
  if (office) {
    dispatchColumns.push({
      key: 'actions',
      header: t('common.actions'),
      cell: (dispatch) =>
        withdrawableOffer(dispatch) ? (
          <WithdrawOffer dispatch={dispatch} onChanged={refresh} />
        ) : null,
    });
  }
  const engagements = (request.dispatches ?? []).filter((dispatch) =>
    [
      'DISPATCH_STATUS_CONFIRMED',
      'DISPATCH_STATUS_IN_PROGRESS',
      'DISPATCH_STATUS_REPORTED',
    ].includes(dispatch.status ?? ''),
  );
  return (
    <>
      <p>
        <RequestStatusBadge status={request.status} />{' '}
        <span className="muted">{request.number}</span>
      </p>
      {request.statusReason !== undefined && request.statusReason !== '' && (
        <p className="alert alert-warn">
          {t('coordination.detail.statusReason', { reason: request.statusReason })}
        </p>
      )}
      {request.mergedIntoRequestId !== undefined && request.mergedIntoRequestId !== '' && (
        <p>
          <Link to={`/coordination/requests/${request.mergedIntoRequestId}`}>
            {t('coordination.detail.mergedInto')}
          </Link>
        </p>
      )}
      {requester && (
        <div className="form-actions">
          {editable(request) && (
            <>
              <Link className="button" to={`/coordination/requests/${id}/edit`}>
                {t('coordination.detail.edit')}
              </Link>
              <button
                type="button"
                className="button primary"
                disabled={submit.state.status === 'running'}
                onClick={() => void submit.execute()}
              >
                {t('coordination.form.submit')}
              </button>
            </>
          )}
          {withdrawable(request) && (
            <ConfirmAction
              label={t('coordination.detail.withdraw')}
              question={t('coordination.detail.withdrawQuestion')}
              confirmLabel={t('coordination.detail.withdrawConfirm')}
              reasonLabel={t('coordination.field.reason')}
              danger
              state={withdraw.state}
              onConfirm={(reason) => void withdraw.execute(reason)}
            />
          )}
          {(request.status === 'SUPPORT_REQUEST_STATUS_STAFFED' ||
            request.status === 'SUPPORT_REQUEST_STATUS_IN_PROGRESS') && (
            <ConfirmAction
              label={t('coordination.detail.complete')}
              question={t('coordination.detail.completeQuestion')}
              confirmLabel={t('coordination.detail.completeConfirm')}
              reasonLabel={t('coordination.detail.outcome')}
              state={complete.state}
              onConfirm={(summary) => void complete.execute(summary)}
            />
          )}
        </div>
      )}
      {submit.state.status === 'failed' && <ProblemAlert failure={submit.state.failure} />}
      {office && request.status === 'SUPPORT_REQUEST_STATUS_SUBMITTED' && (
        <section className="card" aria-labelledby="triage-heading">
          <h2 id="triage-heading">{t('coordination.triage.title')}</h2>
          <TriageActions
            request={request}
            others={
              others.status === 'ok' ? others.data.filter((other) => other.id !== request.id) : []
            }
            onTriaged={onChanged}
          />
        </section>
      )}
      {office &&
        (request.status === 'SUPPORT_REQUEST_STATUS_MATCHING' ||
          request.status === 'SUPPORT_REQUEST_STATUS_STAFFED') && (
          <MatchingPanel request={request} onChanged={onChanged} />
        )}
      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{t('coordination.detail.facts')}</h2>
        <dl className="facts">
          <dt>{t('coordination.field.organisation')}</dt>
          <dd>{names.organisation(request.requestingOrganisation?.code)}</dd>
          <dt>{t('coordination.field.description')}</dt>
          <dd className="prewrap">{details?.description}</dd>
          <dt>{t('coordination.field.sector')}</dt>
          <dd>{names.sector(details?.sectorCode)}</dd>
          <dt>{t('coordination.field.skills')}</dt>
          <dd>
            {(details?.skills ?? [])
              .map(
                (skill) =>
                  `${names.skill(skill.code)} (${t(SKILL_LEVEL[skill.minLevel ?? 'SKILL_LEVEL_UNSPECIFIED'])})`,
              )
              .join('; ')}
          </dd>
          <dt>{t('coordination.field.mode')}</dt>
          <dd>{t(MODE[details?.mode ?? 'SUPPORT_MODE_UNSPECIFIED'])}</dd>
          <dt>{t('coordination.field.province')}</dt>
          <dd>
            {names.organisation(details?.province.code)}
            {details?.address !== undefined && details.address !== '' && ` · ${details.address}`}
          </dd>
          <dt>{t('coordination.field.dates')}</dt>
          <dd>
            {t('coordination.detail.dateRange', {
              from: date(details?.startDate),
              to: date(details?.endDate),
            })}
          </dd>
          <dt>{t('coordination.field.effortDays')}</dt>
          <dd>{number(details?.effortDays ?? 0)}</dd>
          <dt>{t('coordination.field.expertsNeeded')}</dt>
          <dd>{t('coordination.detail.placesTaken', { taken, needed })}</dd>
          <dt>{t('coordination.field.languages')}</dt>
          <dd>
            {(details?.languageCodes ?? []).length === 0
              ? t('coordination.detail.vietnameseOnly')
              : (details?.languageCodes ?? []).map(names.language).join(', ')}
          </dd>
          <dt>{t('coordination.field.urgency')}</dt>
          <dd>{t(URGENCY[details?.urgency ?? 'URGENCY_UNSPECIFIED'])}</dd>
          {request.priority !== undefined && request.priority !== 'PRIORITY_UNSPECIFIED' && (
            <>
              <dt>{t('coordination.field.priority')}</dt>
              <dd>{t(PRIORITY[request.priority])}</dd>
            </>
          )}
          {details?.localPlan !== undefined && details.localPlan !== '' && (
            <>
              <dt>{t('coordination.field.localPlan')}</dt>
              <dd>{details.localPlan}</dd>
            </>
          )}
          {details?.scope !== undefined && details.scope !== '' && (
            <>
              <dt>{t('coordination.field.scope')}</dt>
              <dd className="prewrap">{details.scope}</dd>
            </>
          )}
          {(details?.deliverables ?? []).length > 0 && (
            <>
              <dt>{t('coordination.field.deliverables')}</dt>
              <dd>
                <ul>
                  {(details?.deliverables ?? []).map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {(details?.attachments ?? []).length > 0 && (
            <>
              <dt>{t('coordination.field.attachments')}</dt>
              <dd>
                <ul>
                  {(details?.attachments ?? []).map((item, index) => (
                    <li key={index}>
                      <a href={item.url} rel="noreferrer noopener" target="_blank">
                        {item.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>{t('coordination.field.contact')}</dt>
          <dd>
            {details?.contact.fullName} · {details?.contact.email} · {details?.contact.phone}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="sla-heading">
        <h2 id="sla-heading">{t('coordination.sla.title')}</h2>
        <dl className="facts">
          <dt>{t('coordination.field.submittedAt')}</dt>
          <dd>{dateTime(request.submittedAt)}</dd>
          <dt>{t('coordination.sla.triageDue')}</dt>
          <dd>{dateTime(request.serviceLevel?.triageDueAt)}</dd>
          <dt>{t('coordination.sla.triaged')}</dt>
          <dd>{dateTime(request.serviceLevel?.triagedAt)}</dd>
          <dt>{t('coordination.sla.firstOfferDue')}</dt>
          <dd>{dateTime(request.serviceLevel?.firstOfferDueAt)}</dd>
          <dt>{t('coordination.sla.firstOffer')}</dt>
          <dd>{dateTime(request.serviceLevel?.firstOfferAt)}</dd>
          <dt>{t('coordination.field.dueAt')}</dt>
          <dd>
            <DueCell request={request} now={new Date()} dateTime={dateTime} />
          </dd>
        </dl>
      </section>
      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{t('coordination.detail.offers')}</h2>
        <DataTable
          caption={t('coordination.detail.offers')}
          columns={dispatchColumns}
          rows={request.dispatches ?? []}
          rowKey={(dispatch) => dispatch.id ?? ''}
        />
      </section>
      {requester && engagements.length > 0 && (
        <section aria-labelledby="engagements-heading">
          <h2 id="engagements-heading">{t('coordination.detail.engagements')}</h2>
          <div className="coordination-cards">
            {engagements.map((dispatch) => (
              <article
                key={dispatch.id ?? ''}
                className="card"
                aria-labelledby={`engagement-${dispatch.id ?? ''}`}
              >
                <h3 id={`engagement-${dispatch.id ?? ''}`}>
                  {dispatch.expertName} <DispatchStatusBadge status={dispatch.status} />
                </h3>
                <EngagementActions dispatch={dispatch} as="requester" onChanged={refresh} />
              </article>
            ))}
          </div>
        </section>
      )}
    </>
  );
}
