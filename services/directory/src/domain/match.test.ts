import { describe, expect, it } from 'vitest';
import { NO_FILTER } from './facets.ts';
import { matchExperts, type MatchRequest } from './match.ts';
import { aProfile, NOW } from '../../test/fixtures.ts';
import type { ExpertProfile, ExpertSkill, SkillLevel, SkillSource } from './types.ts';
import { viewProfile } from './visibility.ts';

const skill = (
  code: string,
  level: SkillLevel,
  source: SkillSource = 'self-declared',
): ExpertSkill => ({
  code,
  name: { vi: code, en: code },
  level,
  source,
  evidence: '',
});
const expert = (id: string, overrides: Partial<ExpertProfile>) =>
  viewProfile(aProfile({ id, ...overrides }), 'network', NOW);

const request = (overrides: Partial<MatchRequest> = {}): MatchRequest => ({
  skills: [
    { code: 'ai', verifiedOnly: false },
    { code: 'cybersecurity', verifiedOnly: false },
  ],
  filter: NO_FILTER,
  preferredProvinceCodes: [],
  availableFrom: '',
  availableTo: '',
  excludeExpertIds: [],
  ...overrides,
});

const away = (until: string) => ({
  status: 'unavailable' as const,
  until,
  note: '',
  updatedAt: NOW,
});

const views = [
  expert('both', {
    skills: [skill('ai', 'expert', 'verified'), skill('cybersecurity', 'expert', 'verified')],
  }),
  expert('one', { skills: [skill('ai', 'basic')], provinceCode: 'P79' }),
  expert('none', { skills: [skill('e-government', 'expert')] }),
  expert('away', { skills: [skill('ai', 'expert')], availability: away('') }),
  expert('back-soon', { skills: [skill('ai', 'expert')], availability: away('2025-12-15') }),
];
const ids = (req: MatchRequest) => matchExperts(views, req, NOW).map((match) => match.expert.id);

describe('matchExperts', () => {
  it('ranks more and stronger matched skills first, leaving out experts without any', () => {
    const matches = matchExperts(views, request(), NOW);
    expect(matches.map((match) => match.expert.id)).toEqual(['both', 'away', 'back-soon', 'one']);
    expect(matches[0]).toMatchObject({ score: 1, missingSkillCodes: [] });
    expect(matches[3]).toMatchObject({ score: 0.3, missingSkillCodes: ['cybersecurity'] });
    expect(matches[3]?.reasons[0]?.message.en).toBe('Shared skills: ai');
  });

  it.each([
    [
      'a period starting after the return',
      { availableFrom: '2025-12-20' },
      ['both', 'back-soon', 'one'],
    ],
    ['a period starting before the return', { availableFrom: '2025-12-10' }, ['both', 'one']],
    ['a period ending before the return', { availableTo: '2025-12-10' }, ['both', 'one']],
    ['excluded experts', { excludeExpertIds: ['both'] }, ['away', 'back-soon', 'one']],
    [
      'a minimum level',
      { skills: [{ code: 'ai', minLevel: 'advanced' as const, verifiedOnly: false }] },
      ['both', 'away', 'back-soon'],
    ],
    ['verified only', { skills: [{ code: 'ai', verifiedOnly: true }] }, ['both']],
    ['a hard province filter', { filter: { ...NO_FILTER, provinceCodes: ['P79'] } }, ['one']],
  ])('honours %s', (_case, overrides, expected) => {
    expect(ids(request(overrides))).toEqual(expected);
  });

  it('lifts experts in a preferred province and says so', () => {
    const req = request({
      skills: [{ code: 'ai', verifiedOnly: false }],
      preferredProvinceCodes: ['P79'],
    });
    const matches = matchExperts(
      [
        expert('far', { skills: [skill('ai', 'basic')] }),
        ...views.filter((view) => view.id === 'one'),
      ],
      req,
      NOW,
    );
    expect(matches.map((match) => match.expert.id)).toEqual(['one', 'far']);
    expect(matches[0]?.reasons.map((reason) => reason.kind)).toEqual([
      'shared-skills',
      'same-province',
    ]);
  });
});
