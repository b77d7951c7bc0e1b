import { randomBytes, randomUUID } from 'node:crypto';
import { create, toBinary } from '@bufbuild/protobuf';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import { createGrpcClient } from '@expertnet/platform';
import { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { NOMINATIONS_SUBJECTS } from '@expertnet/proto/events';
import { NominationAcceptedSchema } from '@expertnet/proto/expertnet/nominations/v1/events_pb.ts';
import {
  Gender,
  NominationStatus,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
export { failure } from '@expertnet/platform/testing/call-failure.ts';
export { subjectOf } from '@expertnet/tests/support/keycloak.ts';
import { kill9, waitUntil } from '@expertnet/tests/support/processes.ts';
import { serversEnv, startService } from '@expertnet/tests/support/services.ts';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MongoClient } from 'mongodb';

/**
 * Starts the real cohorts service as its own process, on a fresh database, with its own durable
 * consumer of the nominations stream and freshly made keys (the dev keys come from here, never
 * from the code).
 */
export async function startCohorts(extraEnv: Record<string, string> = {}) {
  const run = randomUUID().slice(0, 8);
  const env = {
    ...serversEnv(),
    COHORTS_DB: `cohorts_test_${run}`,
    COHORTS_GRPC_PORT: '0',
    COHORTS_NOMINATIONS_DURABLE: `cohorts-test-${run}`,
    COHORTS_CHECKIN_KEY: randomBytes(32).toString('base64'),
    COHORTS_CERTIFICATE_PRIVATE_KEY: randomBytes(32).toString('base64'),
    COHORTS_CERTIFICATE_VERIFY_URL: 'https://expertnet.example.vn/xac-minh-chung-chi',
    ...extraEnv,
  };
  const { child, port } = await startService('cohorts', env, 'cohorts serving');
  const address = `127.0.0.1:${String(port)}`;
  return { child, env, address, client: createGrpcClient(CohortsService, address) };
}

/** Stops the service and removes what its run left: its database and its durable consumer. */
export async function stopCohorts(
  service: Awaited<ReturnType<typeof startCohorts>>,
  nc: NatsConnection,
  mongo: MongoClient,
): Promise<void> {
  await kill9(service.child);
  await mongo.db(service.env.COHORTS_DB).dropDatabase();
  const jsm = await jetstreamManager(nc);
  await jsm.consumers.delete('NOMINATIONS', service.env.COHORTS_NOMINATIONS_DURABLE);
}

/**
 * Waits until the test's new durable consumer has read what was in the nominations stream before
 * it (other tests' acceptances), so what the test publishes next is handled promptly.
 */
export async function caughtUp(nc: NatsConnection, durable: string): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await waitUntil(async () => {
    const info = await jsm.consumers.info('NOMINATIONS', durable).catch(() => undefined);
    return info?.num_pending === 0;
  }, 120_000);
}

export interface Nominee {
  readonly nominationId: string;
  readonly roundId: string;
  readonly fullName: string;
  readonly email: string;
  readonly organisationCode: string;
}

/** Publishes the nominations service's "accepted" event for a nominee, as it would. */
export async function publishAccepted(nc: NatsConnection, nominee: Nominee): Promise<void> {
  const envelope = create(EventEnvelopeSchema, {
    id: randomUUID(),
    type: NominationAcceptedSchema.typeName,
    subject: NOMINATIONS_SUBJECTS.nominationAccepted,
    source: 'nominations',
    time: timestampNow(),
    orgCode: nominee.organisationCode,
    data: toBinary(
      NominationAcceptedSchema,
      create(NominationAcceptedSchema, {
        nomination: {
          nominationId: nominee.nominationId,
          roundId: nominee.roundId,
          organisation: { code: nominee.organisationCode },
          effectiveOrganisation: { code: nominee.organisationCode },
          nominee: {
            fullName: nominee.fullName,
            gender: Gender.FEMALE,
            email: nominee.email,
            position: 'Chuyên viên',
            unit: 'Sở Khoa học và Công nghệ',
            specialties: ['Dữ liệu số'],
            languages: ['vi'],
          },
          version: 3,
        },
        previousStatus: NominationStatus.UNDER_REVIEW,
        reason: 'Đạt yêu cầu',
        decidedAt: timestampNow(),
      }),
    ),
  });
  await jetstream(nc).publish(envelope.subject, toBinary(EventEnvelopeSchema, envelope), {
    msgID: envelope.id,
  });
}

/** "YYYY-MM-DD" of an instant on Vietnam's calendar (UTC+7). */
export const vietnamDate = (instant: number) =>
  new Date(instant + 7 * 3_600_000).toISOString().slice(0, 10);
