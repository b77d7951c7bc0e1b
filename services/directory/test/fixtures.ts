/** Builders for the domain's unit tests: valid by default, overridden field by field. */
import type { Principal } from '@expertnet/platform';
import { expect } from 'vitest';
import { applyGraduation, type GraduationFacts } from '../src/domain/profiles.ts';
import type {
  ExpertProfile,
  ProfileDetails,
  SkillDefinition,
  Taxonomy,
} from '../src/domain/types.ts';

/** 10:00 on Wednesday 3 December 2025, Vietnam time. */
export const NOW = new Date('2025-12-03T03:00:00Z');
export const LATER = new Date('2025-12-10T03:00:00Z');

const definition = (
  code: string,
  vi: string,
  en: string,
  aliases: string[] = [],
  deprecated = false,
): SkillDefinition => ({
  code,
  name: { vi, en },
  description: { vi: '', en: '' },
  category: 'general',
  aliases,
  deprecated,
});

export const TAXONOMY: Taxonomy = new Map(
  [
    definition('digital-transformation', 'Chuyển đổi số', 'Digital transformation'),
    definition('data-governance', 'Quản trị dữ liệu', 'Data governance'),
    definition('cybersecurity', 'An toàn thông tin', 'Information security'),
    definition('ai', 'Trí tuệ nhân tạo', 'Artificial intelligence', ['AI', 'học máy']),
    definition('e-government', 'Chính phủ điện tử', 'E-government'),
    definition('old-skill', 'Kỹ năng cũ', 'Old skill', [], true),
  ].map((skill) => [skill.code, skill]),
);

export const SECTORS = new Map([
  ['health', { code: 'health', name: { vi: 'Y tế', en: 'Health' } }],
  ['education', { code: 'education', name: { vi: 'Giáo dục', en: 'Education' } }],
  ['finance', { code: 'finance', name: { vi: 'Tài chính', en: 'Finance' } }],
]);

export function aGraduation(overrides: Partial<GraduationFacts> = {}): GraduationFacts {
  return {
    enrolmentId: 'enrol-1',
    nominationId: 'nom-1',
    trainee: {
      fullName: 'Nguyễn Văn An',
      email: 'An.Nguyen@example.gov.vn',
      userSubject: 'user-an',
      effectiveOrganisationCode: 'P01',
      position: 'Chuyên viên',
      unit: 'Phòng Công nghệ thông tin',
    },
    trackName: { vi: 'Chuyển đổi số cơ bản', en: 'Digital transformation basics' },
    graduatedOn: '2025-11-28',
    modulesPassed: [
      { code: 'M01', skillCodes: ['digital-transformation'] },
      { code: 'M03', skillCodes: ['data-governance', 'digital-transformation'] },
    ],
    verifiedSkillCodes: ['digital-transformation', 'data-governance'],
    certificate: { id: 'cert-1', number: 'CDS-2025-000123', issuedOn: '2025-11-28' },
    ...overrides,
  };
}

/** A graduate's profile, as created from aGraduation, with overrides. */
export function aProfile(overrides: Partial<ExpertProfile> = {}): ExpertProfile {
  const { profile } = applyGraduation(undefined, aGraduation(), TAXONOMY, NOW);
  return { ...profile, ...overrides };
}

export function someDetails(overrides: Partial<ProfileDetails> = {}): ProfileDetails {
  return {
    position: 'Phó trưởng phòng',
    unit: 'Sở Khoa học và Công nghệ',
    provinceCode: 'P01',
    bio: 'Mười năm triển khai chính phủ điện tử.',
    sectorCodes: ['health'],
    languages: [{ code: 'en', level: 'working' }],
    contact: { email: 'an@example.gov.vn', phone: '0912345678', preferredChannel: 'zalo' },
    ...overrides,
  };
}

export function aPrincipal(roles: string[], subject: string, org = 'P01'): Principal {
  return { subject, org, roles: new Set(roles), service: undefined };
}

/** The error `action` throws, for matching its code and fields. */
export function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  expect.fail('expected an error');
}
