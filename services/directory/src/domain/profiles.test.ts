import { DomainError, vietnamDateOf } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import {
  applyGraduation,
  checkVersion,
  createInvitedProfile,
  effectiveAvailability,
  expireAvailability,
  linkUser,
  profileIdFor,
  recordActivity,
  revokeCertificate,
  setAvailability,
  setMentoringOffer,
  setSkills,
  updateDetails,
  verifySkills,
} from './profiles.ts';
import {
  aGraduation,
  aProfile,
  caught,
  LATER,
  NOW,
  someDetails,
  TAXONOMY,
} from '../../test/fixtures.ts';

const codeOf = (error: unknown) =>
  error instanceof DomainError ? error.code : 'not a DomainError';

describe('profileIdFor', () => {
  it('names one person by email, whatever its case or spaces, as a UUID', () => {
    expect(profileIdFor(' An.Nguyen@Example.gov.vn ')).toBe(
      profileIdFor('an.nguyen@example.gov.vn'),
    );
    expect(profileIdFor('a@example.vn')).not.toBe(profileIdFor('b@example.vn'));
    expect(profileIdFor('a@example.vn')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab]/);
  });
});

describe('applyGraduation', () => {
  it('creates a graduate profile with the programme skills verified', () => {
    const { profile, outcome } = applyGraduation(undefined, aGraduation(), TAXONOMY, NOW);
    expect(outcome).toBe('created');
    expect(profile).toMatchObject({
      id: profileIdFor('an.nguyen@example.gov.vn'),
      origin: 'graduate',
      fullName: 'Nguyễn Văn An',
      organisationCode: 'P01',
      provinceCode: 'P01',
      version: 1,
      enrolmentIds: ['enrol-1'],
      credentials: [{ certificateId: 'cert-1', number: 'CDS-2025-000123', revoked: false }],
    });
    expect(profile.skills).toEqual([
      expect.objectContaining({
        code: 'digital-transformation',
        name: { vi: 'Chuyển đổi số', en: 'Digital transformation' },
        source: 'verified',
        level: 'intermediate',
        evidence: 'Chứng chỉ CDS-2025-000123, học phần M01, M03',
        verifiedAt: NOW,
      }),
      expect.objectContaining({
        code: 'data-governance',
        source: 'verified',
        evidence: 'Chứng chỉ CDS-2025-000123, học phần M03',
      }),
    ]);
  });

  it.each([
    ['a province', 'P79', 'P79'],
    ['a province merged away', 'P74', 'P79'],
    ['a ministry (seated in the capital)', 'BNV', 'P01'],
  ])('places an expert of %s in province %s -> %s', (_case, organisation, province) => {
    const facts = aGraduation();
    const { profile } = applyGraduation(
      undefined,
      { ...facts, trainee: { ...facts.trainee, effectiveOrganisationCode: organisation } },
      TAXONOMY,
      NOW,
    );
    expect(profile.provinceCode).toBe(province);
  });

  it('changes nothing when the same graduation is delivered again', () => {
    const first = applyGraduation(undefined, aGraduation(), TAXONOMY, NOW).profile;
    const again = applyGraduation(first, aGraduation(), TAXONOMY, LATER);
    expect(again.outcome).toBe('unchanged');
    expect(again.profile).toBe(first);
  });

  it('adds a second programme to the same profile, keeping a higher level and self-declared skills', () => {
    const first = setSkills(
      applyGraduation(undefined, aGraduation(), TAXONOMY, NOW).profile,
      [
        { code: 'data-governance', level: 'expert' },
        { code: 'ai', level: 'basic' },
      ],
      TAXONOMY,
      NOW,
    );
    const { profile, outcome } = applyGraduation(
      first,
      aGraduation({
        enrolmentId: 'enrol-2',
        modulesPassed: [{ code: 'S01', skillCodes: ['data-governance', 'cybersecurity'] }],
        verifiedSkillCodes: ['data-governance', 'cybersecurity'],
        certificate: { id: 'cert-2', number: 'CDS-2026-000001', issuedOn: '2026-03-01' },
      }),
      TAXONOMY,
      LATER,
    );
    expect(outcome).toBe('updated');
    expect(profile.id).toBe(first.id);
    expect(profile.version).toBe(first.version + 1);
    expect(profile.credentials.map((credential) => credential.certificateId)).toEqual([
      'cert-1',
      'cert-2',
    ]);
    const skills = Object.fromEntries(profile.skills.map((skill) => [skill.code, skill]));
    expect(skills['data-governance']).toMatchObject({ level: 'expert', source: 'verified' });
    expect(skills.cybersecurity).toMatchObject({ level: 'intermediate', source: 'verified' });
    expect(skills.ai).toMatchObject({ source: 'self-declared' });
  });
});

