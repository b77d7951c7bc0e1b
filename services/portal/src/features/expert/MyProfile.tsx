import { useState } from 'react';
import { api, call } from '../../api/client.ts';
import { useLoad } from '../../api/hooks.ts';
import { Link } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/screens.ts';
import { Page } from '../../components/Page.tsx';
import { Loading, ProblemAlert } from '../../components/Status.tsx';
import { localized, useI18n } from '../../i18n/i18n.tsx';
import { AvailabilityForm } from './AvailabilityForm.tsx';
import { DetailsForm } from './DetailsForm.tsx';
import { isNoProfile } from './failures.ts';
import { ORIGIN_LABEL } from './labels.ts';
import { MentoringForm } from './MentoringForm.tsx';
import type { ExpertProfile } from './model.ts';
import { NoProfile } from './NoProfile.tsx';
import { useNames } from './reference.ts';
import { SkillsForm } from './SkillsForm.tsx';
import { VisibilityForm } from './VisibilityForm.tsx';
import './expert.css';

/** The signed-in expert's own profile, one form per part (each part is saved on its own). */
export default function MyProfile(_props: ScreenProps) {
  const { t } = useI18n();
  const loaded = useLoad(() => call(api.GET('/api/v1/experts/me')), []);
  if (loaded.status === 'loading') return <Loading />;
  if (loaded.status === 'failed' || loaded.data.profile === undefined) {
    return (
      <Page title={t('expert.profile.title')}>
        {loaded.status === 'failed' && !isNoProfile(loaded.failure) ? (
          <ProblemAlert failure={loaded.failure} />
        ) : (
          <NoProfile />
        )}
      </Page>
    );
  }
  return (
    <Editor key={loaded.data.profile.id} initial={loaded.data.profile} reload={loaded.reload} />
  );
}

function Editor({
  initial,
  reload,
}: {
  readonly initial: ExpertProfile;
  readonly reload: () => void;
}) {
  const { t, date, dateTime, locale } = useI18n();
  const names = useNames();
  const [profile, setProfile] = useState(initial);
  // A reload (after a conflict) brings a newer version: it replaces what is shown.
  const [seen, setSeen] = useState(initial);
  const [generation, setGeneration] = useState(0);
  if (seen !== initial) {
    setSeen(initial);
    setProfile(initial);
    // The forms start again from the reloaded profile.
    setGeneration(generation + 1);
  }
  const id = profile.id ?? '';
  const sectionProps = { profile, names, onSaved: setProfile, reload };
  const credentials = profile.credentials ?? [];
  return (
    <Page
      title={t('expert.profile.title')}
      actions={
        <>
          <Link className="button" to="/profile/peers">
            {t('expert.peers.findMine')}
          </Link>
          <Link className="button" to={`/experts/${id}`}>
            {t('expert.profile.viewPage')}
          </Link>
        </>
      }
    >
      <section className="card expert-section" aria-labelledby="expert-profile-identity">
        <h2 id="expert-profile-identity">{profile.fullName}</h2>
        <dl className="facts">
          <dt>{t('expert.profile.organisation')}</dt>
          <dd>{names.organisation(profile.organisation?.code)}</dd>
          <dt>{t('expert.profile.origin')}</dt>
          <dd>{t(ORIGIN_LABEL[profile.origin ?? 'PROFILE_ORIGIN_UNSPECIFIED'])}</dd>
          <dt>{t('expert.profile.updatedAt')}</dt>
          <dd>{dateTime(profile.updatedAt)}</dd>
        </dl>
        <p className="hint">{t('expert.profile.identityHint')}</p>
      </section>
      <DetailsForm key={`details-${String(generation)}`} {...sectionProps} />
      <SkillsForm key={`skills-${String(generation)}`} {...sectionProps} />
      <AvailabilityForm key={`availability-${String(generation)}`} {...sectionProps} />
      <MentoringForm key={`mentoring-${String(generation)}`} {...sectionProps} />
      <VisibilityForm key={`visibility-${String(generation)}`} {...sectionProps} />
      <section className="card expert-section" aria-labelledby="expert-profile-credentials">
        <h2 id="expert-profile-credentials">{t('expert.credentials.title')}</h2>
        {credentials.length === 0 ? (
          <p className="muted">{t('expert.credentials.none')}</p>
        ) : (
          <ul className="plain">
            {credentials.map((credential) => (
              <li key={credential.certificateId ?? credential.number}>
                <strong>{localized(locale, credential.trackName)}</strong> —{' '}
                {t('expert.credentials.line', {
                  number: credential.number ?? '',
                  date: date(credential.issuedOn),
                })}
                {credential.revoked === true && ` (${t('expert.credentials.revoked')})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
