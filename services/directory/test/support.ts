import { randomUUID } from 'node:crypto';
import { create, toBinary, type DescMessage, type MessageInitShape } from '@bufbuild/protobuf';
import { timestampNow, type Timestamp } from '@bufbuild/protobuf/wkt';
import { createGrpcClient } from '@expertnet/platform';
import {
  COHORTS_EVENTS,
  COHORTS_STREAM,
  COHORTS_SUBJECTS,
  type CohortsSubject,
} from '@expertnet/proto/events';
import { DirectoryService } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import {
  EventEnvelopeSchema,
  type EventEnvelope,
} from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { kill9, waitUntil } from '@expertnet/tests/support/processes.ts';
import { serversEnv, startService } from '@expertnet/tests/support/services.ts';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MongoClient } from 'mongodb';

export { failure } from '@expertnet/platform/testing/call-failure.ts';
export { subjectOf } from '@expertnet/tests/support/keycloak.ts';

/**
 * Starts the real directory service as its own process, on a fresh database, with its own
 * durable consumer of the cohorts stream.
 */
export async function startDirectory(extraEnv: Record<string, string> = {}) {
  const run = randomUUID().slice(0, 8);
  const env = {
    ...serversEnv(),
    DIRECTORY_DB: `directory_test_${run}`,
    DIRECTORY_GRPC_PORT: '0',
    DIRECTORY_COHORTS_DURABLE: `directory-test-${run}`,
    ...extraEnv,
  };
  return { env, ...(await restartDirectory(env)) };
}

/** The same service again (after a kill): same database, same durable consumer. */
export async function restartDirectory(env: Record<string, string>) {
  const { child, port } = await startService('directory', env, 'directory serving');
  const address = `127.0.0.1:${String(port)}`;
  return { child, address, client: createGrpcClient(DirectoryService, address) };
}

/** Stops the service and removes what its run left: its database and its durable consumer. */
export async function stopDirectory(
  service: Awaited<ReturnType<typeof startDirectory>>,
  nc: NatsConnection,
  mongo: MongoClient,
): Promise<void> {
  await kill9(service.child);
  await mongo.db(service.env.DIRECTORY_DB).dropDatabase();
  const jsm = await jetstreamManager(nc);
  await jsm.consumers.delete(COHORTS_STREAM.name, service.env.DIRECTORY_COHORTS_DURABLE);
}

/** Waits until the run's new durable consumer has read what the cohorts stream held before it. */
export async function caughtUp(nc: NatsConnection, durable: string): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await waitUntil(async () => {
    const info = await jsm.consumers.info(COHORTS_STREAM.name, durable).catch(() => undefined);
    return info?.num_pending === 0 && info.num_ack_pending === 0;
  }, 120_000);
}

export interface Graduate {
  readonly enrolmentId: string;
  readonly fullName: string;
  readonly email: string;
  readonly userSubject: string;
  readonly organisationCode: string;
  readonly certificateId: string;
  readonly certificateNumber: string;
  readonly skillCodes: readonly string[];
}

export const aGraduate = (overrides: Partial<Graduate> = {}): Graduate => ({
  enrolmentId: randomUUID(),
  fullName: 'Trần Thị Thu Hà',
  email: `ha.tran.${randomUUID().slice(0, 8)}@p79.gov.vn`,
  userSubject: '',
  organisationCode: 'P79',
  certificateId: randomUUID(),
  certificateNumber: `CDS-2025-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`,
  skillCodes: ['digital-transformation', 'data-governance'],
  ...overrides,
});

/** One of the cohorts service's events in its envelope, as cohorts writes it. */
function cohortsEnvelope<Subject extends CohortsSubject>(
  subject: Subject,
  data: MessageInitShape<(typeof COHORTS_EVENTS)[Subject]>,
  orgCode: string,
  time: Timestamp,
): EventEnvelope {
  const schema: DescMessage = COHORTS_EVENTS[subject];
  return create(EventEnvelopeSchema, {
    id: randomUUID(),
    type: schema.typeName,
    subject,
    source: 'cohorts',
    time,
    orgCode,
    data: toBinary(schema, create(schema, data)),
  });
}

/** The "certificate revoked" event for a graduate's certificate. */
export const revokedEnvelope = (graduate: Graduate, time = timestampNow()) =>
  cohortsEnvelope(
    COHORTS_SUBJECTS.certificateRevoked,
    {
      certificateId: graduate.certificateId,
      number: graduate.certificateNumber,
      enrolmentId: graduate.enrolmentId,
      reason: 'Cấp nhầm',
      revokedAt: time,
    },
    graduate.organisationCode,
    time,
  );

/** The "trainee graduated" event of a graduate, with their verified skills and certificate. */
export const graduatedEnvelope = (graduate: Graduate, time = timestampNow()) =>
  cohortsEnvelope(
    COHORTS_SUBJECTS.traineeGraduated,
    {
      enrolmentId: graduate.enrolmentId,
      nominationId: randomUUID(),
      trainee: {
        fullName: graduate.fullName,
        email: graduate.email,
        userSubject: graduate.userSubject,
        organisation: { code: graduate.organisationCode },
        effectiveOrganisation: { code: graduate.organisationCode },
        position: 'Phó Trưởng phòng Chuyển đổi số',
        unit: 'Sở Khoa học và Công nghệ',
      },
      trackName: { vi: 'Chuyển đổi số cơ bản', en: 'Digital transformation basics' },
      graduatedOn: '2025-11-28',
      attendancePercent: 95,
      modulesPassed: [{ code: 'M01', score: 82, skillCodes: [...graduate.skillCodes] }],
      verifiedSkillCodes: [...graduate.skillCodes],
      certificate: {
        id: graduate.certificateId,
        number: graduate.certificateNumber,
        enrolmentId: graduate.enrolmentId,
        holderName: graduate.fullName,
        issuedOn: '2025-11-28',
      },
    },
    graduate.organisationCode,
    time,
  );

/** Publishes a cohorts event to the stream, as the cohorts relay would. */
async function publish(nc: NatsConnection, envelope: EventEnvelope): Promise<void> {
  await jetstream(nc).publish(envelope.subject, toBinary(EventEnvelopeSchema, envelope), {
    msgID: envelope.id,
  });
}

export const publishRevoked = (nc: NatsConnection, graduate: Graduate) =>
  publish(nc, revokedEnvelope(graduate));

export const publishGraduated = (nc: NatsConnection, graduate: Graduate) =>
  publish(nc, graduatedEnvelope(graduate));
