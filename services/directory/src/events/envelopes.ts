import { eventEnvelopes } from '@expertnet/platform';
import { DIRECTORY_EVENTS } from '@expertnet/proto/events';
import type { DirectoryEvent } from '../domain/index.ts';
import { DIRECTORY_MESSAGES } from './event-messages.ts';

/**
 * Wraps the domain's events in envelopes for the outbox of the profile that changed; each subject
 * carries the message the contract names for it, built by its typed mapper (event-messages.ts).
 * `newId` gives envelope ids (tests fix it).
 */
export const directoryEnvelopes = (newId: () => string) =>
  eventEnvelopes<DirectoryEvent, typeof DIRECTORY_EVENTS>({
    source: 'directory',
    schemas: DIRECTORY_EVENTS,
    messages: DIRECTORY_MESSAGES,
    newId,
  });
