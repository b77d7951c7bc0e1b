import { api, call } from '../../api/client.ts';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { useUser } from '../../app/session.tsx';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ProfileFacts } from './ProfileFacts.tsx';
import { useNames } from './reference.ts';
import './expert.css';

/** One expert as the signed-in person may see them: hidden parts said to be hidden. */
export default function ExpertDetail({ params }: ScreenProps) {
  const { t } = useI18n();
  const user = useUser();
  const names = useNames();
  const id = params.id ?? '';
  const loaded = useLoad(
    () => call(api.GET('/api/v1/experts/{expertId}', { params: { path: { expertId: id } } })),
    [id],
  );
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed' || loaded.data.profile === undefined) {
    return (
      <Page title={t('expert.detail.title')}>
        {loaded.status === 'failed' ? (
          <ProblemAlert failure={loaded.failure} />
        ) : (
          <p>{t('expert.detail.notFound')}</p>
        )}
        <p>
          <Link to="/experts">{t('expert.detail.backToDirectory')}</Link>
        </p>
      </Page>
    );
  }
  const profile = loaded.data.profile;
  const own = profile.userSubject !== undefined && profile.userSubject === user.subject;
  return (
    <Page
      title={profile.fullName ?? t('expert.detail.title')}
      actions={
        <>
          <Link className="button" to={`/experts/${profile.id ?? id}/peers`}>
            {t('expert.peers.find')}
          </Link>
          {own && (
            <Link className="button primary" to="/profile">
              {t('expert.detail.editOwn')}
            </Link>
          )}
        </>
      }
    >
      <p>
        <Link to="/experts">{t('expert.detail.backToDirectory')}</Link>
      </p>
      <ProfileFacts profile={profile} names={names} />
    </Page>
  );
}
