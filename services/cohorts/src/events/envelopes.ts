import { randomUUID } from 'node:crypto';
import type { DescMessage } from '@bufbuild/protobuf';
import { createEnvelope, fromPlain, type Plain } from '@expertnet/platform';
import {
  CertificateRevokedSchema,
  ModulePassedSchema,
  SessionAttendedSchema,
  TraineeDroppedSchema,
  TraineeEnrolledSchema,
  TraineeGraduatedSchema,
  TraineeTransferredSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/events_pb.ts';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { EVENT_TYPES, type Actor, type CohortsEvent } from '../domain/index.ts';

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
export function envelopesOf(
  events: readonly CohortsEvent[],
  actor: Actor | undefined,
  now: Date,
): EventEnvelope[] {
  return events.map((event) => {
    const schema = SCHEMAS[event.type];
    return createEnvelope(
      {
        subject: event.type,
        schema,
        data: fromPlain(schema, event.payload as unknown as Plain),
        orgCode: event.orgCode,
        ...(actor && {
          actor: {
            subject: actor.subject,
            orgCode: actor.orgCode,
            roles: [...actor.roles],
            service: actor.service ?? '',
          },
        }),
      },
      { source: 'cohorts', newId: randomUUID, now: () => now.getTime() },
    );
  });
}
