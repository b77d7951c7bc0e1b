import { describe, expect, it } from 'vitest';
import {
  computeFacets,
  countFacet,
  matchesFilter,
  NO_FILTER,
  type ExpertFilter,
} from './facets.ts';
import { aProfile, LATER, NOW, SECTORS, TAXONOMY } from '../../test/fixtures.ts';
import type { ExpertProfile } from './types.ts';
import { viewProfile } from './visibility.ts';

const labels = { taxonomy: TAXONOMY, sectors: SECTORS };
const view = (id: string, overrides: Partial<ExpertProfile>) =>
  viewProfile(aProfile({ id, ...overrides }), 'network', NOW);

const views = [
  view('a', {
    provinceCode: 'P01',
    sectorCodes: ['health'],
    languages: [{ code: 'en', level: 'fluent' }],
  }),
  view('b', { provinceCode: 'P01', sectorCodes: ['health', 'education'], languages: [] }),
  view('c', {
    provinceCode: 'P79',
    organisationCode: 'BNV',
    sectorCodes: ['finance'],
    availability: { status: 'limited', until: '', note: '', updatedAt: NOW },
    languages: [{ code: 'fr', level: 'basic' }],
  }),
  view('hidden', {
    provinceCode: 'P79',
    sectorCodes: ['finance'],
    visibility: { sectors: 'only-me', availability: 'only-me' },
  }),
];

describe('countFacet', () => {
  it.each([
    [
      'province',
      [
        ['P01', 2],
        ['P79', 2],
      ],
    ],
    [
      'organisation',
      [
        ['P01', 3],
        ['BNV', 1],
      ],
    ],
    [
      'sector',
      [
        ['health', 2],
        ['education', 1],
        ['finance', 1],
      ],
    ],
    [
      'skill',
      [
        ['data-governance', 4],
        ['digital-transformation', 4],
      ],
    ],
    [
      'language',
      [
        ['en', 1],
        ['fr', 1],
      ],
    ],
    [
      'availability',
      [
        ['available', 2],
        ['limited', 1],
      ],
    ],
  ] as const)('%s', (field, expected) => {
    const facet = countFacet(views, field, labels);
    expect(facet.buckets.map((bucket) => [bucket.value, bucket.count])).toEqual(expected);
  });

  it('labels buckets in both languages', () => {
    const label = (field: Parameters<typeof countFacet>[1], value: string) =>
      countFacet(views, field, labels).buckets.find((bucket) => bucket.value === value)?.label;
    expect(label('province', 'P79')).toEqual({
      vi: 'Thành phố Hồ Chí Minh',
      en: 'Ho Chi Minh City',
    });
    expect(label('sector', 'health')).toEqual({ vi: 'Y tế', en: 'Health' });
    expect(label('skill', 'data-governance')).toEqual({
      vi: 'Quản trị dữ liệu',
      en: 'Data governance',
    });
    expect(label('language', 'en')).toEqual({ vi: 'Tiếng Anh', en: 'English' });
    expect(label('availability', 'limited')).toEqual({ vi: 'Hạn chế', en: 'Limited' });
  });
});

describe('matchesFilter', () => {
  const filter = (overrides: Partial<ExpertFilter>) => ({ ...NO_FILTER, ...overrides });
  it.each([
    ['no criteria', filter({}), ['a', 'b', 'c', 'hidden']],
    ['a province', filter({ provinceCodes: ['P79'] }), ['c', 'hidden']],
    ['sectors (any of)', filter({ sectorCodes: ['education', 'finance'] }), ['b', 'c']],
    ['a language', filter({ languageCodes: ['fr'] }), ['c']],
    ['availability', filter({ availability: ['available'] }), ['a', 'b']],
    [
      'a skill at a level',
      filter({ skills: [{ code: 'data-governance', minLevel: 'advanced', verifiedOnly: false }] }),
      [],
    ],
    [
      'a verified skill',
      filter({ skills: [{ code: 'data-governance', minLevel: 'basic', verifiedOnly: true }] }),
      ['a', 'b', 'c', 'hidden'],
    ],
    ['certified', filter({ onlyCertified: true }), ['a', 'b', 'c', 'hidden']],
    ['willing to mentor', filter({ onlyWillingToMentor: true }), []],
    ['active within a week', filter({ activeWithinDays: 7 }), ['a', 'b', 'c', 'hidden']],
  ])('%s', (_case, criteria, ids) => {
    expect(views.filter((one) => matchesFilter(one, criteria, LATER)).map((one) => one.id)).toEqual(
      ids,
    );
  });

  it('drops experts not active within the window', () => {
    expect(matchesFilter(views[0] ?? view('x', {}), filter({ activeWithinDays: 3 }), LATER)).toBe(
      false,
    );
  });
});

describe('computeFacets', () => {
  it('counts each facet without its own criterion, so the user can widen it', () => {
    const facets = computeFacets(
      views,
      ['province', 'sector'],
      { ...NO_FILTER, provinceCodes: ['P01'], sectorCodes: ['health'] },
      labels,
      NOW,
    );
    expect(
      facets.map((facet) => [facet.field, facet.buckets.map((b) => [b.value, b.count])]),
    ).toEqual([
      ['province', [['P01', 2]]],
      [
        'sector',
        [
          ['health', 2],
          ['education', 1],
        ],
      ],
    ]);
  });
});
