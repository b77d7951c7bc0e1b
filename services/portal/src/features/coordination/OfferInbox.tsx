import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useNames } from '../expert/reference.ts';
import { DispatchStatusBadge, EngagementActions } from './bits.tsx';
import { loadDispatches } from './data.ts';
import { MODE } from './labels.ts';
import type { Dispatch } from './types.ts';
import './coordination.css';

/** The expert's offers to answer, and their engagements: start, report, cancel. */
export default function OfferInbox() {
  const { t } = useI18n();
  const loaded = useLoad(async () => {
    // Opening one's own profile links it to the account, so offers made to the profile are theirs.
    await call(api.GET('/api/v1/experts/me'));
    return loadDispatches({ onlyMine: true });
  }, []);
  const [changed, setChanged] = useState<ReadonlyMap<string, Dispatch>>(new Map());
  const dispatches =
    loaded.status === 'ok'
      ? loaded.data.map((dispatch) => changed.get(dispatch.id ?? '') ?? dispatch)
      : [];
  const [answered, setAnswered] = useState<Dispatch | undefined>(undefined);
  const update = (dispatch: Dispatch) => {
    setChanged((previous) => new Map(previous).set(dispatch.id ?? '', dispatch));
  };
  const answer = (dispatch: Dispatch) => {
    update(dispatch);
    setAnswered(dispatch);
  };
  const offers = dispatches.filter((dispatch) => dispatch.status === 'DISPATCH_STATUS_INVITED');
  const engagements = dispatches.filter(
    (dispatch) => dispatch.status !== 'DISPATCH_STATUS_INVITED',
  );
  return (
    <Page title={t('coordination.inbox.title')}>
      <p className="muted">{t('coordination.inbox.intro')}</p>
      {answered !== undefined && (
        <Notice>
          {answered.status === 'DISPATCH_STATUS_ACCEPTED'
            ? t('coordination.inbox.accepted')
            : t('coordination.inbox.declined', { title: answered.requestTitle ?? '' })}
        </Notice>
      )}
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{t('coordination.inbox.offers')}</h2>
        {loaded.status === 'ok' && offers.length === 0 && (
          <p className="muted">{t('coordination.inbox.noOffers')}</p>
        )}
        <div className="coordination-cards">
          {offers.map((dispatch) => (
            <DispatchCard key={dispatch.id ?? ''} dispatch={dispatch}>
              <OfferAnswer dispatch={dispatch} onAnswered={answer} />
            </DispatchCard>
          ))}
        </div>
      </section>
      <section aria-labelledby="engagements-heading">
        <h2 id="engagements-heading">{t('coordination.inbox.engagements')}</h2>
        {loaded.status === 'ok' && engagements.length === 0 && (
          <p className="muted">{t('coordination.inbox.noEngagements')}</p>
        )}
        <div className="coordination-cards">
          {engagements.map((dispatch) => (
            <DispatchCard key={dispatch.id ?? ''} dispatch={dispatch}>
              {dispatch.status === 'DISPATCH_STATUS_ACCEPTED' && (
                <p className="muted">{t('coordination.inbox.awaitingRelease')}</p>
              )}
              <EngagementActions dispatch={dispatch} as="expert" onChanged={update} />
            </DispatchCard>
          ))}
        </div>
      </section>
    </Page>
  );
}

/** An offer's or engagement's facts, as the expert needs them to decide. */
export function DispatchCard({
  dispatch,
  children,
}: {
  readonly dispatch: Dispatch;
  readonly children?: React.ReactNode;
}) {
  const { t, date, dateTime } = useI18n();
  const names = useNames();
  const headingId = `dispatch-${dispatch.id ?? ''}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {dispatch.requestTitle} <span className="muted small">{dispatch.requestNumber}</span>
      </h3>
      <p>
        <DispatchStatusBadge status={dispatch.status} />
      </p>
      <dl className="facts">
        <dt>{t('coordination.field.organisation')}</dt>
        <dd>{names.organisation(dispatch.requestingOrganisation?.code)}</dd>
        <dt>{t('coordination.field.mode')}</dt>
        <dd>{t(MODE[dispatch.mode ?? 'SUPPORT_MODE_UNSPECIFIED'])}</dd>
        <dt>{t('coordination.field.province')}</dt>
        <dd>{names.organisation(dispatch.province?.code)}</dd>
        <dt>{t('coordination.field.dates')}</dt>
        <dd>
          {t('coordination.detail.dateRange', {
            from: date(dispatch.startDate),
            to: date(dispatch.endDate),
          })}
        </dd>
        {dispatch.expertName !== undefined && (
          <>
            <dt>{t('coordination.match.expert')}</dt>
            <dd>
              {dispatch.expertName}
              {dispatch.expertOrganisation?.code !== undefined &&
                ` · ${names.organisation(dispatch.expertOrganisation.code)}`}
            </dd>
          </>
        )}
        {dispatch.status === 'DISPATCH_STATUS_INVITED' && (
          <>
            <dt>{t('coordination.dispatch.respondBy')}</dt>
            <dd>{dateTime(dispatch.respondBy)}</dd>
          </>
        )}
        {dispatch.message !== undefined && dispatch.message !== '' && (
          <>
            <dt>{t('coordination.dispatch.message')}</dt>
            <dd>{dispatch.message}</dd>
          </>
        )}
        {dispatch.reason !== undefined && dispatch.reason !== '' && (
          <>
            <dt>{t('coordination.field.reason')}</dt>
            <dd>{dispatch.reason}</dd>
          </>
        )}
        {dispatch.report !== undefined && (
          <>
            <dt>{t('coordination.dispatch.report')}</dt>
            <dd>
              {dispatch.report.summary} ·{' '}
              {t('coordination.engagement.hoursShort', { hours: dispatch.report.hours })}
            </dd>
          </>
        )}
      </dl>
      <p>
        <Link to={`/coordination/requests/${dispatch.requestId ?? ''}`}>
          {t('coordination.inbox.openRequest')}
        </Link>
      </p>
      {children}
    </article>
  );
}

function OfferAnswer({
  dispatch,
  onAnswered,
}: {
  readonly dispatch: Dispatch;
  readonly onAnswered: (dispatch: Dispatch) => void;
}) {
  const { t } = useI18n();
  const respond = (accept: boolean) => (reason: string) =>
    call(
      api.POST('/api/v1/dispatches/{dispatchId}/response', {
        params: { path: { dispatchId: dispatch.id ?? '' } },
        body: {
          expectedVersion: dispatch.version ?? 1,
          accept,
          ...(reason === '' ? {} : { reason }),
        },
      }),
    );
  const done = (data: { dispatch?: Dispatch }) => {
    if (data.dispatch !== undefined) onAnswered(data.dispatch);
  };
  const accept = useAction(respond(true), done);
  const decline = useAction(respond(false), done);
  const title = dispatch.requestTitle ?? '';
  return (
    <>
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          aria-label={t('coordination.inbox.acceptFor', { title })}
          disabled={accept.state.status === 'running'}
          onClick={() => void accept.execute('')}
        >
          {t('coordination.inbox.accept')}
        </button>
        <ConfirmAction
          label={t('coordination.inbox.decline')}
          question={t('coordination.inbox.declineQuestion', { title })}
          confirmLabel={t('coordination.inbox.declineConfirm')}
          reasonLabel={t('coordination.field.reason')}
          danger
          state={decline.state}
          onConfirm={(reason) => void decline.execute(reason)}
        />
      </div>
      {accept.state.status === 'failed' && <ProblemAlert failure={accept.state.failure} />}
    </>
  );
}
