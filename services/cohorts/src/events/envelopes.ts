import { randomUUID } from 'node:crypto';
import type { DescMessage } from '@bufbuild/protobuf';
import { domainEventEnvelopes } from '@expertnet/platform';
import {
  CertificateRevokedSchema,
  ModulePassedSchema,
  SessionAttendedSchema,
  TraineeDroppedSchema,
  TraineeEnrolledSchema,
  TraineeGraduatedSchema,
  TraineeTransferredSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/events_pb.ts';
import { EVENT_TYPES, type CohortsEvent } from '../domain/index.ts';

const SCHEMAS: Record<CohortsEvent['type'], DescMessage> = {
  [EVENT_TYPES.traineeEnrolled]: TraineeEnrolledSchema,
  [EVENT_TYPES.traineeTransferred]: TraineeTransferredSchema,
  [EVENT_TYPES.traineeDropped]: TraineeDroppedSchema,
  [EVENT_TYPES.sessionAttended]: SessionAttendedSchema,
  [EVENT_TYPES.modulePassed]: ModulePassedSchema,
  [EVENT_TYPES.traineeGraduated]: TraineeGraduatedSchema,
  [EVENT_TYPES.certificateRevoked]: CertificateRevokedSchema,
};

export const COHORTS_STREAM = { name: 'COHORTS', subjects: ['cohorts.>'] };

/** Wraps the domain's events in envelopes for the outbox of the document that changed. */
export const envelopesOf = domainEventEnvelopes<CohortsEvent>({
  source: 'cohorts',
  schemas: SCHEMAS,
  newId: randomUUID,
});
