import { randomUUID } from 'node:crypto';
import type { DescMessage } from '@bufbuild/protobuf';
import { domainEventEnvelopes } from '@expertnet/platform';
import {
  AvailabilityChangedSchema,
  ProfileCreatedSchema,
  ProfileUpdatedSchema,
} from '@expertnet/proto/expertnet/directory/v1/events_pb.ts';
import { EVENT_TYPES, type DirectoryEvent } from '../domain/index.ts';

const SCHEMAS: Record<DirectoryEvent['type'], DescMessage> = {
  [EVENT_TYPES.profileCreated]: ProfileCreatedSchema,
  [EVENT_TYPES.profileUpdated]: ProfileUpdatedSchema,
  [EVENT_TYPES.availabilityChanged]: AvailabilityChangedSchema,
};

export const DIRECTORY_STREAM = { name: 'DIRECTORY', subjects: ['directory.>'] };

/** Wraps the domain's events in envelopes for the outbox of the profile that changed. */
export const envelopesOf = domainEventEnvelopes<DirectoryEvent>({
  source: 'directory',
  schemas: SCHEMAS,
  newId: randomUUID,
});
