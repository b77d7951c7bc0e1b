import { eventEnvelopes } from '@expertnet/platform';
import { MENTORING_EVENTS } from '@expertnet/proto/events';
import type { MentoringEvent } from '../domain/index.ts';
import { MENTORING_EVENT_MESSAGES } from './event-messages.ts';

/**
 * Wraps the domain's events in envelopes for the outbox of the document that changed; `newId`
 * gives envelope ids (tests fix it).
 */
export const mentoringEnvelopes = (newId: () => string) =>
  eventEnvelopes<MentoringEvent, typeof MENTORING_EVENTS>({
    source: 'mentoring',
    schemas: MENTORING_EVENTS,
    messages: MENTORING_EVENT_MESSAGES,
    newId,
  });
