import { randomBytes, randomUUID } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createGrpcClient } from '@expertnet/platform';
import {
  DocumentKind,
  EducationLevel,
  EmploymentType,
  Gender,
  NominationsService,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { outputOf, startProcess, waitForOutput } from '@expertnet/tests/support/processes.ts';
import { stackEnv } from '@expertnet/tests/support/stack-env.ts';

const serviceDir = path.join(import.meta.dirname, '..');

/** Starts the real nominations service as its own process, on a fresh database. */
export async function startNominations(extraEnv: Record<string, string> = {}) {
  const database = `nominations_test_${randomUUID().slice(0, 8)}`;
  const env = {
    MONGO_URL: stackEnv('MONGO_URL'),
    NATS_URL: stackEnv('NATS_URL'),
    KEYCLOAK_ISSUER: stackEnv('KEYCLOAK_ISSUER'),
    KEYCLOAK_AUDIENCE: stackEnv('KEYCLOAK_AUDIENCE'),
    NOMINATIONS_DB: database,
    NOMINATIONS_GRPC_PORT: '0',
    NOMINATIONS_NATIONAL_ID_KEY: randomBytes(32).toString('base64'),
    ...extraEnv,
  };
  const child = launch(env);
  const address = await addressOf(child);
  return {
    child,
    database,
    env,
    address,
    client: createGrpcClient(NominationsService, address),
    /** The same service again (after a kill), on the same database and key. */
    restart: async () => {
      const again = launch({ ...env, NOMINATIONS_GRPC_PORT: address.split(':')[1] ?? '0' });
      await addressOf(again);
      return again;
    },
  };
}

function launch(env: Record<string, string>): ChildProcess {
  return startProcess(path.join(serviceDir, 'src/main.ts'), env, {
    nodeArgs: ['--import', '@expertnet/platform/telemetry/register'],
    cwd: serviceDir,
  });
}

async function addressOf(child: ChildProcess): Promise<string> {
  await waitForOutput(child, 'nominations serving');
  const port = /"port":(\d+)[^\n]*nominations serving/.exec(outputOf(child))?.[1];
  return `127.0.0.1:${port ?? ''}`;
}

/** A candidate that meets the test round's rules; `overrides` change single fields. */
export function candidate(name: string, overrides: Record<string, unknown> = {}) {
  return {
    fullName: name,
    dateOfBirth: '1986-04-12',
    gender: Gender.FEMALE,
    position: 'Phó Trưởng phòng Chuyển đổi số',
    unit: 'Sở Khoa học và Công nghệ',
    email: `${randomUUID().slice(0, 8)}@cds.gov.vn`,
    phone: '0912345678',
    employmentType: EmploymentType.CIVIL_SERVANT,
    educationLevel: EducationLevel.MASTER,
    fieldOfStudy: 'Công nghệ thông tin',
    digitalBackground: true,
    yearsOfService: 10,
    yearsOfExperience: 6,
    specialties: ['Dữ liệu số'],
    languages: ['vi', 'en'],
    ...overrides,
  };
}

export const officer = {
  fullName: 'Trần Văn Bình',
  position: 'Chánh Văn phòng',
  email: 'vanphong@cds.gov.vn',
};

/** A fresh 12-digit citizen ID (province code, century/gender digit, year, serial). */
export const nationalId = () => `001${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;

export const decisionLetter = {
  kind: DocumentKind.DECISION_LETTER,
  fileName: 'quyet-dinh-cu.pdf',
  contentType: 'application/pdf',
  sizeBytes: 180_000n,
  sha256: 'a'.repeat(64),
  storageKey: 'nominations/decision.pdf',
};
