import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createGrpcClient } from '@expertnet/platform';
import { devClientSecret } from '@expertnet/infra';
import { COORDINATION_STREAM, DIRECTORY_STREAM } from '@expertnet/proto/events';
import {
  CoordinationService,
  SupportMode,
  Urgency,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import {
  DirectoryService,
  SkillLevel,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import { kill9, outputOf, waitUntil } from '@expertnet/tests/support/processes.ts';
import { serversEnv, startService } from '@expertnet/tests/support/services.ts';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { MongoClient } from 'mongodb';

export { failure } from '@expertnet/platform/testing/call-failure.ts';

/**
 * The real directory and the real coordination service, each its own process on a fresh
 * database: coordination asks this directory for candidates (with its service account) and
 * follows its profile events with a durable consumer of its own.
 */
export async function startServices(nc: NatsConnection, extraEnv: Record<string, string> = {}) {
  const run = randomUUID().slice(0, 8);
  // A profile's id derives from its owner's email, so the demo users' profiles made by earlier
  // files (the demo seeds) share ids with the ones made here, at higher versions: this file's
  // consumer must start from this file's directory alone.
  // Graduations on the COHORTS stream make profiles for the demo users too: this file's directory
  // starts from an empty history of both.
  const jsm = await jetstreamManager(nc);
  for (const stream of [DIRECTORY_STREAM.name, 'COHORTS'])
    await jsm.streams.purge(stream).catch(() => undefined);
  const directoryEnv = {
    ...serversEnv(),
    DIRECTORY_DB: `directory_coordination_test_${run}`,
    DIRECTORY_GRPC_PORT: '0',
    DIRECTORY_COHORTS_DURABLE: `directory-coordination-test-${run}`,
  };
  const directory = await startService('directory', directoryEnv, 'directory serving');
  const directoryAddress = `127.0.0.1:${String(directory.port)}`;
  const env = {
    ...serversEnv(),
    COORDINATION_DB: `coordination_test_${run}`,
    COORDINATION_GRPC_PORT: '0',
    COORDINATION_DIRECTORY_DURABLE: `coordination-experts-test-${run}`,
    COORDINATION_NOMINATIONS_DURABLE: `coordination-kpi-nominations-test-${run}`,
    COORDINATION_COHORTS_DURABLE: `coordination-kpi-cohorts-test-${run}`,
    COORDINATION_MENTORING_DURABLE: `coordination-kpi-mentoring-test-${run}`,
    COORDINATION_CLIENT_SECRET: devClientSecret('svc-coordination'),
    DIRECTORY_GRPC_ADDRESS: directoryAddress,
    COORDINATION_SWEEP_MS: '500',
    ...extraEnv,
  };
  const coordination = await startCoordination(env);
  return {
    env,
    directoryEnv: { ...directoryEnv, DIRECTORY_GRPC_PORT: String(directory.port) },
    directoryChild: directory.child,
    directory: createGrpcClient(DirectoryService, directoryAddress),
    ...coordination,
  };
}

export async function startCoordination(env: Record<string, string>) {
  const { child, port } = await startService('coordination', env, 'coordination serving');
  return { child, client: createGrpcClient(CoordinationService, `127.0.0.1:${String(port)}`) };
}

export type RunningServices = Awaited<ReturnType<typeof startServices>>;

export async function stopServices(
  services: RunningServices,
  nc: NatsConnection,
  mongo: MongoClient,
) {
  await writeFile(
    path.join(os.tmpdir(), `${services.env.COORDINATION_DB}.log`),
    outputOf(services.child),
  );
  await kill9(services.child);
  await kill9(services.directoryChild);
  await mongo.db(services.env.COORDINATION_DB).dropDatabase();
  await mongo.db(services.directoryEnv.DIRECTORY_DB).dropDatabase();
  const jsm = await jetstreamManager(nc);
  for (const [stream, durable] of [
    [DIRECTORY_STREAM.name, services.env.COORDINATION_DIRECTORY_DURABLE],
    ['NOMINATIONS', services.env.COORDINATION_NOMINATIONS_DURABLE],
    ['COHORTS', services.env.COORDINATION_COHORTS_DURABLE],
    ['MENTORING', services.env.COORDINATION_MENTORING_DURABLE],
  ] as const) {
    await jsm.consumers.delete(stream, durable).catch(() => undefined);
  }
  await jsm.consumers
    .delete('COHORTS', services.directoryEnv.DIRECTORY_COHORTS_DURABLE)
    .catch(() => undefined);
}

/** Waits until coordination has read every directory event so far. */
export async function caughtUp(nc: NatsConnection, durable: string) {
  const jsm = await jetstreamManager(nc);
  await waitUntil(async () => {
    const info = await jsm.consumers.info(DIRECTORY_STREAM.name, durable).catch(() => undefined);
    return info?.num_pending === 0 && info.num_ack_pending === 0;
  }, 120_000);
}

export { COORDINATION_STREAM };

/**
 * An expert made in the directory as the programme office makes one, with programme-verified
 * skills; a demo user's email links the profile to their sign-in when they first read it.
 */
export async function createExpert(
  directory: RunningServices['directory'],
  office: { token: string },
  expert: {
    readonly fullName: string;
    readonly email: string;
    readonly org: string;
    readonly skills: readonly string[];
  },
): Promise<string> {
  const { profile } = await directory.createProfile(
    {
      fullName: expert.fullName,
      email: expert.email,
      organisation: { code: expert.org },
      details: {
        position: 'Chuyên viên',
        unit: 'Phòng Chuyển đổi số',
        province: { code: expert.org.startsWith('P') ? expert.org : 'P01' },
      },
    },
    office,
  );
  await directory.verifySkills(
    {
      expertId: profile?.id ?? '',
      expectedVersion: profile?.version ?? 1,
      skills: expert.skills.map((code) => ({ code, level: SkillLevel.ADVANCED })),
      evidence: 'Chứng chỉ chương trình 1.000 chuyên gia',
    },
    office,
  );
  return profile?.id ?? '';
}

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

export const requestDetails = (
  overrides: { skills?: readonly string[]; startIn?: number; days?: number; title?: string } = {},
) => ({
  title: overrides.title ?? 'Xây dựng kho dữ liệu dùng chung của tỉnh',
  description:
    'Tỉnh cần chuyên gia hỗ trợ thiết kế và triển khai kho dữ liệu dùng chung phục vụ chính quyền số.',
  sectorCode: 'public-administration',
  skills: (overrides.skills ?? ['data-governance']).map((code) => ({ code })),
  mode: SupportMode.REMOTE,
  province: { code: 'P01' },
  startDate: day(overrides.startIn ?? 20),
  endDate: day((overrides.startIn ?? 20) + (overrides.days ?? 10)),
  expertsNeeded: 1,
  contact: { fullName: 'Bùi Phương Thảo', email: 'thao.bp@hanoi.gov.vn', phone: '0912345678' },
  localPlan: 'Kế hoạch chuyển đổi số năm 2027 của thành phố',
  deliverables: ['Thiết kế kho dữ liệu', 'Lộ trình triển khai'],
  effortDays: 10,
  urgency: Urgency.NORMAL,
});
