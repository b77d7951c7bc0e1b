import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { ConfirmAction } from '../../components/ConfirmAction.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, Notice, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { loadDispatches } from './data.ts';
import { DispatchCard } from './OfferInbox.tsx';
import type { Dispatch } from './types.ts';
import './coordination.css';

/** The home organisation's decisions: release its experts for the offers they accepted, or not. */
export default function Releases() {
  const { t } = useI18n();
  const loaded = useLoad(() => loadDispatches({ awaitingMyRelease: true }), []);
  const [decided, setDecided] = useState<readonly Dispatch[]>([]);
  const waiting =
    loaded.status === 'ok'
      ? loaded.data.filter((dispatch) => !decided.some((done) => done.id === dispatch.id))
      : [];
  return (
    <Page title={t('coordination.release.title')}>
      <p className="muted">{t('coordination.release.intro')}</p>
      {decided.map((dispatch) => (
        <Notice key={dispatch.id ?? ''}>
          {dispatch.status === 'DISPATCH_STATUS_CONFIRMED'
            ? t('coordination.release.released', { name: dispatch.expertName ?? '' })
            : t('coordination.release.refused', { name: dispatch.expertName ?? '' })}
        </Notice>
      ))}
      {loaded.status === 'loading' && <Loading />}
      {loaded.status === 'failed' && <ProblemAlert failure={loaded.failure} />}
      {loaded.status === 'ok' && waiting.length === 0 && (
        <p className="muted">{t('coordination.release.empty')}</p>
      )}
      <div className="coordination-cards">
        {waiting.map((dispatch) => (
          <DispatchCard key={dispatch.id ?? ''} dispatch={dispatch}>
            <ReleaseDecision
              dispatch={dispatch}
              onDecided={(next) => {
                setDecided((previous) => [...previous, next]);
              }}
            />
          </DispatchCard>
        ))}
      </div>
    </Page>
  );
}

function ReleaseDecision({
  dispatch,
  onDecided,
}: {
  readonly dispatch: Dispatch;
  readonly onDecided: (dispatch: Dispatch) => void;
}) {
  const { t } = useI18n();
  const decide = (release: boolean) => (reason: string) =>
    call(
      api.POST('/api/v1/dispatches/{dispatchId}/release', {
        params: { path: { dispatchId: dispatch.id ?? '' } },
        body: {
          expectedVersion: dispatch.version ?? 1,
          release,
          ...(reason === '' ? {} : { reason }),
        },
      }),
    );
  const done = (data: { dispatch?: Dispatch }) => {
    if (data.dispatch !== undefined) onDecided(data.dispatch);
  };
  const release = useAction(decide(true), done);
  const refuse = useAction(decide(false), done);
  const name = dispatch.expertName ?? '';
  return (
    <>
      <div className="form-actions">
        <button
          type="button"
          className="button primary"
          aria-label={t('coordination.release.releaseFor', { name })}
          disabled={release.state.status === 'running'}
          onClick={() => void release.execute('')}
        >
          {t('coordination.release.release')}
        </button>
        <ConfirmAction
          label={t('coordination.release.refuse')}
          question={t('coordination.release.refuseQuestion', { name })}
          confirmLabel={t('coordination.release.refuseConfirm')}
          reasonLabel={t('coordination.field.reason')}
          danger
          state={refuse.state}
          onConfirm={(reason) => void refuse.execute(reason)}
        />
      </div>
      {release.state.status === 'failed' && <ProblemAlert failure={release.state.failure} />}
    </>
  );
}
