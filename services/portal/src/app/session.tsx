import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { onSessionEnded, setCsrfToken } from '../api/client.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** The roles of the expertnet realm (infra/keycloak/expertnet.realm.ts). */
export type Role =
  | 'programme-office'
  | 'reviewer'
  | 'nominator'
  | 'province-coordinator'
  | 'expert'
  | 'mentor'
  | 'admin';

export interface User {
  readonly subject: string;
  readonly username: string;
  readonly name: string;
  readonly email: string;
  readonly organisation: string;
  readonly roles: readonly string[];
}

export interface IdentityProvider {
  readonly alias: string;
  readonly name: { readonly vi: string; readonly en: string };
}

/** What the gateway's GET /auth/session answers. */
type SessionAnswer =
  | { authenticated: false; identityProviders: IdentityProvider[] }
  | {
      authenticated: true;
      identityProviders: IdentityProvider[];
      csrfToken: string;
      user: User;
    };

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'unavailable' }
  | {
      readonly status: 'signed-out';
      readonly identityProviders: readonly IdentityProvider[];
      readonly expired: boolean;
    }
  | { readonly status: 'signed-in'; readonly user: User };

interface Session {
  readonly state: SessionState;
  /** Goes to Keycloak (through the gateway) and comes back to `returnTo`. */
  readonly signIn: (returnTo: string, identityProvider?: string) => void;
  readonly signOut: () => Promise<void>;
  readonly hasRole: (...roles: readonly Role[]) => boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const { locale } = useI18n();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [csrf, setCsrf] = useState('');

  const refresh = useCallback(async (expired: boolean) => {
    try {
      const response = await fetch('/auth/session', { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`session answered ${String(response.status)}`);
      const answer = (await response.json()) as SessionAnswer;
      if (answer.authenticated) {
        setCsrfToken(answer.csrfToken);
        setCsrf(answer.csrfToken);
        setState({ status: 'signed-in', user: answer.user });
      } else {
        setState({ status: 'signed-out', identityProviders: answer.identityProviders, expired });
      }
    } catch {
      setState({ status: 'unavailable' });
    }
  }, []);

  useEffect(() => {
    void refresh(false);
    return onSessionEnded(() => void refresh(true));
  }, [refresh]);

  const signIn = useCallback(
    (returnTo: string, identityProvider?: string) => {
      const query = new URLSearchParams({ returnTo, lang: locale });
      if (identityProvider !== undefined) query.set('idp', identityProvider);
      location.assign(`/auth/login?${query.toString()}`);
    },
    [locale],
  );

  const signOut = useCallback(async () => {
    const response = await fetch('/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-csrf-token': csrf },
    });
    const { logoutUrl } = (await response.json()) as { logoutUrl: string };
    // Keycloak's end-session page ends the single sign-on too, then comes back to the portal.
    location.assign(logoutUrl);
  }, [csrf]);

  const value = useMemo<Session>(() => {
    const roles = new Set(state.status === 'signed-in' ? state.user.roles : []);
    return {
      state,
      signIn,
      signOut,
      hasRole: (...wanted) => wanted.some((role) => roles.has(role)),
    };
  }, [state, signIn, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession outside <SessionProvider>');
  return session;
}

/** The signed-in user; only for screens the router shows to signed-in users. */
export function useUser(): User {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser on a screen for signed-out users');
  return state.user;
}
