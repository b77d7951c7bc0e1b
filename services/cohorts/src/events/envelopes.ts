import { randomUUID } from 'node:crypto';
import { domainEventEnvelopes } from '@expertnet/platform';
import { COHORTS_EVENTS } from '@expertnet/proto/events';
import type { CohortsEvent } from '../domain/index.ts';

/** Wraps the domain's events in envelopes for the outbox of the document that changed. */
export const envelopesOf = domainEventEnvelopes<CohortsEvent>({
  source: 'cohorts',
  schemas: COHORTS_EVENTS,
  newId: randomUUID,
});
