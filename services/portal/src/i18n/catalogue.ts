import { messages as certificates } from '../features/certificates/messages.ts';
import { messages as cohorts } from '../features/cohorts/messages.ts';
import { messages as coordination } from '../features/coordination/messages.ts';
import { messages as expert } from '../features/expert/messages.ts';
import { messages as mentoring } from '../features/mentoring/messages.ts';
import { messages as nominations } from '../features/nominations/messages.ts';
import { messages as review } from '../features/review/messages.ts';
import { messages as common } from './common.messages.ts';
import type { Locale } from './format.ts';

/**
 * Every text of the portal, in ICU MessageFormat, Vietnamese first. Each feature keeps its own
 * catalogue beside its screens (keys start with the feature's name); both languages must have
 * every key, which each feature's `satisfies Catalogue<typeof vi>` checks at compile time.
 */
const vi = {
  ...common.vi,
  ...nominations.vi,
  ...review.vi,
  ...cohorts.vi,
  ...expert.vi,
  ...mentoring.vi,
  ...coordination.vi,
  ...certificates.vi,
};

export type MessageKey = keyof typeof vi;

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  vi,
  en: {
    ...common.en,
    ...nominations.en,
    ...review.en,
    ...cohorts.en,
    ...expert.en,
    ...mentoring.en,
    ...coordination.en,
    ...certificates.en,
  },
};
