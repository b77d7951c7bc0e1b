import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { EventMessageMappers } from '@expertnet/platform';
import { DIRECTORY_SUBJECTS, type DIRECTORY_EVENTS } from '@expertnet/proto/events';
import { ExpertSnapshotSchema } from '@expertnet/proto/expertnet/directory/v1/events_pb.ts';
import type { DirectoryEvent, ExpertSnapshot } from '../domain/index.ts';
import { availabilityStatuses } from '../grpc/mapping/enums.ts';
import { availabilityMessage, profilePartsInit } from '../grpc/mapping/profile-parts.ts';

/**
 * Each subject's payload as the message events.proto names for it, field by field, so the
 * compiler checks every event against its contract. The snapshot shares its parts with the RPCs'
 * ExpertProfile (grpc/mapping/profile-parts.ts): organisation and province references always set, even
 * with an empty code, and the parts withheld from the network unset, as the reflective mapping
 * did; enums go through the RPCs' tables.
 */

export const snapshotMessage = (snapshot: ExpertSnapshot) =>
  create(ExpertSnapshotSchema, {
    expertId: snapshot.expertId,
    ...profilePartsInit(snapshot),
    certified: snapshot.certified,
  });

export const DIRECTORY_MESSAGES: EventMessageMappers<DirectoryEvent, typeof DIRECTORY_EVENTS> = {
  [DIRECTORY_SUBJECTS.profileCreated]: (payload) => ({
    expert: snapshotMessage(payload.expert),
    enrolmentId: payload.enrolmentId,
    nominationId: payload.nominationId,
  }),
  [DIRECTORY_SUBJECTS.profileUpdated]: (payload) => ({
    expert: snapshotMessage(payload.expert),
    changedFields: [...payload.changedFields],
  }),
  // Status and availability are both absent when withheld: the message then leaves them unset.
  [DIRECTORY_SUBJECTS.availabilityChanged]: (payload) => ({
    expertId: payload.expertId,
    userSubject: payload.userSubject,
    ...(payload.previousStatus && {
      previousStatus: availabilityStatuses.encode(payload.previousStatus),
    }),
    availability: payload.availability && availabilityMessage(payload.availability),
    withheld: payload.withheld,
    version: payload.version,
    changedAt: timestampFromDate(payload.changedAt),
  }),
};
