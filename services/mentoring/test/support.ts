import { createHash, randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { create, toBinary, type DescMessage, type MessageInitShape } from '@bufbuild/protobuf';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import { createGrpcClient } from '@expertnet/platform';
import {
  COHORTS_STREAM,
  DIRECTORY_EVENTS,
  DIRECTORY_STREAM,
  DIRECTORY_SUBJECTS,
  NOMINATIONS_EVENTS,
  NOMINATIONS_STREAM,
  NOMINATIONS_SUBJECTS,
} from '@expertnet/proto/events';
import {
  AvailabilityStatus,
  LanguageLevel,
  MentoringModality,
  SkillLevel,
  SkillSource,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import {
  EventEnvelopeSchema,
  type EventEnvelope,
} from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { MentoringService } from '@expertnet/proto/expertnet/mentoring/v1/mentoring_pb.ts';
import { kill9, outputOf, waitUntil } from '@expertnet/tests/support/processes.ts';
import { serversEnv, startService } from '@expertnet/tests/support/services.ts';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MongoClient } from 'mongodb';

export { failure } from '@expertnet/platform/testing/call-failure.ts';
export { subjectOf } from '@expertnet/tests/support/keycloak.ts';

/** Starts the real mentoring service as its own process, on a fresh database and durables. */
export async function startMentoring(extraEnv: Record<string, string> = {}) {
  const run = randomUUID().slice(0, 8);
  const env = {
    ...serversEnv(),
    MENTORING_DB: `mentoring_test_${run}`,
    MENTORING_GRPC_PORT: '0',
    MENTORING_DIRECTORY_DURABLE: `mentoring-pool-test-${run}`,
    MENTORING_COHORTS_DURABLE: `mentoring-trainees-test-${run}`,
    MENTORING_NOMINATIONS_DURABLE: `mentoring-conflicts-test-${run}`,
    // Ranking reads the pool as it is: the tests change it and look at once.
    MENTORING_POOL_MAX_AGE_MS: '1',
    ...extraEnv,
  };
  return { env, ...(await restartMentoring(env)) };
}

/** The same service again (after a kill): same database, same durables, same port if given. */
export async function restartMentoring(env: Record<string, string>) {
  const { child, port } = await startService('mentoring', env, 'mentoring serving');
  const address = `127.0.0.1:${String(port)}`;
  return { child, address, client: createGrpcClient(MentoringService, address) };
}

export type RunningMentoring = Awaited<ReturnType<typeof startMentoring>>;

/** Stops the service and removes what its run left: its database and its durable consumers. */
export async function stopMentoring(
  service: RunningMentoring,
  nc: NatsConnection,
  mongo: MongoClient,
) {
  // The service's log stays for whoever reads a failure.
  await writeFile(
    path.join(os.tmpdir(), `${service.env.MENTORING_DB}.log`),
    outputOf(service.child),
  );
  await kill9(service.child);
  await mongo.db(service.env.MENTORING_DB).dropDatabase();
  const jsm = await jetstreamManager(nc);
  for (const [stream, durable] of [
    [DIRECTORY_STREAM.name, service.env.MENTORING_DIRECTORY_DURABLE],
    [COHORTS_STREAM.name, service.env.MENTORING_COHORTS_DURABLE],
    [NOMINATIONS_STREAM.name, service.env.MENTORING_NOMINATIONS_DURABLE],
  ] as const) {
    await jsm.consumers.delete(stream, durable).catch(() => undefined);
  }
}

/** Waits until a durable consumer has handled everything its stream held. */
export async function caughtUp(nc: NatsConnection, stream: string, durable: string): Promise<void> {
  const jsm = await jetstreamManager(nc);
  await waitUntil(async () => {
    const info = await jsm.consumers.info(stream, durable).catch(() => undefined);
    return info?.num_pending === 0 && info.num_ack_pending === 0;
  }, 120_000);
}

function envelopeOf<D extends DescMessage>(
  subject: string,
  schema: D,
  data: MessageInitShape<D>,
  orgCode: string,
  actor?: { subject: string },
): EventEnvelope {
  return create(EventEnvelopeSchema, {
    id: randomUUID(),
    type: schema.typeName,
    subject,
    source: subject.split('.')[0],
    time: timestampNow(),
    orgCode,
    actor: actor && { subject: actor.subject, orgCode, roles: [], service: '' },
    data: toBinary(schema, create(schema, data)),
  });
}

async function publish(nc: NatsConnection, envelope: EventEnvelope): Promise<void> {
  await jetstream(nc).publish(envelope.subject, toBinary(EventEnvelopeSchema, envelope), {
    msgID: envelope.id,
  });
}

/** An expert of the directory as a test states them. */
export interface TestExpert {
  readonly expertId: string;
  readonly userSubject: string;
  readonly fullName: string;
  readonly organisationCode: string;
  readonly unit: string;
  readonly provinceCode: string;
  readonly skills: readonly { readonly code: string; readonly verified: boolean }[];
  readonly languages: readonly string[];
  readonly willing: boolean;
  readonly maxMentees: number;
  readonly topicCodes: readonly string[];
  readonly modality: 'online' | 'in-person' | 'any';
  readonly unavailable: boolean;
  readonly nominationId: string;
  readonly version: number;
}

let serial = 0;

/**
 * The DIRECTORY stream keeps earlier runs' events, which a new run's consumer reads too: a person
 * keeps one expert id across runs (as the directory keeps one profile per person) and each run's
 * snapshots carry versions above every earlier run's, so the latest run's facts are the ones held.
 */
const RUN_VERSION = Math.floor(Date.now() / 1000);

const expertIdFor = (subject: string) => {
  const hex = createHash('sha256').update(`mentoring-test:${subject}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

export const anExpert = (overrides: Partial<TestExpert> = {}): TestExpert => {
  serial += 1;
  return {
    expertId: overrides.userSubject ? expertIdFor(overrides.userSubject) : randomUUID(),
    userSubject: '',
    fullName: `Chuyên gia thử ${String(serial)}`,
    organisationCode: 'P79',
    unit: `Phòng ${String(serial)}`,
    provinceCode: 'P79',
    skills: [
      { code: 'digital-transformation', verified: true },
      { code: 'data-governance', verified: false },
    ],
    languages: ['en'],
    willing: false,
    maxMentees: 0,
    topicCodes: [],
    modality: 'any',
    unavailable: false,
    nominationId: '',
    version: RUN_VERSION,
    ...overrides,
  };
};

export const aMentor = (overrides: Partial<TestExpert> = {}) =>
  anExpert({ willing: true, maxMentees: 2, ...overrides });

const MODALITY = {
  online: MentoringModality.ONLINE,
  'in-person': MentoringModality.IN_PERSON,
  any: MentoringModality.ANY,
} as const;

const snapshotOf = (expert: TestExpert) => ({
  expertId: expert.expertId,
  userSubject: expert.userSubject,
  fullName: expert.fullName,
  organisation: { code: expert.organisationCode },
  province: { code: expert.provinceCode },
  unit: expert.unit,
  position: 'Chuyên viên',
  skills: expert.skills.map((skill) => ({
    code: skill.code,
    name: { vi: skill.code, en: skill.code },
    level: SkillLevel.ADVANCED,
    source: skill.verified ? SkillSource.VERIFIED : SkillSource.SELF_DECLARED,
  })),
  languages: expert.languages.map((code) => ({ code, level: LanguageLevel.FLUENT })),
  availability: {
    status: expert.unavailable ? AvailabilityStatus.UNAVAILABLE : AvailabilityStatus.AVAILABLE,
  },
  mentoring: {
    willing: expert.willing,
    maxMentees: expert.maxMentees,
    topicSkillCodes: [...expert.topicCodes],
    modality: MODALITY[expert.modality],
  },
  certified: true,
  version: expert.version,
});

/** The directory's ProfileCreated for the expert, or ProfileUpdated for a change (a later version). */
export async function publishExpert(
  nc: NatsConnection,
  expert: TestExpert,
  change: 'created' | 'updated' = 'created',
): Promise<void> {
  const envelope =
    change === 'created'
      ? envelopeOf(
          DIRECTORY_SUBJECTS.profileCreated,
          DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.profileCreated],
          { expert: snapshotOf(expert), enrolmentId: '', nominationId: expert.nominationId },
          expert.organisationCode,
        )
      : envelopeOf(
          DIRECTORY_SUBJECTS.profileUpdated,
          DIRECTORY_EVENTS[DIRECTORY_SUBJECTS.profileUpdated],
          { expert: snapshotOf(expert), changedFields: ['mentoring'] },
          expert.organisationCode,
        );
  await publish(nc, envelope);
}

/** A nomination event whose actor (the nominating officer or a reviewer) acted on `nominationId`. */
export async function publishNominationActor(
  nc: NatsConnection,
  nominationId: string,
  actorSubject: string,
) {
  const subject = NOMINATIONS_SUBJECTS.nominationSubmitted;
  await publish(
    nc,
    envelopeOf(
      subject,
      NOMINATIONS_EVENTS[subject],
      { nomination: { nominationId, organisation: { code: 'P01' }, version: 1 } },
      'P01',
      { subject: actorSubject },
    ),
  );
}
