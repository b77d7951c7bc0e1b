import { randomUUID } from 'node:crypto';
import { eventEnvelopes } from '@expertnet/platform';
import { COHORTS_EVENTS } from '@expertnet/proto/events';
import type { CohortsEvent } from '../domain/index.ts';
import { COHORTS_EVENT_MESSAGES } from './event-messages.ts';

/** Wraps the domain's events in envelopes for the outbox of the document that changed. */
export const envelopesOf = eventEnvelopes<CohortsEvent, typeof COHORTS_EVENTS>({
  source: 'cohorts',
  schemas: COHORTS_EVENTS,
  messages: COHORTS_EVENT_MESSAGES,
  newId: randomUUID,
});
