/**
 * Seeded random profiles, queries and filters for the read model's equivalence tests, and the
 * brute force they are compared with: the domain's own functions over every network view.
 */
import {
  AVAILABILITY_STATUSES,
  FACET_FIELDS,
  LANGUAGE_LEVELS,
  MENTORING_MODALITIES,
  NO_FILTER,
  SKILL_LEVELS,
  VISIBILITY_FIELDS,
  computeFacets,
  matchesFilter,
  nameSortKey,
  scoreProfile,
  viewProfile,
  type Credential,
  type ExpertFilter,
  type ExpertProfile,
  type ExpertSkill,
  type FacetField,
  type FacetLabels,
  type MatchRequest,
  type ProfileView,
  type SkillRequirement,
  type Visibility,
  type VisibilitySettings,
} from '../src/domain/index.ts';
import { aProfile, NOW, SECTORS, TAXONOMY } from './fixtures.ts';
import type { SearchHit, SearchQuery } from '../src/read-model/expert-index.ts';

export const LABELS: FacetLabels = { taxonomy: TAXONOMY, sectors: SECTORS };

/** mulberry32: small, fast and good enough to vary test data reproducibly. */
export class Random {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let value = this.#state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  integer(below: number): number {
    return Math.floor(this.next() * below);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.integer(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  some<T>(items: readonly T[], most: number): T[] {
    const count = this.integer(most + 1);
    return Array.from({ length: count }, () => this.pick(items));
  }
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đỗ', 'Đặng', 'Hồ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Anh', ''];
const GIVEN = ['An', 'Anh', 'Ánh', 'Bình', 'Dũng', 'Đức', 'Hà', 'Hải', 'Lan', 'Ý', 'Đông'];
const POSITIONS = [
  'Chuyên viên',
  'Phó trưởng phòng',
  'Trưởng phòng Chuyển đổi số',
  'Giám đốc Trung tâm dữ liệu',
  'Kỹ sư an toàn thông tin',
  '',
];
const BIO_WORDS = [
  'chuyển',
  'đổi',
  'số',
  'dữ',
  'liệu',
  'bệnh',
  'viện',
  'thông',
  'minh',
  'Đồng',
  'Nai',
  'nông',
  'nghiệp',
  'chính',
  'phủ',
  'điện',
  'tử',
  'đào',
  'tạo',
  'an',
  'toàn',
  'quản',
  'trị',
  'học',
  'máy',
  'siêuđiệntoánđámmâyquốcgia',
  'siêuđiệntoánđámmâyquốctế',
];
const PROVINCES = ['P01', 'P79', 'P48', 'P31', ''];
const ORGANISATIONS = ['P01', 'P79', 'BNV', 'BTC', 'BYT', ''];
const SECTOR_CODES = ['health', 'education', 'finance', 'agriculture'];
const LANGUAGES = ['en', 'fr', 'ja', 'vi'];
const UNTILS = ['', '', '2025-11-30', '2025-12-02', '2025-12-03', '2025-12-05', '2026-01-10'];
const VISIBILITIES: readonly Visibility[] = ['network', 'network', 'programme-office', 'only-me'];

/** Skills of the taxonomy plus one it does not know and one renamed on the profile. */
const SKILL_POOL: readonly ExpertSkill[] = [
  ...[...TAXONOMY.values()].map((definition) => skillOf(definition.code, definition.name)),
  skillOf('blockchain', { vi: 'Chuỗi khối', en: 'Blockchain' }),
  skillOf('digital-transformation', { vi: 'Chuyển đổi số (cũ)', en: 'Digital change' }),
];

function skillOf(code: string, name: { vi: string; en: string }): ExpertSkill {
  return { code, name, level: 'basic', source: 'self-declared', evidence: '' };
}

const DAY_MS = 86_400_000;

export function randomProfile(random: Random, serial: number): ExpertProfile {
  const name = [random.pick(FAMILY), random.pick(MIDDLE), random.pick(GIVEN)]
    .filter((word) => word !== '')
    .join(' ');
  return aProfile({
    // Shuffled so id order is not insertion order; mixed case, where code-unit order and
    // localeCompare (which peers and match break ties with) disagree.
    id: `${random.pick(['a', 'B', 'c', 'D'])}${random.integer(1000).toString(36)}-${serial}`,
    fullName: name,
    position: random.pick(POSITIONS),
    provinceCode: random.pick(PROVINCES),
    organisationCode: random.pick(ORGANISATIONS),
    bio: random.some(BIO_WORDS, 12).join(random.chance(0.3) ? ', ' : ' '),
    skills: randomSkills(random),
    sectorCodes: random.some(SECTOR_CODES, 3),
    languages: random
      .some(LANGUAGES, 3)
      .map((code) => ({ code, level: random.pick(LANGUAGE_LEVELS) })),
    availability: {
      status: random.pick(AVAILABILITY_STATUSES),
      until: random.pick(UNTILS),
      note: '',
      updatedAt: NOW,
    },
    mentoring: {
      willing: random.chance(0.4),
      maxMentees: 2,
      topicSkillCodes: [],
      note: '',
      // By serial, not drawn: the profiles of a seed stay those the tests were written against.
      modality: MENTORING_MODALITIES[serial % MENTORING_MODALITIES.length] ?? 'any',
    },
    credentials: Array.from({ length: random.integer(3) }, (_, index) =>
      credentialOf(random, index),
    ),
    visibility: randomVisibility(random),
    // Few distinct instants, so last-active order has ties to break by id.
    lastActiveAt: new Date(NOW.getTime() - random.integer(40) * 5 * DAY_MS),
  });
}

function randomSkills(random: Random): ExpertSkill[] {
  const skills = random.some(SKILL_POOL, 4).map((skill) => ({
    ...skill,
    level: random.pick(SKILL_LEVELS),
    source: random.chance(0.5) ? ('verified' as const) : ('self-declared' as const),
  }));
  // Mostly one entry per code, as the domain keeps them; sometimes a repeat, which must not break.
  return random.chance(0.9)
    ? skills.filter(
        (skill, index) => skills.findIndex((other) => other.code === skill.code) === index,
      )
    : skills;
}

function credentialOf(random: Random, index: number): Credential {
  return {
    certificateId: `cert-${index}`,
    number: `CDS-2025-${index}`,
    trackName: { vi: 'Chuyển đổi số', en: 'Digital transformation' },
    issuedOn: '2025-11-28',
    revoked: random.chance(0.3),
  };
}

function randomVisibility(random: Random): VisibilitySettings {
  if (random.chance(0.4)) return {};
  const settings: Partial<Record<(typeof VISIBILITY_FIELDS)[number], Visibility>> = {};
  for (const field of VISIBILITY_FIELDS) {
    if (random.chance(0.3)) settings[field] = random.pick(VISIBILITIES);
  }
  return settings;
}

// ---------------------------------------------------------------------------------------------
// Queries

const QUERY_WORDS = [
  ...BIO_WORDS,
  ...FAMILY,
  ...GIVEN,
  'Chuyên',
  'viên',
  'phòng',
  'giám',
  'đốc',
  'data',
  'governance',
  'AI',
  'Digital',
  'transformation',
  'chuỗi',
  'khối',
  'e',
  'government',
  'security',
  'cũ',
];

function queryWord(random: Random): string {
  const word = random.pick(QUERY_WORDS);
  const roll = random.next();
  // A start of the word (as typed), its folded form, upper case, or the word itself.
  if (roll < 0.25) return word.slice(0, 1 + random.integer(Math.max(1, word.length - 1)));
  if (roll < 0.35) return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd');
  if (roll < 0.4) return word.toUpperCase();
  if (roll < 0.42) return 'đ';
  if (roll < 0.44) return 'xyzzy';
  if (roll < 0.47) return 'siêuđiệntoánđámmâyquốc';
  return word;
}

export function randomQueryText(random: Random): string {
  const roll = random.next();
  if (roll < 0.15) return '';
  if (roll < 0.2) return 'chuyển đổi số';
  const words = Array.from({ length: 1 + random.integer(3) }, () => queryWord(random));
  return words.join(random.chance(0.2) ? ' - ' : ' ');
}

export function randomFilter(random: Random): ExpertFilter {
  if (random.chance(0.3)) return NO_FILTER;
  const maybe = <T>(probability: number, value: () => T, otherwise: T) =>
    random.chance(probability) ? value() : otherwise;
  return {
    provinceCodes: maybe(0.4, () => random.some(PROVINCES, 2), []),
    organisationCodes: maybe(0.2, () => random.some(ORGANISATIONS, 2), []),
    sectorCodes: maybe(0.3, () => random.some([...SECTOR_CODES, 'unknown'], 2), []),
    skills: maybe(0.3, () => randomRequirements(random), []),
    languageCodes: maybe(0.2, () => random.some(LANGUAGES, 2), []),
    availability: maybe(0.3, () => random.some(AVAILABILITY_STATUSES, 2), []),
    onlyWillingToMentor: random.chance(0.15),
    onlyCertified: random.chance(0.15),
    activeWithinDays: maybe(0.2, () => random.pick([7, 30, 90]), 0),
  };
}

function randomRequirements(random: Random): SkillRequirement[] {
  return Array.from({ length: 1 + random.integer(2) }, () => ({
    code: random.pick([...SKILL_POOL.map((skill) => skill.code), 'unknown-skill']),
    ...(random.chance(0.5) ? { minLevel: random.pick(SKILL_LEVELS) } : {}),
    verifiedOnly: random.chance(0.3),
  }));
}

export function randomFacets(random: Random): FacetField[] {
  return random.some(FACET_FIELDS, 3);
}

export function randomQuery(random: Random, now: Date): SearchQuery {
  return {
    query: randomQueryText(random),
    filter: randomFilter(random),
    facets: randomFacets(random),
    order: random.pick(['relevance', 'name', 'last-active'] as const),
    pageSize: 1 + random.integer(12),
    cursor: '',
    now,
  };
}

export function randomMatchRequest(random: Random, ids: readonly string[]): MatchRequest {
  return {
    skills: randomRequirements(random),
    filter: random.chance(0.5) ? NO_FILTER : randomFilter(random),
    preferredProvinceCodes: random.chance(0.5) ? random.some(PROVINCES, 2) : [],
    availableFrom: random.pick(['', '', '2025-12-01', '2025-12-04', '2026-02-01']),
    availableTo: random.pick(['', '2025-12-20']),
    excludeExpertIds: random.some(ids, 3),
  };
}

// ---------------------------------------------------------------------------------------------
// Brute force

export interface ExpectedSearch {
  readonly hits: readonly SearchHit[];
  readonly facets: ReturnType<typeof computeFacets>;
  readonly totalCount: number;
}

const byId = (a: ProfileView, b: ProfileView) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byName = (a: ProfileView, b: ProfileView) => {
  const left = nameSortKey(a.fullName);
  const right = nameSortKey(b.fullName);
  return left < right ? -1 : left > right ? 1 : byId(a, b);
};
const byLastActive = (a: ProfileView, b: ProfileView) => {
  const left = a.lastActiveAt?.getTime();
  const right = b.lastActiveAt?.getTime();
  if (left === right) return byId(a, b);
  if (left === undefined) return 1;
  if (right === undefined) return -1;
  return right - left;
};

/** The search as the domain defines it, over every profile, sorted in full. */
export function bruteSearch(
  profiles: Iterable<ExpertProfile>,
  query: SearchQuery,
  labels: FacetLabels,
): ExpectedSearch {
  const scored = [...profiles].flatMap((profile) => {
    const view = viewProfile(profile, 'network', query.now);
    const relevance = scoreProfile(view, query.query, labels.taxonomy);
    return relevance === undefined ? [] : [{ view, ...relevance }];
  });
  const hits = scored
    .filter((hit) => matchesFilter(hit.view, query.filter, query.now))
    .sort((a, b) => {
      switch (query.order) {
        case 'relevance':
          return b.score - a.score || byName(a.view, b.view);
        case 'name':
          return byName(a.view, b.view);
        case 'last-active':
          return byLastActive(a.view, b.view);
      }
    })
    .map(({ view, score, matchedSkillCodes }) => ({ view, score, matchedSkillCodes }));
  return {
    hits,
    facets: computeFacets(
      scored.map((hit) => hit.view),
      query.facets,
      query.filter,
      labels,
      query.now,
    ),
    totalCount: hits.length,
  };
}
