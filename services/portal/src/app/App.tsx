import { Suspense } from 'react';
import { Loading } from '../components/Status.tsx';
import { Home } from '../features/shell/Home.tsx';
import { MessagePage } from '../features/shell/Message.tsx';
import { SignIn } from '../features/shell/SignIn.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { useLocation } from './router.tsx';
import { findScreen } from './routes.ts';
import { useSession } from './session.tsx';
import { Shell } from './Shell.tsx';

/** Picks the screen for the address, after the checks every screen needs. */
function CurrentScreen() {
  const { t } = useI18n();
  const { state, hasRole } = useSession();
  const { path, query } = useLocation();
  const found = findScreen(path);
  if (found?.screen.public === true) {
    const Screen = found.screen.component;
    return <Screen params={found.params} query={query} />;
  }
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'unavailable') {
    return <MessagePage title={t('problem.title')} body={t('problem.network')} />;
  }
  if (state.status === 'signed-out') {
    const returnTo =
      path === '/sign-in' ? (query.get('returnTo') ?? '/') : `${path}${location.search}`;
    return (
      <SignIn
        returnTo={returnTo}
        error={query.get('error')}
        expired={state.expired}
        identityProviders={state.identityProviders}
      />
    );
  }
  if (path === '/' || path === '/sign-in') return <Home />;
  if (found === undefined) {
    return <MessagePage title={t('app.notFound.title')} body={t('app.notFound.body')} />;
  }
  const { screen, params } = found;
  if (screen.roles !== undefined && !hasRole(...screen.roles)) {
    return <MessagePage title={t('app.forbidden.title')} body={t('app.forbidden.body')} />;
  }
  const Screen = screen.component;
  return <Screen params={params} query={query} />;
}

export function App() {
  return (
    <Shell>
      <Suspense fallback={<Loading />}>
        <CurrentScreen />
      </Suspense>
    </Shell>
  );
}
