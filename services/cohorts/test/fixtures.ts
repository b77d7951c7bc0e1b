/** Builders for the domain's unit tests: valid by default, overridden field by field. */
import { generateKeyPairSync } from 'node:crypto';
import type { Principal } from '@expertnet/platform';
import { expect } from 'vitest';
import type { NominationInput } from '../src/domain/nomination-events.ts';
import type {
  Actor,
  ChangeContext,
  Cohort,
  CohortSettings,
  CohortView,
  Enrolment,
  Module,
  OrganisationResolver,
  Session,
  SessionSettings,
  Track,
  TrackSettings,
  Trainee,
} from '../src/domain/types.ts';
import type { CertificateSigner } from '../src/domain/verification-code.ts';

export const TRACK_ID = '0a1b2c3d-0000-4000-8000-000000000001';
export const ROUND_ID = '0a1b2c3d-0000-4000-8000-0000000000a1';
export const COHORT_A = '0a1b2c3d-0000-4000-8000-00000000c0a1';
export const COHORT_B = '0a1b2c3d-0000-4000-8000-00000000c0b2';
export const SESSION_ID = '0a1b2c3d-0000-4000-8000-00000000de51';

/** 08:30 on Monday 6 October 2025, Vietnam time: the first session starts. */
export const SESSION_START = new Date('2025-10-06T01:30:00Z');
export const SESSION_END = new Date('2025-10-06T04:30:00Z');
export const DURING_COURSE = new Date('2025-10-20T03:00:00Z');
export const AFTER_COURSE = new Date('2025-12-01T03:00:00Z');
export const BEFORE_COURSE = new Date('2025-09-20T03:00:00Z');

export const minutesAfter = (instant: Date, minutes: number) =>
  new Date(instant.getTime() + minutes * 60_000);

/** P-OLD was merged into P-NEW in 2025, and P-OLDER into P-OLD before that. */
const SUCCESSORS: Readonly<Record<string, string>> = { 'P-OLD': 'P-NEW', 'P-OLDER': 'P-OLD' };

export const resolve: OrganisationResolver = (code) => {
  let current = code;
  while (Object.hasOwn(SUCCESSORS, current)) current = SUCCESSORS[current] ?? current;
  return current;
};

export function aModule(overrides: Partial<Module> = {}): Module {
  return {
    code: 'M1',
    title: { vi: 'Quản trị dữ liệu', en: 'Data governance' },
    hours: 24,
    passScore: 70,
    required: true,
    skillCodes: ['data-governance'],
    ...overrides,
  };
}

export function trackSettings(overrides: Partial<TrackSettings> = {}): TrackSettings {
  return {
    code: 'CDS-EXPERT',
    name: { vi: 'Chuyên gia chuyển đổi số', en: 'Digital transformation expert' },
    description: 'Chương trình 1.000 chuyên gia CĐS',
    modules: [
      aModule(),
      aModule({
        code: 'M2',
        title: { vi: 'Chính phủ số', en: 'Digital government' },
        passScore: 60,
        skillCodes: ['digital-government'],
      }),
      aModule({
        code: 'M3',
        title: { vi: 'An toàn thông tin', en: 'Cybersecurity' },
        passScore: 50,
        required: false,
        skillCodes: ['cybersecurity', 'data-governance'],
      }),
    ],
    completion: { minAttendancePercent: 80, excusedCountsAsAttended: false, minModulesPassed: 2 },
    ...overrides,
  };
}

export function aTrack(overrides: Partial<TrackSettings> = {}): Track {
  return {
    id: TRACK_ID,
    settings: trackSettings(overrides),
    version: 2,
    createdAt: new Date('2025-08-01T00:00:00Z'),
    updatedAt: new Date('2025-08-02T00:00:00Z'),
  };
}

export function cohortSettings(overrides: Partial<CohortSettings> = {}): CohortSettings {
  return {
    trackId: TRACK_ID,
    intakeRoundId: ROUND_ID,
    code: 'K1-HN',
    name: { vi: 'Khóa 1 - Hà Nội', en: 'Cohort 1 - Hanoi' },
    startDate: '2025-10-06',
    endDate: '2025-11-28',
    capacity: 2,
    deliveryMode: 'blended',
    venueProvinceCode: 'P01',
    venue: 'Học viện Chính trị quốc gia',
    facilitators: [{ subject: 'fac-1', fullName: 'Lê Minh Tuấn', email: 'tuan.lm@example.gov.vn' }],
    ...overrides,
  };
}

export function aCohort(
  overrides: Partial<Cohort> = {},
  settings: Partial<CohortSettings> = {},
): Cohort {
  return {
    id: COHORT_A,
    settings: cohortSettings(settings),
    status: 'running',
    enrolledCount: 1,
    waitlistedCount: 0,
    version: 3,
    createdAt: new Date('2025-09-01T00:00:00Z'),
    updatedAt: new Date('2025-09-02T00:00:00Z'),
    ...overrides,
  };
}

export const aView = (cohort: Cohort = aCohort(), track: Track = aTrack()): CohortView => ({
  cohort,
  track,
});