describe('createInvitedProfile', () => {
  it('creates an invited specialist profile with the same id a later graduation would use', () => {
    const profile = createInvitedProfile(
      {
        fullName: ' Trần Thị Bình ',
        email: 'binh@example.vn',
        organisationCode: 'BNV',
        details: someDetails(),
      },
      NOW,
    );
    expect(profile).toMatchObject({
      id: profileIdFor('binh@example.vn'),
      origin: 'invited',
      fullName: 'Trần Thị Bình',
      userSubject: '',
      skills: [],
      version: 1,
    });
  });

  it('lists every problem at once', () => {
    const error = caught(() =>
      createInvitedProfile(
        {
          fullName: 'X',
          email: 'not-an-email',
          organisationCode: 'NOPE',
          details: someDetails({ provinceCode: 'BNV' }),
        },
        NOW,
      ),
    );
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).violations.map((violation) => violation.field)).toEqual([
      'full_name',
      'email',
      'organisation.code',
      'details.province.code',
    ]);
  });
});

describe('updateDetails', () => {
  it('writes the form, bumps the version and counts as activity', () => {
    const profile = updateDetails(aProfile(), someDetails({ bio: '  Kinh nghiệm  ' }), LATER);
    expect(profile).toMatchObject({ bio: 'Kinh nghiệm', version: 2, lastActiveAt: LATER });
  });

  it.each([
    ['a too short position', { position: 'A' }, 'details.position'],
    ['an unknown province', { provinceCode: 'P99' }, 'details.province.code'],
    ['a repeated sector', { sectorCodes: ['health', 'health'] }, 'details.sector_codes'],
    ['a bad sector code', { sectorCodes: ['Health'] }, 'details.sector_codes[0]'],
    [
      'a bad language code',
      { languages: [{ code: 'eng', level: 'basic' as const }] },
      'details.languages[0].code',
    ],
    [
      'a foreign phone number',
      { contact: { email: '', phone: '+1 555 0100' } },
      'details.contact.phone',
    ],
    ['a bad email', { contact: { email: 'x@', phone: '' } }, 'details.contact.email'],
  ])('refuses %s', (_case, overrides, field) => {
    const error = caught(() => updateDetails(aProfile(), someDetails(overrides), LATER));
    expect((error as DomainError).violations.map((violation) => violation.field)).toContain(field);
  });
});

