import { useI18n } from '../../i18n/i18n.tsx';

/** Not an error: profiles are made when an expert graduates or is invited. */
export function NoProfile() {
  const { t } = useI18n();
  return (
    <section className="alert alert-warn expert-alert" aria-labelledby="expert-no-profile">
      <h2 id="expert-no-profile">{t('expert.noProfile.title')}</h2>
      <p>{t('expert.noProfile.body')}</p>
      <p>{t('expert.noProfile.next')}</p>
    </section>
  );
}
