import { describe, expect, it } from 'vitest';
import { findPeers, similarity } from './peers.ts';
import { aProfile, NOW, SECTORS } from '../../test/fixtures.ts';
import type { ExpertProfile, ExpertSkill, SkillLevel } from './types.ts';
import { viewProfile } from './visibility.ts';

const skill = (code: string, level: SkillLevel, vi = code, en = code): ExpertSkill => ({
  code,
  name: { vi, en },
  level,
  source: 'self-declared',
  evidence: '',
});

const expert = (id: string, overrides: Partial<ExpertProfile>) =>
  viewProfile(aProfile({ id, userSubject: id, ...overrides }), 'network', NOW);

const me = expert('me', {
  skills: [
    skill('data-governance', 'expert', 'Quản trị dữ liệu', 'Data governance'),
    skill('cybersecurity', 'advanced', 'An toàn thông tin', 'Information security'),
  ],
  sectorCodes: ['health'],
  provinceCode: 'P79',
  organisationCode: 'P79',
});

describe('similarity', () => {
  it('explains itself in both languages, strongest reason first', () => {
    const peer = expert('peer', {
      skills: [skill('data-governance', 'expert', 'Quản trị dữ liệu', 'Data governance')],
      sectorCodes: ['health', 'education'],
      provinceCode: 'P79',
      organisationCode: 'BNV',
    });
    const result = similarity(me, peer, SECTORS);
    expect(result.reasons.map((reason) => reason.kind)).toEqual([
      'shared-skills',
      'same-province',
      'same-sector',
    ]);
    expect(result.reasons[0]).toEqual({
      kind: 'shared-skills',
      codes: ['data-governance'],
      message: { vi: 'Cùng kỹ năng: Quản trị dữ liệu', en: 'Shared skills: Data governance' },
    });
    expect(result.reasons[1]?.message).toEqual({
      vi: 'Cùng địa bàn: Thành phố Hồ Chí Minh',
      en: 'Same province: Ho Chi Minh City',
    });
    expect(result.reasons[2]?.message).toEqual({
      vi: 'Cùng lĩnh vực: Y tế',
      en: 'Same sector: Health',
    });
    expect(result.similarity).toBeGreaterThan(0);
    expect(result.similarity).toBeLessThanOrEqual(1);
  });

  it('is 1 for an identical expert', () => {
    const twin = expert('twin', {
      skills: me.skills ?? [],
      sectorCodes: ['health'],
      provinceCode: 'P79',
      organisationCode: 'P79',
    });
    expect(similarity(me, twin, SECTORS).similarity).toBe(1);
  });

  it('weighs a shared skill by its levels', () => {
    const strong = expert('strong', {
      skills: [skill('data-governance', 'expert')],
      provinceCode: 'P48',
    });
    const weak = expert('weak', {
      skills: [skill('data-governance', 'basic')],
      provinceCode: 'P48',
    });
    // Alone, each shares one skill fully (cosine 1); with another skill, level decides.
    const mixed = (level: SkillLevel) =>
      expert('x', {
        skills: [skill('data-governance', level), skill('ai', 'expert')],
        provinceCode: 'P48',
      });
    expect(similarity(me, strong, SECTORS).similarity).toBeGreaterThan(0);
    expect(similarity(me, weak, SECTORS).similarity).toBeGreaterThan(0);
    expect(similarity(me, mixed('expert'), SECTORS).similarity).toBeGreaterThan(
      similarity(me, mixed('basic'), SECTORS).similarity,
    );
  });

  it('never uses what the caller may not see', () => {
    const hidden = viewProfile(
      aProfile({
        id: 'hidden',
        skills: me.skills ?? [],
        sectorCodes: ['health'],
        provinceCode: 'P48',
        organisationCode: 'BNV',
        visibility: { skills: 'only-me', sectors: 'programme-office' },
      }),
      'network',
      NOW,
    );
    expect(similarity(me, hidden, SECTORS)).toEqual({ similarity: 0, reasons: [] });
  });
});

describe('findPeers', () => {
  const candidates = [
    expert('far', { skills: [], sectorCodes: [], provinceCode: 'P48', organisationCode: 'BNV' }),
    expert('province', {
      skills: [],
      sectorCodes: [],
      provinceCode: 'P79',
      organisationCode: 'BNV',
    }),
    expert('skills', {
      skills: [skill('data-governance', 'expert')],
      sectorCodes: [],
      provinceCode: 'P48',
      organisationCode: 'BNV',
    }),
    me,
  ];

  it('ranks by similarity, leaves out the expert and anyone with nothing in common', () => {
    const peers = findPeers(me, candidates, SECTORS);
    expect(peers.map((peer) => peer.expert.id)).toEqual(['skills', 'province']);
    for (const peer of peers) expect(peer.reasons.length).toBeGreaterThan(0);
  });

  it('stops at the limit', () => {
    expect(findPeers(me, candidates, SECTORS, 1)).toHaveLength(1);
  });
});
