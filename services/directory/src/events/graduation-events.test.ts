// The typed decoding of the cohorts events against the reflective toPlain it replaced: the domain
// makes the same profile, and withdraws the same verification, from either.
import { create } from '@bufbuild/protobuf';
import { timestampNow } from '@bufbuild/protobuf/wkt';
import { toPlain } from '@expertnet/platform/testing/plain.ts';
import { COHORTS_EVENTS, COHORTS_SUBJECTS } from '@expertnet/proto/events';
import { describe, expect, it } from 'vitest';
import { NOW, TAXONOMY } from '../../test/fixtures.ts';
import { applyGraduation, type GraduationFacts } from '../domain/index.ts';
import { graduationFactsOf, revokedCertificateOf } from './graduation-events.ts';

const GRADUATED = COHORTS_EVENTS[COHORTS_SUBJECTS.traineeGraduated];
const REVOKED = COHORTS_EVENTS[COHORTS_SUBJECTS.certificateRevoked];

const graduation = create(GRADUATED, {
  enrolmentId: 'enrol-9',
  nominationId: 'nom-9',
  trainee: {
    fullName: 'Hoàng Thị Mai',
    email: 'mai.hoang@p48.gov.vn',
    userSubject: 'user-mai',
    organisation: { code: 'P48' },
    effectiveOrganisation: { code: 'P48' },
    position: 'Trưởng phòng',
    unit: 'Sở Thông tin và Truyền thông',
  },
  trackName: { vi: 'Quản trị dữ liệu', en: 'Data governance' },
  graduatedOn: '2025-11-28',
  attendancePercent: 92,
  modulesPassed: [
    { code: 'M02', score: 85, skillCodes: ['data-governance'] },
    { code: 'M04', score: 77, skillCodes: ['ai', 'data-governance'] },
  ],
  verifiedSkillCodes: ['data-governance', 'ai'],
  certificate: { id: 'cert-9', number: 'CDS-2025-000999', issuedOn: '2025-11-29' },
});

describe('cohorts events decoded for the use cases', () => {
  it('gives the domain the graduation facts the reflective decoding gave', () => {
    const reflective = toPlain(graduation, GRADUATED) as unknown as GraduationFacts;
    expect(applyGraduation(undefined, graduationFactsOf(graduation), TAXONOMY, NOW)).toEqual(
      applyGraduation(undefined, reflective, TAXONOMY, NOW),
    );
  });

  it('refuses a graduation without its trainee or its certificate', () => {
    expect(() => graduationFactsOf(create(GRADUATED, { enrolmentId: 'e' }))).toThrow(/no trainee/);
  });

  it('names the revoked certificate by id and number', () => {
    const revoked = create(REVOKED, {
      certificateId: 'cert-9',
      number: 'CDS-2025-000999',
      enrolmentId: 'enrol-9',
      reason: 'Cấp nhầm',
      revokedAt: timestampNow(),
    });
    expect(revokedCertificateOf(revoked)).toEqual({
      certificateId: 'cert-9',
      number: 'CDS-2025-000999',
    });
  });
});
