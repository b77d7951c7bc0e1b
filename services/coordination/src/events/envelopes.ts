import { eventEnvelopes } from '@expertnet/platform';
import { COORDINATION_EVENTS } from '@expertnet/proto/events';
import type { CoordinationEvent } from '../domain/index.ts';
import { COORDINATION_EVENT_MESSAGES } from './event-messages.ts';

/** Wraps the domain's events in envelopes for the outbox of the document that changed. */
export const coordinationEnvelopes = (newId: () => string) =>
  eventEnvelopes<CoordinationEvent, typeof COORDINATION_EVENTS>({
    source: 'coordination',
    schemas: COORDINATION_EVENTS,
    messages: COORDINATION_EVENT_MESSAGES,
    newId,
  });
