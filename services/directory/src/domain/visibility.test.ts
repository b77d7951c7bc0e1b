import { describe, expect, it } from 'vitest';
import { aPrincipal, aProfile, LATER, NOW } from '../../test/fixtures.ts';
import type { ExpertProfile, Visibility, VisibilityField } from './types.ts';
import {
  canSee,
  summaryOf,
  viewerOf,
  viewProfile,
  type ProfileView,
  type Viewer,
} from './visibility.ts';

describe('canSee', () => {
  // prettier-ignore
  const EXPECTED: readonly [Visibility, Record<Viewer, boolean>][] = [
    ['network',          { owner: true, 'programme-office': true,  network: true }],
    ['programme-office', { owner: true, 'programme-office': true,  network: false }],
    ['only-me',          { owner: true, 'programme-office': false, network: false }],
  ];
  it.each(EXPECTED)('%s', (visibility, cells) => {
    for (const [viewer, sees] of Object.entries(cells) as [Viewer, boolean][]) {
      expect(canSee(viewer, visibility), viewer).toBe(sees);
    }
  });
});

describe('viewerOf', () => {
  const profile = aProfile({ userSubject: 'user-an' });
  it.each([
    ['the owner', aPrincipal([], 'user-an'), 'owner'],
    ['the owner who is also in the office', aPrincipal(['programme-office'], 'user-an'), 'owner'],
    ['the office', aPrincipal(['programme-office'], 'po-1'), 'programme-office'],
    ['another expert', aPrincipal(['expert'], 'user-binh'), 'network'],
    ['a service account', { ...aPrincipal([], 'svc-mentoring'), service: 'mentoring' }, 'network'],
  ])('%s reads as %s', (_case, principal, viewer) => {
    expect(viewerOf(principal, profile)).toBe(viewer);
  });

  it('never makes an empty subject the owner of an unlinked profile', () => {
    expect(viewerOf(aPrincipal([], ''), aProfile({ userSubject: '' }))).toBe('network');
  });
});

describe('viewProfile', () => {
  const profile: ExpertProfile = aProfile({
    bio: 'Tiểu sử',
    contact: { email: 'an@example.vn', phone: '0912345678', preferredChannel: 'zalo' },
    sectorCodes: ['health'],
    visibility: { bio: 'only-me', skills: 'programme-office', phone: 'only-me' },
  });

  /** Which optional parts each viewer gets, field by field. */
  // prettier-ignore
  const EXPECTED: readonly [keyof ProfileView, Record<Viewer, boolean>][] = [
    ['bio',          { owner: true, 'programme-office': false, network: false }],
    ['skills',       { owner: true, 'programme-office': true,  network: false }],
    ['sectorCodes',  { owner: true, 'programme-office': true,  network: true }],
    ['languages',    { owner: true, 'programme-office': true,  network: true }],
    ['availability', { owner: true, 'programme-office': true,  network: true }],
    ['mentoring',    { owner: true, 'programme-office': true,  network: true }],
    ['credentials',  { owner: true, 'programme-office': true,  network: true }],
    ['lastActiveAt', { owner: true, 'programme-office': true,  network: true }],
    ['contact',      { owner: true, 'programme-office': true,  network: false }],
    ['visibility',   { owner: true, 'programme-office': true,  network: false }],
  ];
  it.each(EXPECTED)('%s', (field, cells) => {
    for (const [viewer, present] of Object.entries(cells) as [Viewer, boolean][]) {
      expect(field in viewProfile(profile, viewer, NOW), `${viewer} sees ${field}`).toBe(present);
    }
  });

  it('names what it withholds by proto field', () => {
    expect(viewProfile(profile, 'network', NOW).withheldFields).toEqual([
      'contact.email',
      'contact.phone',
      'bio',
      'skills',
    ]);
    expect(viewProfile(profile, 'programme-office', NOW).withheldFields).toEqual([
      'contact.phone',
      'bio',
    ]);
    expect(viewProfile(profile, 'owner', NOW).withheldFields).toEqual([]);
  });

  it('gives the office the email but not the phone the expert kept to themself', () => {
    expect(viewProfile(profile, 'programme-office', NOW).contact).toEqual({
      email: 'an@example.vn',
      preferredChannel: 'zalo',
    });
  });

  it('leaves no hidden value anywhere in the serialised view', () => {
    const text = JSON.stringify(viewProfile(profile, 'network', NOW));
    for (const secret of ['Tiểu sử', 'an@example.vn', '0912345678', 'data-governance']) {
      expect(text).not.toContain(secret);
    }
  });

  it('always shows what makes an expert findable', () => {
    const hidden = Object.fromEntries(
      (
        [
          'email',
          'phone',
          'bio',
          'skills',
          'sectors',
          'languages',
          'availability',
          'mentoring',
          'certificates',
          'lastActive',
        ] as VisibilityField[]
      ).map((field) => [field, 'only-me']),
    );
    const view = viewProfile(aProfile({ visibility: hidden }), 'network', NOW);
    expect(view).toMatchObject({
      fullName: 'Nguyễn Văn An',
      organisationCode: 'P01',
      provinceCode: 'P01',
      position: 'Chuyên viên',
    });
    expect(view.withheldFields).toHaveLength(10);
  });

  it('reads an absence whose day has passed as available', () => {
    const absent = aProfile({
      availability: {
        status: 'unavailable',
        until: '2025-12-05',
        note: 'Nghỉ phép',
        updatedAt: NOW,
      },
    });
    expect(viewProfile(absent, 'network', LATER).availability?.status).toBe('available');
  });
});

describe('summaryOf', () => {
  it('shows verified skills first, then by level, and what the caller may see', () => {
    const profile = aProfile({
      skills: [
        {
          code: 'ai',
          name: { vi: 'AI', en: 'AI' },
          level: 'expert',
          source: 'self-declared',
          evidence: '',
        },
        ...aProfile().skills,
      ],
      mentoring: {
        willing: true,
        maxMentees: 2,
        topicSkillCodes: [],
        note: '',
        modality: 'online',
      },
      visibility: { availability: 'only-me' },
    });
    const summary = summaryOf(viewProfile(profile, 'network', NOW));
    expect(summary.topSkills.map((skill) => skill.code)).toEqual([
      'data-governance',
      'digital-transformation',
      'ai',
    ]);
    expect(summary).toMatchObject({ willingToMentor: true, certified: true, lastActiveAt: NOW });
    expect('availability' in summary).toBe(false);
  });
});
