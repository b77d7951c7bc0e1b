import { randomUUID } from 'node:crypto';
import type { DescMessage } from '@bufbuild/protobuf';
import { domainEventEnvelopes } from '@expertnet/platform';
import {
  DuplicateCandidateFlaggedSchema,
  NominationAcceptedSchema,
  NominationRejectedSchema,
  NominationReturnedSchema,
  NominationSubmittedSchema,
  NominationWaitlistedSchema,
  NominationWithdrawnSchema,
  QuotaShortfallSchema,
  RoundClosedSchema,
  RoundOpenedSchema,
} from '@expertnet/proto/expertnet/nominations/v1/events_pb.ts';
import { EVENT_TYPES, type NominationsEvent } from '../domain/index.ts';

/** The contract message of each domain event; its subject is the event's type. */
const SCHEMAS: Record<NominationsEvent['type'], DescMessage> = {
  [EVENT_TYPES.roundOpened]: RoundOpenedSchema,
  [EVENT_TYPES.roundClosed]: RoundClosedSchema,
  [EVENT_TYPES.nominationSubmitted]: NominationSubmittedSchema,
  [EVENT_TYPES.nominationReturned]: NominationReturnedSchema,
  [EVENT_TYPES.nominationAccepted]: NominationAcceptedSchema,
  [EVENT_TYPES.nominationRejected]: NominationRejectedSchema,
  [EVENT_TYPES.nominationWaitlisted]: NominationWaitlistedSchema,
  [EVENT_TYPES.nominationWithdrawn]: NominationWithdrawnSchema,
  [EVENT_TYPES.quotaShortfall]: QuotaShortfallSchema,
  [EVENT_TYPES.duplicateFlagged]: DuplicateCandidateFlaggedSchema,
};

export const NOMINATIONS_STREAM = { name: 'NOMINATIONS', subjects: ['nominations.>'] };

/** Wraps the domain's events in envelopes for the outbox of the document that changed. */
export const envelopesOf = domainEventEnvelopes<NominationsEvent>({
  source: 'nominations',
  schemas: SCHEMAS,
  newId: randomUUID,
});