describe('setSkills', () => {
  it('replaces self-declared skills and keeps verified ones, raising but never lowering them', () => {
    const before = setSkills(aProfile(), [{ code: 'ai', level: 'basic' }], TAXONOMY, NOW);
    const after = setSkills(
      before,
      [
        { code: 'digital-transformation', level: 'expert' },
        { code: 'data-governance', level: 'basic' },
        { code: 'cybersecurity', level: 'advanced' },
      ],
      TAXONOMY,
      LATER,
    );
    expect(after.skills.map((skill) => [skill.code, skill.level, skill.source])).toEqual([
      ['digital-transformation', 'expert', 'verified'],
      ['data-governance', 'intermediate', 'verified'],
      ['cybersecurity', 'advanced', 'self-declared'],
    ]);
  });

  it('keeps verified skills when the claims leave them out', () => {
    const after = setSkills(aProfile(), [], TAXONOMY, LATER);
    expect(after.skills.map((skill) => skill.code)).toEqual([
      'digital-transformation',
      'data-governance',
    ]);
  });

  it.each([
    ['an unknown code', [{ code: 'juggling', level: 'basic' as const }], 'UNKNOWN_SKILL'],
    [
      'a deprecated code not held',
      [{ code: 'old-skill', level: 'basic' as const }],
      'UNKNOWN_SKILL',
    ],
    [
      'a repeated code',
      [
        { code: 'ai', level: 'basic' as const },
        { code: 'ai', level: 'expert' as const },
      ],
      'INVALID_ARGUMENT',
    ],
  ])('refuses %s', (_case, claims, code) => {
    expect(codeOf(caught(() => setSkills(aProfile(), claims, TAXONOMY, LATER)))).toBe(code);
  });
});

