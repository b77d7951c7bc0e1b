import { randomBytes, randomUUID } from 'node:crypto';
import { createGrpcClient } from '@expertnet/platform';
import {
  DocumentKind,
  EducationLevel,
  EmploymentType,
  Gender,
  NominationsService,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { serversEnv, startService } from '@expertnet/tests/support/services.ts';

/** Starts the real nominations service as its own process, on a fresh database. */
export async function startNominations(extraEnv: Record<string, string> = {}) {
  const env = {
    ...serversEnv(),
    NOMINATIONS_DB: `nominations_test_${randomUUID().slice(0, 8)}`,
    NOMINATIONS_GRPC_PORT: '0',
    NOMINATIONS_NATIONAL_ID_KEY: randomBytes(32).toString('base64'),
    ...extraEnv,
  };
  const { child, port } = await startService('nominations', env, 'nominations serving');
  const address = `127.0.0.1:${String(port)}`;
  return {
    child,
    env,
    address,
    client: createGrpcClient(NominationsService, address),
    /** The same service again (after a kill), on the same port, database and key. */
    restart: async () =>
      (
        await startService(
          'nominations',
          { ...env, NOMINATIONS_GRPC_PORT: String(port) },
          'nominations serving',
        )
      ).child,
  };
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