/** Cohort B: same track and round, starts a month later, in Đà Nẵng. */
export const otherCohort = (
  overrides: Partial<Cohort> = {},
  settings: Partial<CohortSettings> = {},
) =>
  aCohort(
    { id: COHORT_B, enrolledCount: 0, ...overrides },
    {
      code: 'K2-DN',
      name: { vi: 'Khóa 2 - Đà Nẵng', en: 'Cohort 2 - Da Nang' },
      startDate: '2025-11-03',
      endDate: '2025-12-19',
      facilitators: [
        { subject: 'fac-2', fullName: 'Phạm Thu Trang', email: 'trang.pt@example.gov.vn' },
      ],
      ...settings,
    },
  );

export function sessionSettings(overrides: Partial<SessionSettings> = {}): SessionSettings {
  return {
    moduleCode: 'M1',
    title: 'Khung quản trị dữ liệu',
    startsAt: SESSION_START,
    endsAt: SESSION_END,
    mode: 'in-person',
    location: 'Phòng 301',
    meetingUrl: '',
    checkIn: { opensMinutesBefore: 15, lateAfterMinutes: 10, closesMinutesAfter: 30 },
    ...overrides,
  };
}

export function aSession(
  overrides: Partial<Session> = {},
  settings: Partial<SessionSettings> = {},
): Session {
  return {
    id: SESSION_ID,
    cohortId: COHORT_A,
    settings: sessionSettings(settings),
    cancelled: false,
    version: 1,
    ...overrides,
  };
}

export function aTrainee(overrides: Partial<Trainee> = {}): Trainee {
  return {
    fullName: 'Nguyễn Thị Thu Hà',
    email: 'ha.ntt@example.gov.vn',
    userSubject: 'trainee-1',
    organisationCode: 'BKHCN',
    effectiveOrganisationCode: 'BKHCN',
    position: 'Phó Giám đốc Sở',
    unit: 'Sở Khoa học và Công nghệ',
    specialties: ['dữ liệu số'],
    languages: ['vi', 'en'],
    ...overrides,
  };
}

/** Enrolled in cohort A since the day before it started. */
export function anEnrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: 'e0000000-0000-5000-8000-000000000001',
    nominationId: 'nom-1',
    roundId: ROUND_ID,
    nominationVersion: 6,
    trainee: aTrainee(),
    cohortId: COHORT_A,
    status: 'enrolled',
    seats: [{ cohortId: COHORT_A, from: new Date('2025-10-05T00:00:00Z') }],
    progress: {
      sessionsHeld: 0,
      sessionsAttended: 0,
      attendancePercent: 0,
      modulesPassed: [],
      unmet: [],
    },
    reason: '',
    certificateId: '',
    version: 2,
    createdAt: new Date('2025-09-25T00:00:00Z'),
    updatedAt: new Date('2025-10-05T00:00:00Z'),
    ...overrides,
  };
}

export function nominationFacts(overrides: Partial<NominationInput> = {}): NominationInput {
  return {
    nominationId: 'nom-1',
    roundId: ROUND_ID,
    organisationCode: 'BKHCN',
    effectiveOrganisationCode: 'BKHCN',
    nominee: {
      fullName: 'Nguyễn Thị Thu Hà',
      email: 'ha.ntt@example.gov.vn',
      position: 'Phó Giám đốc Sở',
      unit: 'Sở Khoa học và Công nghệ',
      specialties: ['dữ liệu số'],
      languages: ['vi', 'en'],
    },
    version: 6,
    ...overrides,
  };
}

export function anActor(overrides: Partial<Actor> = {}): Actor {
  return { subject: 'po-1', orgCode: 'BKHCN', roles: ['programme-office'], ...overrides };
}

export const SERVICE_ACTOR: Actor = {
  subject: 'svc-cohorts',
  orgCode: '',
  roles: [],
  service: 'svc-cohorts',
};

export function aContext(overrides: Partial<ChangeContext> = {}): ChangeContext {
  return { actor: anActor(), now: DURING_COURSE, resolve, ...overrides };
}

export function aPrincipal(roles: readonly string[], org = 'BKHCN', subject?: string): Principal {
  return {
    subject: subject ?? `user-${roles.join('+') || 'none'}`,
    org,
    roles: new Set(roles),
    service: undefined,
  };
}

/** 32 bytes, the minimum for the check-in HMAC. */
export const CHECK_IN_KEY = new Uint8Array(32).fill(7);

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
export const SIGNER: CertificateSigner = { keyId: 'cds-2025', privateKey };
export const PUBLIC_KEY = publicKey;
export const publicKeys = (keyId: string) => (keyId === 'cds-2025' ? publicKey : undefined);

/** Runs `act` and returns the DomainError-like object it threw, failing the test otherwise. */
export function caught(act: () => unknown): {
  kind: string;
  code: string;
  message: string;
  violations: readonly { field: string; description: string }[];
} {
  try {
    act();
  } catch (error) {
    expect(error).toMatchObject({ name: 'DomainError' });
    return error as ReturnType<typeof caught>;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}