describe('verifySkills', () => {
  it('marks skills verified with the evidence, turning a self-declared claim verified', () => {
    const before = setSkills(aProfile(), [{ code: 'ai', level: 'advanced' }], TAXONOMY, NOW);
    const after = verifySkills(
      before,
      [{ code: 'ai', level: 'basic' }],
      'Hồ sơ năng lực đã thẩm định',
      TAXONOMY,
      LATER,
    );
    expect(after.skills.find((skill) => skill.code === 'ai')).toMatchObject({
      source: 'verified',
      level: 'advanced',
      evidence: 'Hồ sơ năng lực đã thẩm định',
      verifiedAt: LATER,
    });
  });

  it('needs evidence', () => {
    expect(
      codeOf(
        caught(() =>
          verifySkills(aProfile(), [{ code: 'ai', level: 'basic' }], 'x', TAXONOMY, LATER),
        ),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('availability', () => {
  it('is Vietnam’s date: 20:00 UTC is already the next day', () => {
    expect(vietnamDateOf(new Date('2025-12-03T20:00:00Z'))).toBe('2025-12-04');
  });

  it('sets limited until a future day', () => {
    const profile = setAvailability(
      aProfile(),
      { status: 'limited', until: '2025-12-20', note: 'Đi công tác' },
      NOW,
    );
    expect(profile.availability).toEqual({
      status: 'limited',
      until: '2025-12-20',
      note: 'Đi công tác',
      updatedAt: NOW,
    });
  });

  it.each([
    [
      'until today',
      { status: 'unavailable' as const, until: '2025-12-03', note: '' },
      'INVALID_UNTIL_DATE',
    ],
    [
      'until with available',
      { status: 'available' as const, until: '2025-12-20', note: '' },
      'INVALID_ARGUMENT',
    ],
    [
      'a malformed date',
      { status: 'limited' as const, until: '2025-13-01', note: '' },
      'INVALID_ARGUMENT',
    ],
  ])('refuses %s', (_case, change, code) => {
    expect(codeOf(caught(() => setAvailability(aProfile(), change, NOW)))).toBe(code);
  });

  it.each([
    ['before the day', '2025-12-09T03:00:00Z', 'unavailable'],
    ['on the day itself', '2025-12-10T03:00:00Z', 'unavailable'],
    ['the day after', '2025-12-11T03:00:00Z', 'available'],
  ])('reads an absence until 10 December %s as %s', (_case, at, status) => {
    const profile = setAvailability(
      aProfile(),
      { status: 'unavailable', until: '2025-12-10', note: '' },
      NOW,
    );
    expect(effectiveAvailability(profile.availability, new Date(at)).status).toBe(status);
  });

  it('expires a passed absence once, without counting it as activity', () => {
    const absent = setAvailability(
      aProfile(),
      { status: 'unavailable', until: '2025-12-05', note: '' },
      NOW,
    );
    const expired = expireAvailability(absent, LATER);
    expect(expired).toMatchObject({
      availability: { status: 'available', until: '' },
      version: absent.version + 1,
      lastActiveAt: NOW,
    });
    expect(expired && expireAvailability(expired, LATER)).toBeUndefined();
  });
});

describe('setMentoringOffer', () => {
  it('records the offer', () => {
    const offer = {
      willing: true,
      maxMentees: 3,
      topicSkillCodes: ['ai'],
      note: '',
      modality: 'in-person',
    } as const;
    expect(setMentoringOffer(aProfile(), offer, TAXONOMY, LATER).mentoring).toEqual(offer);
  });

  it.each([
    ['willing without capacity', { willing: true, maxMentees: 0, topicSkillCodes: [], note: '' }],
    ['too many mentees', { willing: true, maxMentees: 21, topicSkillCodes: [], note: '' }],
    ['an unknown topic', { willing: true, maxMentees: 2, topicSkillCodes: ['juggling'], note: '' }],
  ])('refuses %s', (_case, offer) => {
    const made = () =>
      setMentoringOffer(aProfile(), { ...offer, modality: 'any' }, TAXONOMY, LATER);
    expect(codeOf(caught(made))).toBe('INVALID_ARGUMENT');
  });
});

describe('versions, activity and sign-in links', () => {
  it('refuses a stale version', () => {
    expect(
      codeOf(
        caught(() => {
          checkVersion(aProfile({ version: 3 }), 2);
        }),
      ),
    ).toBe('VERSION_MISMATCH');
    expect(() => {
      checkVersion(aProfile({ version: 3 }), 3);
    }).not.toThrow();
  });

  it('moves lastActiveAt forward only, without a version bump', () => {
    const profile = aProfile();
    expect(recordActivity(profile, LATER)).toMatchObject({ lastActiveAt: LATER, version: 1 });
    expect(recordActivity(profile, new Date('2025-01-01T00:00:00Z'))).toBe(profile);
  });

  it('links an unlinked profile once', () => {
    const unlinked = aProfile({ userSubject: '' });
    expect(linkUser(unlinked, 'user-x', LATER).userSubject).toBe('user-x');
    expect(codeOf(caught(() => linkUser(aProfile(), 'user-x', LATER)))).toBe(
      'PROFILE_ALREADY_LINKED',
    );
  });
});

describe('revokeCertificate', () => {
  it('marks the credential revoked and turns the skills it verified self-declared', () => {
    const withOther = verifySkills(
      setSkills(aProfile(), [{ code: 'data-governance', level: 'expert' }], TAXONOMY, NOW),
      [{ code: 'cybersecurity', level: 'advanced' }],
      'Thẩm định hồ sơ',
      TAXONOMY,
      NOW,
    );
    const after = revokeCertificate(
      withOther,
      { certificateId: 'cert-1', number: 'CDS-2025-000123' },
      LATER,
    );
    expect(after.credentials[0]?.revoked).toBe(true);
    expect(after.skills.map((skill) => [skill.code, skill.level, skill.source])).toEqual([
      ['digital-transformation', 'intermediate', 'self-declared'],
      ['data-governance', 'expert', 'self-declared'],
      ['cybersecurity', 'advanced', 'verified'],
    ]);
    expect(after.version).toBe(withOther.version + 1);
  });

  it.each([
    ['an unknown certificate', 'cert-x'],
    ['a certificate already revoked', 'cert-1'],
  ])('changes nothing for %s', (_case, certificateId) => {
    const once = revokeCertificate(
      aProfile(),
      { certificateId: 'cert-1', number: 'CDS-2025-000123' },
      NOW,
    );
    expect(revokeCertificate(once, { certificateId, number: '' }, LATER)).toBe(once);
  });
});
