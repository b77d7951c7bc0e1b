import { domainEventEnvelopes } from '@expertnet/platform';
import { DIRECTORY_EVENTS } from '@expertnet/proto/events';
import type { DirectoryEvent } from '../domain/index.ts';

/**
 * Wraps the domain's events in envelopes for the outbox of the profile that changed; each subject
 * carries the message the contract names for it. `newId` gives envelope ids (tests fix it).
 */
export const directoryEnvelopes = (newId: () => string) =>
  domainEventEnvelopes<DirectoryEvent>({
    source: 'directory',
    schemas: DIRECTORY_EVENTS,
    newId,
  });
