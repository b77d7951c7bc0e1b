import { randomUUID } from 'node:crypto';
import { domainEventEnvelopes } from '@expertnet/platform';
import { NOMINATIONS_EVENTS } from '@expertnet/proto/events';
import type { NominationsEvent } from '../domain/index.ts';

/**
 * Wraps the domain's events in envelopes for the outbox of the document that changed; each
 * subject's contract message comes from @expertnet/proto/events.
 */
export const envelopesOf = domainEventEnvelopes<NominationsEvent>({
  source: 'nominations',
  schemas: NOMINATIONS_EVENTS,
  newId: randomUUID,
});
