/** Builders for the domain's unit tests: valid by default, overridden field by field. */
import type { Principal } from '@expertnet/platform';
import { expect } from 'vitest';
import type {
  Actor,
  Candidate,
  ChangeContext,
  Document,
  Nomination,
  OrganisationResolver,
  Round,
  RoundSettings,
} from '../src/domain/index.ts';

/** 08:00 on 1 September 2025 and 17:00 on 30 September 2025, Vietnam time. */
export const OPENS_AT = new Date('2025-09-01T01:00:00Z');
export const CLOSES_AT = new Date('2025-09-30T10:00:00Z');
export const DURING = new Date('2025-09-15T03:00:00Z');
export const AFTER = new Date('2025-10-01T03:00:00Z');
export const BEFORE = new Date('2025-08-20T03:00:00Z');

/**
 * Two 2025 mergers in miniature: P-OLD was merged into P-NEW, and P-OLDER had earlier been merged
 * into P-OLD, so both end at P-NEW.
 */
const SUCCESSORS: Readonly<Record<string, string>> = { 'P-OLD': 'P-NEW', 'P-OLDER': 'P-OLD' };

export const resolve: OrganisationResolver = (code) => {
  let current = code;
  while (Object.hasOwn(SUCCESSORS, current)) current = SUCCESSORS[current] ?? current;
  return current;
};

export const identity: OrganisationResolver = (code) => code;

export function roundSettings(overrides: Partial<RoundSettings> = {}): RoundSettings {
  return {
    name: { vi: 'Đợt tuyển chọn 2025', en: 'Intake 2025' },
    description: 'Chuyên gia chuyển đổi số',
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
    eligibility: {
      employmentTypes: [],
      requireDigitalBackground: false,
      requirePriorTraining: false,
    },
    rubric: [
      {
        code: 'experience',
        name: { vi: 'Kinh nghiệm CĐS', en: 'Experience' },
        maxScore: 10,
        weight: 30,
      },
      { code: 'education', name: { vi: 'Trình độ', en: 'Education' }, maxScore: 5, weight: 20 },
      { code: 'motivation', name: { vi: 'Động lực', en: 'Motivation' }, maxScore: 20, weight: 50 },
    ],
    reminderDaysBeforeClose: [7, 1],
    ...overrides,
  };
}

export function aRound(overrides: Partial<Round> = {}): Round {
  return {
    ...roundSettings(),
    id: 'round-1',
    status: 'open',
    version: 3,
    createdAt: new Date('2025-08-01T00:00:00Z'),
    updatedAt: new Date('2025-08-02T00:00:00Z'),
    ...overrides,
  };
}

export function aCandidate(overrides: Partial<Candidate> = {}): Candidate {
  return {
    fullName: 'Nguyễn Thị Thu Hà',
    dateOfBirth: '1985-06-15',
    gender: 'female',
    position: 'Phó Giám đốc Sở',
    unit: 'Sở Khoa học và Công nghệ',
    email: 'ha.ntt@example.gov.vn',
    phone: '0912345678',
    employmentType: 'civil-servant',
    educationLevel: 'master',
    fieldOfStudy: 'Công nghệ thông tin',
    digitalBackground: true,
    yearsOfService: 12,
    yearsOfExperience: 8,
    specialties: ['dữ liệu số'],
    languages: ['vi', 'en'],
    priorTrainings: [{ title: 'Chuyển đổi số cơ bản', provider: 'Bộ KH&CN', year: 2023 }],
    ...overrides,
  };
}

export function aDocument(overrides: Partial<Document> = {}): Document {
  return {
    id: 'doc-letter',
    kind: 'decision-letter',
    fileName: 'quyet-dinh-cu.pdf',
    contentType: 'application/pdf',
    sizeBytes: 120_000,
    sha256: 'a'.repeat(64),
    storageKey: 'nominations/doc-letter.pdf',
    uploadedAt: new Date('2025-09-10T02:00:00Z'),
    uploadedBy: 'user-nominator',
    ...overrides,
  };
}

export function aNomination(overrides: Partial<Nomination> = {}): Nomination {
  return {
    id: 'nom-1',
    roundId: 'round-1',
    organisationCode: 'BKHCN',
    effectiveOrganisationCode: 'BKHCN',
    status: 'draft',
    candidate: aCandidate(),
    nationalIdHash: 'hash-of-person-1',
    officer: {
      fullName: 'Trần Văn Bình',
      position: 'Chánh Văn phòng',
      email: 'binh.tv@example.gov.vn',
      phone: '0987654321',
    },
    documents: [aDocument()],
    eligibility: { eligible: true, findings: [] },
    reviews: [],
    averageScore: 0,
    returnReason: '',
    withdrawalReason: '',
    duplicateFlagIds: [],
    version: 4,
    createdBy: 'user-nominator',
    createdAt: new Date('2025-09-05T02:00:00Z'),
    updatedAt: new Date('2025-09-10T02:00:00Z'),
    ...overrides,
  };
}

export function anActor(overrides: Partial<Actor> = {}): Actor {
  return { subject: 'user-nominator', orgCode: 'BKHCN', roles: ['nominator'], ...overrides };
}

export function aContext(overrides: Partial<ChangeContext> = {}): ChangeContext {
  return { actor: anActor(), now: DURING, resolve, ...overrides };
}

export function aPrincipal(roles: readonly string[], org = 'BKHCN'): Principal {
  return {
    subject: `user-${roles.join('+') || 'none'}`,
    org,
    roles: new Set(roles),
    service: undefined,
  };
}

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
