import { SCREENS as certificates } from '../features/certificates/screens.ts';
import { SCREENS as cohorts } from '../features/cohorts/screens.ts';
import { SCREENS as coordination } from '../features/coordination/screens.ts';
import { SCREENS as expert } from '../features/expert/screens.ts';
import { SCREENS as mentoring } from '../features/mentoring/screens.ts';
import { SCREENS as nominations } from '../features/nominations/screens.ts';
import { SCREENS as review } from '../features/review/screens.ts';
import { matchPath } from './router.tsx';
import type { Screen } from './screens.ts';

export const SCREENS: readonly Screen[] = [
  ...nominations,
  ...review,
  ...cohorts,
  ...expert,
  ...mentoring,
  ...coordination,
  ...certificates,
];

export function findScreen(
  path: string,
): { screen: Screen; params: Record<string, string> } | undefined {
  for (const screen of SCREENS) {
    const params = matchPath(screen.path, path);
    if (params !== undefined) return { screen, params };
  }
  return undefined;
}
