import type { Screen } from '../../app/screens.ts';

export const SCREENS: readonly Screen[] = [];
