import type { ComponentType, LazyExoticComponent } from 'react';
import type { MessageKey } from '../i18n/i18n.tsx';
import type { Role } from './session.tsx';

/** The sections of the main navigation, in the order shown. */
export const NAV_SECTIONS = [
  'nominating',
  'review',
  'office',
  'cohorts',
  'expert',
  'mentoring',
  'coordination',
] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export interface ScreenProps {
  /** The path's parameters (":id" in the pattern). */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
}

/**
 * One screen of the portal. Each feature lists its screens in its own `screens.ts`; the shell
 * builds the routes and the navigation from these lists, so a new service's screens (mentoring,
 * coordination) need only a new feature folder and one line in app/routes.ts.
 */
export interface Screen {
  /** "/nominations/:id". */
  readonly path: string;
  readonly component: LazyExoticComponent<ComponentType<ScreenProps>>;
  /** Who may open it; every signed-in user when undefined. */
  readonly roles?: readonly Role[];
  /** Shown without signing in (certificate verification). */
  readonly public?: boolean;
  /** Where it appears in the navigation, if it does. */
  readonly nav?: { readonly section: NavSection; readonly label: MessageKey };
  /** A task on the home page for the roles above. */
  readonly homeTask?: { readonly label: MessageKey; readonly description: MessageKey };
}
