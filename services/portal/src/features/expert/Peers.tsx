import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useAction, useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { ExpertCard } from './ExpertCard.tsx';
import { PEER_REASON_LABEL } from './labels.ts';
import type { PeerReason, PeerSuggestion } from './model.ts';
import { isNoProfile } from './failures.ts';
import { NoProfile } from './NoProfile.tsx';
import { reasonItems, similarityPercent } from './peers.ts';
import { useNames, type Names } from './reference.ts';
import './expert.css';

const PAGE_SIZE = 10;

/**
 * Experts most like one expert, each with why. Without an id in the path: the signed-in expert's
 * own profile ("people like me").
 */
export default function Peers({ params }: ScreenProps) {
  const { t } = useI18n();
  const names = useNames();
  const given = params.id;
  const me = useLoad(
    () =>
      given === undefined
        ? call(api.GET('/api/v1/experts/me'))
        : call(api.GET('/api/v1/experts/{expertId}', { params: { path: { expertId: given } } })),
    [given],
  );
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'failed') {
    return (
      <Page title={t('expert.peers.title')}>
        {given === undefined && isNoProfile(me.failure) ? (
          <NoProfile />
        ) : (
          <ProblemAlert failure={me.failure} />
        )}
      </Page>
    );
  }
  const profile = me.data.profile;
  const id = profile?.id ?? given ?? '';
  return (
    <Page
      title={
        given === undefined
          ? t('expert.peers.titleMine')
          : t('expert.peers.titleOf', { name: profile?.fullName ?? '' })
      }
    >
      <p>{t('expert.peers.intro')}</p>
      <p>
        {given === undefined ? (
          <Link to="/profile">{t('expert.peers.backToProfile')}</Link>
        ) : (
          <Link to={`/experts/${id}`}>
            {t('expert.peers.backToExpert', { name: profile?.fullName ?? '' })}
          </Link>
        )}
      </p>
      <PeerList expertId={id} names={names} />
    </Page>
  );
}

function PeerList({ expertId, names }: { readonly expertId: string; readonly names: Names }) {
  const { t } = useI18n();
  const query = (cursor?: string) =>
    call(
      api.GET('/api/v1/experts/{expertId}/peers', {
        params: {
          path: { expertId },
          query: {
            'page.pageSize': PAGE_SIZE,
            ...(cursor === undefined ? {} : { 'page.cursor': cursor }),
          },
        },
      }),
    );
  const first = useLoad(() => query(), [expertId]);
  const [more, setMore] = useState<{ peers: PeerSuggestion[]; cursor: string }>();
  const loadMore = useAction((cursor: string) => query(cursor));
  if (first.status === 'loading') return <Loading />;
  if (first.status === 'failed') return <ProblemAlert failure={first.failure} />;
  const peers = [...(first.data.peers ?? []), ...(more?.peers ?? [])];
  const cursor = more !== undefined ? more.cursor : (first.data.page?.nextCursor ?? '');
  if (peers.length === 0) return <p className="card">{t('expert.peers.empty')}</p>;
  return (
    <>
      <h2>{t('expert.peers.listTitle')}</h2>
      <ol className="plain expert-list">
        {peers.map((peer, index) =>
          peer.expert === undefined ? null : (
            <li key={peer.expert.id}>
              <ExpertCard expert={peer.expert} names={names}>
                <p className="expert-rank">
                  {t('expert.peers.rank', {
                    rank: index + 1,
                    percent: similarityPercent(peer.similarity),
                  })}
                </p>
                <h4 className="expert-reasons-title">{t('expert.peers.why')}</h4>
                <ul className="expert-reasons">
                  {(peer.reasons ?? []).map((reason, at) => (
                    <li key={`${reason.kind ?? ''}-${String(at)}`}>
                      <Reason reason={reason} names={names} />
                    </li>
                  ))}
                </ul>
              </ExpertCard>
            </li>
          ),
        )}
      </ol>
      {loadMore.state.status === 'failed' && <ProblemAlert failure={loadMore.state.failure} />}
      {cursor !== '' && (
        <button
          type="button"
          className="button wide"
          disabled={loadMore.state.status === 'running'}
          onClick={() =>
            void loadMore.execute(cursor).then((page) => {
              if (page !== undefined) {
                setMore({
                  peers: [...(more?.peers ?? []), ...(page.peers ?? [])],
                  cursor: page.page?.nextCursor ?? '',
                });
              }
            })
          }
        >
          {loadMore.state.status === 'running' ? t('common.loading') : t('common.more')}
        </button>
      )}
    </>
  );
}

/** The API's own sentence in the reader's language; else the kind with the names behind it. */
function Reason({ reason, names }: { readonly reason: PeerReason; readonly names: Names }) {
  const { t, locale } = useI18n();
  const message = localized(locale, reason.message);
  if (message !== '') return <>{message}</>;
  const items = reasonItems(reason, (kind, code) => {
    switch (kind) {
      case 'PEER_REASON_KIND_SHARED_SKILLS':
        return names.skill(code);
      case 'PEER_REASON_KIND_SAME_SECTOR':
        return names.sector(code);
      case 'PEER_REASON_KIND_SAME_PROVINCE':
      case 'PEER_REASON_KIND_SAME_ORGANISATION':
        return names.organisation(code);
      default:
        return undefined;
    }
  });
  return (
    <>
      {t(PEER_REASON_LABEL[reason.kind ?? 'PEER_REASON_KIND_UNSPECIFIED'])}
      {items.length > 0 && `: ${items.join(', ')}`}
    </>
  );
}
