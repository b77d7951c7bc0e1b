import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import { createGrpcClient, listDeadLetters } from '@expertnet/platform';
import { TEST_CLIENT_ID } from '@expertnet/infra';
import { CohortsService, DeliveryMode } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { TraineeEnrolledSchema } from '@expertnet/proto/expertnet/cohorts/v1/events_pb.ts';
import { EventEnvelopeSchema } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { NOMINATIONS_SUBJECTS } from '@expertnet/proto/events';
import {
  NominationAcceptedSchema,
  NominationWithdrawnSchema,
} from '@expertnet/proto/expertnet/nominations/v1/events_pb.ts';
import {
  Gender,
  NominationStatus,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { accessToken } from '@expertnet/tests/support/keycloak.ts';
import { kill9, waitForOutput, waitUntil } from '@expertnet/tests/support/processes.ts';
import { serversEnv, startService } from '@expertnet/tests/support/services.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';
import { DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CAPACITY = 150;
const BATCH = 200;

/**
 * The consumer side of "nothing lost, nothing doubled": accepted nominations become enrolments
 * exactly once, even when the cohorts process is SIGKILLed in the middle of a batch.
 */
describe('enrolment from accepted nominations', () => {
  const run = randomUUID().slice(0, 8);
  const env = {
    ...serversEnv(),
    COHORTS_DB: `cohorts_test_${run}`,
    COHORTS_GRPC_PORT: '0',
    COHORTS_NOMINATIONS_DURABLE: `cohorts-test-${run}`,
  };
  const children: ChildProcess[] = [];
  const roundId = randomUUID();
  let nc: NatsConnection;
  let mongo: MongoClient;
  let cohortId: string;
  let cohortsSeq: number;

  const start = async (extra: Record<string, string> = {}, ready = 'cohorts serving') => {
    const service = await startService('cohorts', { ...env, ...extra }, ready);
    children.push(service.child);
    return service;
  };

  const accepted = (nominationId: string, index: number) =>
    create(EventEnvelopeSchema, {
      id: randomUUID(),
      type: NominationAcceptedSchema.typeName,
      subject: NOMINATIONS_SUBJECTS.nominationAccepted,
      source: 'nominations',
      time: timestampNow(),
      orgCode: 'P01',
      data: toBinary(
        NominationAcceptedSchema,
        create(NominationAcceptedSchema, {
          nomination: {
            nominationId,
            roundId,
            organisation: { code: 'P01' },
            effectiveOrganisation: { code: 'P01' },
            nominee: {
              fullName: `Học viên ${String(index)}`,
              gender: Gender.FEMALE,
              email: `hv${String(index)}@hanoi.gov.vn`,
            },
            version: 5,
          },
          previousStatus: NominationStatus.UNDER_REVIEW,
          reason: 'Đạt',
          decidedAt: timestampNow(),
        }),
      ),
    });

  const publish = async (envelope: ReturnType<typeof accepted>, msgID = envelope.id) => {
    await jetstream(nc).publish(envelope.subject, toBinary(EventEnvelopeSchema, envelope), {
      msgID,
    });
  };

  beforeAll(async () => {
    nc = await connect({ servers: stackEnv('NATS_URL') });
    mongo = await MongoClient.connect(stackEnv('MONGO_URL'));
    const service = await start();
    const office = { token: await accessToken('expertnet', TEST_CLIENT_ID, 'office.mai') };
    const client = createGrpcClient(CohortsService, `127.0.0.1:${String(service.port)}`);
    const { track } = await client.createTrack(
      {
        settings: {
          code: `CDS-${run.toUpperCase()}`,
          name: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
          modules: [
            {
              code: 'M1',
              title: { vi: 'Tổng quan CĐS', en: 'DX overview' },
              hours: 16,
              passScore: 50,
              required: true,
            },
          ],
          completion: { minAttendancePercent: 80, minModulesPassed: 1 },
        },
      },
      office,
    );
    const { cohort } = await client.createCohort(
      {
        settings: {
          trackId: track?.id ?? '',
          intakeRoundId: roundId,
          code: `K${run.toUpperCase()}`,
          name: { vi: 'Khóa 1', en: 'Cohort 1' },
          startDate: '2027-03-01',
          endDate: '2027-05-31',
          capacity: CAPACITY,
          deliveryMode: DeliveryMode.ONLINE,
        },
      },
      office,
    );
    cohortId = cohort?.id ?? '';
    client.close();
    const jsm = await jetstreamManager(nc);
    cohortsSeq = (await jsm.streams.info('COHORTS')).state.last_seq;
    // A new durable first reads the acceptances already in the stream (other tests' rounds):
    // let it catch up, so the batch below is all that is in flight when the process is killed.
    await waitUntil(async () => {
      const info = await jsm.consumers.info('NOMINATIONS', env.COHORTS_NOMINATIONS_DURABLE);
      return info.num_pending === 0 && info.num_ack_pending === 0;
    }, 60_000);
    await kill9(service.child);
  });

  afterAll(async () => {
    await Promise.all(children.map(kill9));
    await mongo.db(env.COHORTS_DB).dropDatabase();
    await mongo.close();
    await nc.close();
  });

  /** TraineeEnrolled events of this test's cohort published since it began, by enrolment id. */
  async function enrolledEvents(): Promise<string[]> {
    const consumer = await jetstream(nc).consumers.get('COHORTS', {
      deliver_policy: DeliverPolicy.StartSequence,
      opt_start_seq: cohortsSeq + 1,
      filter_subjects: ['cohorts.trainee.enrolled'],
    });
    const ids: string[] = [];
    for (;;) {
      const message = await consumer.next({ expires: 1_000 });
      if (message === null) return ids;
      const event = fromBinary(
        TraineeEnrolledSchema,
        fromBinary(EventEnvelopeSchema, message.data).data,
      );
      if (event.cohort?.cohortId === cohortId) ids.push(event.enrolmentId);
    }
  }

  it('enrols 200 accepted candidates exactly once across a SIGKILL in mid-batch', async () => {
    const nominationIds = Array.from({ length: BATCH }, () => randomUUID());
    const envelopes = nominationIds.map(accepted);
    for (const envelope of envelopes) await publish(envelope);

    const crashing = await start({
      EXPERTNET_FAULT_PAUSE: 'consumer.after-handle',
      EXPERTNET_FAULT_PAUSE_AFTER: '60',
    });
    await waitForOutput(crashing.child, 'FAULT-PAUSED consumer.after-handle', 60_000);
    await kill9(crashing.child);
    const enrolments = mongo
      .db(env.COHORTS_DB)
      .collection<{ _id: string; status: string; nominationId: string; roundId: string }>(
        'enrolments',
      );
    const ours = { roundId };
    const atKill = await enrolments.countDocuments(ours);
    await start();
    await waitUntil(async () => (await enrolments.countDocuments(ours)) >= BATCH, 120_000);
    // A redelivered event (a replay with another message id) changes nothing either.
    await publish(envelopes[0] ?? accepted(randomUUID(), 0), randomUUID());

    await waitUntil(async () => (await enrolledEvents()).length >= CAPACITY, 60_000);
    const all = await enrolments.find(ours).toArray();
    const byStatus = (status: string) => all.filter((enrolment) => enrolment.status === status);
    const members = await mongo
      .db(env.COHORTS_DB)
      .collection<{ _id: string; seatHolders: string[]; waitlisted: string[] }>('cohorts')
      .findOne({ _id: cohortId });
    const events = await enrolledEvents();
    process.stdout.write(
      `cohorts kill test: ${String(atKill)} of ${String(BATCH)} enrolments stored at SIGKILL, ` +
        `${String(all.length)} after restart; ${String(byStatus('enrolled').length)} enrolled, ` +
        `${String(byStatus('waitlisted').length)} waitlisted, ${String(events.length)} TraineeEnrolled events\n`,
    );
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(BATCH);
    expect(new Set(all.map((enrolment) => enrolment.nominationId))).toEqual(new Set(nominationIds));
    expect(all).toHaveLength(BATCH);
    expect(byStatus('enrolled')).toHaveLength(CAPACITY);
    expect(byStatus('waitlisted')).toHaveLength(BATCH - CAPACITY);
    expect(new Set(members?.seatHolders)).toEqual(new Set(byStatus('enrolled').map((e) => e._id)));
    expect(members?.seatHolders).toHaveLength(CAPACITY);
    expect(members?.waitlisted).toHaveLength(BATCH - CAPACITY);
    expect(events).toHaveLength(CAPACITY);
    expect(new Set(events)).toEqual(new Set(byStatus('enrolled').map((e) => e._id)));
  });

  it('sends a withdrawal of a nomination it never enrolled to the dead letters', async () => {
    const nominationId = randomUUID();
    const withdrawn = create(EventEnvelopeSchema, {
      id: randomUUID(),
      type: NominationWithdrawnSchema.typeName,
      subject: NOMINATIONS_SUBJECTS.nominationWithdrawn,
      source: 'nominations',
      time: timestampNow(),
      orgCode: 'P01',
      data: toBinary(
        NominationWithdrawnSchema,
        create(NominationWithdrawnSchema, {
          nomination: {
            nominationId,
            roundId,
            organisation: { code: 'P01' },
            nominee: { fullName: 'Ai đó' },
            version: 9,
          },
          previousStatus: NominationStatus.ACCEPTED,
          reason: 'Rút hồ sơ',
        }),
      ),
    });
    await publish(withdrawn);
    const jsm = await jetstreamManager(nc);
    const subject = `deadletter.NOMINATIONS.${env.COHORTS_NOMINATIONS_DURABLE}`;
    await waitUntil(
      async () =>
        (await listDeadLetters(jsm, subject)).some((letter) => letter.eventId === withdrawn.id),
      60_000,
    );
    const [letter] = (await listDeadLetters(jsm, subject)).filter(
      (l) => l.eventId === withdrawn.id,
    );
    expect(letter?.reason).toMatch(/no enrolment exists/);
  });
});
