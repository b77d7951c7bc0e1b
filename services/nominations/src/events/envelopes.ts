import { randomUUID } from 'node:crypto';
import { eventEnvelopes } from '@expertnet/platform';
import { NOMINATIONS_EVENTS } from '@expertnet/proto/events';
import type { NominationsEvent } from '../domain/index.ts';
import { eventMessages } from './event-messages.ts';

/**
 * Wraps the domain's events in envelopes for the outbox of the document that changed; each
 * subject's contract message comes from @expertnet/proto/events, its payload from the subject's
 * typed mapper in event-messages.ts.
 */
export const envelopesOf = eventEnvelopes<NominationsEvent, typeof NOMINATIONS_EVENTS>({
  source: 'nominations',
  schemas: NOMINATIONS_EVENTS,
  messages: eventMessages,
  newId: randomUUID,
});
