import { NAV_SECTIONS, type Screen } from './screens.ts';
import { Link, useLocation } from './router.tsx';
import { findScreen, SCREENS } from './routes.ts';
import { useSession } from './session.tsx';
import { LOCALES } from '../i18n/format.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { ReactNode } from 'react';

function visibleSections(allowed: (screen: Screen) => boolean) {
  return NAV_SECTIONS.map((section) => ({
    section,
    screens: SCREENS.filter((screen) => screen.nav?.section === section && allowed(screen)),
  })).filter(({ screens }) => screens.length > 0);
}

/** The frame around every screen: brand, navigation for the user's roles, language, account. */
export function Shell({ children }: { readonly children: ReactNode }) {
  const { t, locale, setLocale } = useI18n();
  const { state, hasRole, signOut, signIn } = useSession();
  const { path } = useLocation();
  const signedIn = state.status === 'signed-in';
  const sections = signedIn
    ? visibleSections((screen) => screen.roles === undefined || hasRole(...screen.roles))
    : [];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <Link to="/">{t('app.name')}</Link>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <div className="header-tools">
          <div role="group" aria-label={t('app.language')} className="language-switch">
            {LOCALES.map((candidate) => (
              <button
                key={candidate}
                type="button"
                lang={candidate}
                aria-pressed={candidate === locale}
                onClick={() => {
                  setLocale(candidate);
                }}
              >
                {t(`app.language.${candidate}`)}
              </button>
            ))}
          </div>
          {state.status === 'signed-in' ? (
            <div className="account">
              <span>
                {t('app.signedInAs', {
                  name: state.user.name || state.user.username,
                  organisation: state.user.organisation,
                })}
              </span>
              <button type="button" className="button small" onClick={() => void signOut()}>
                {t('app.signOut')}
              </button>
            </div>
          ) : (
            // Only public pages offer it: every other page of a signed-out visitor is the sign-in.
            state.status === 'signed-out' &&
            findScreen(path)?.screen.public === true && (
              <button
                type="button"
                className="button small"
                onClick={() => {
                  signIn(path);
                }}
              >
                {t('app.signIn')}
              </button>
            )
          )}
        </div>
      </header>
      {sections.length > 0 && (
        <nav className="app-nav" aria-label={t('app.mainNavigation')}>
          <ul className="plain">
            {sections.map(({ section, screens }) => (
              <li key={section}>
                <span className="nav-section">{t(`nav.${section}`)}</span>
                <ul className="plain">
                  {screens.map((screen) =>
                    screen.nav === undefined ? null : (
                      <li key={screen.path}>
                        <Link
                          to={screen.path}
                          aria-current={path === screen.path ? 'page' : undefined}
                        >
                          {t(screen.nav.label)}
                        </Link>
                      </li>
                    ),
                  )}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
