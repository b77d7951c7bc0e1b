import { Page } from '../../components/Page.tsx';
import { useI18n, type MessageKey } from '../../i18n/i18n.tsx';
import type { IdentityProvider } from '../../app/session.tsx';
import { useSession } from '../../app/session.tsx';

const KNOWN_ERRORS: ReadonlySet<string> = new Set(['login_failed', 'access_denied']);

/**
 * The sign-in page: the ExpertNet account, and each ministry's own identity provider by name,
 * so an officer of Bộ Tài chính signs in with the account their ministry already gave them.
 */
export function SignIn({
  returnTo,
  error,
  expired,
  identityProviders,
}: {
  readonly returnTo: string;
  readonly error: string | null;
  readonly expired: boolean;
  readonly identityProviders: readonly IdentityProvider[];
}) {
  const { t, locale } = useI18n();
  const { signIn } = useSession();
  const errorKey: MessageKey | undefined =
    error === null
      ? undefined
      : KNOWN_ERRORS.has(error)
        ? (`signIn.error.${error}` as MessageKey)
        : 'signIn.error.other';
  return (
    <Page title={t('signIn.title')}>
      <div className="sign-in card">
        <p>{t('signIn.intro')}</p>
        {expired && (
          <div className="alert alert-warn" role="status">
            {t('app.sessionExpired')}
          </div>
        )}
        {errorKey !== undefined && (
          <div className="alert alert-error" role="alert">
            {t(errorKey, { code: error ?? '' })}
          </div>
        )}
        <button
          type="button"
          className="button primary wide"
          onClick={() => {
            signIn(returnTo);
          }}
        >
          {t('signIn.local')}
        </button>
        {identityProviders.length > 0 && (
          <section aria-labelledby="providers-heading">
            <h2 id="providers-heading">{t('signIn.providers')}</h2>
            <ul className="plain">
              {identityProviders.map((provider) => (
                <li key={provider.alias}>
                  <button
                    type="button"
                    className="button wide"
                    onClick={() => {
                      signIn(returnTo, provider.alias);
                    }}
                  >
                    {t('signIn.withProvider', { provider: provider.name[locale] })}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </Page>
  );
}
