import { describe, expect, it } from 'vitest';
import {
  compareNames,
  indexTokens,
  nameSortKey,
  prefixesOf,
  queryTokens,
  scoreProfile,
  searchTaxonomy,
  searchTokens,
  tokenise,
} from './search.ts';
import { aProfile, NOW, TAXONOMY } from '../../test/fixtures.ts';
import type { ExpertProfile } from './types.ts';
import { viewProfile } from './visibility.ts';

const networkView = (overrides: Partial<ExpertProfile> = {}) =>
  viewProfile(aProfile(overrides), 'network', NOW);

/** Whether the profile's words and prefixes hold every query word (what the read model finds). */
const indexFinds = (overrides: Partial<ExpertProfile>, query: string) => {
  const tokens = new Set(searchTokens(networkView(overrides), TAXONOMY));
  return queryTokens(query).every((token) => tokens.has(token));
};

describe('tokenise', () => {
  it.each([
    ['Chuyển đổi số', ['chuyen', 'doi', 'so']],
    ['NGUYỄN Văn Đức', ['nguyen', 'van', 'duc']],
    ['Bà Rịa – Vũng Tàu', ['ba', 'ria', 'vung', 'tau']],
    ['Thủy/Thuỷ', ['thuy', 'thuy']],
    ['  ', []],
  ])('%s -> %j', (text, tokens) => {
    expect(tokenise(text)).toEqual(tokens);
  });
});

describe('index tokens', () => {
  it('adds prefixes of 2 characters or more, not the word itself twice', () => {
    expect(prefixesOf('nguyen')).toEqual(['ng', 'ngu', 'nguy', 'nguye']);
    expect(prefixesOf('an')).toEqual([]);
    expect(indexTokens(['an', 'anh', 'a'])).toEqual(['a', 'an', 'anh']);
  });

  it('caps prefixes at 20 characters', () => {
    expect(prefixesOf('x'.repeat(30)).at(-1)).toHaveLength(20);
  });

  it('keeps at most 8 distinct query words', () => {
    expect(queryTokens('a b c d e f g h i j a')).toHaveLength(8);
    expect(queryTokens('Nguyễn nguyen')).toEqual(['nguyen']);
  });
});

describe('search over the index', () => {
  it.each([
    ['a skill without diacritics', 'chuyen doi so', true],
    ['a family name without tone marks', 'Nguyen', true],
    ['"d" for "đ"', 'dong nai', true],
    ['a prefix while typing', 'nguy', true],
    ['an English skill name', 'data governance', true],
    ['a taxonomy alias', 'hoc may', false],
    ['a word of the position', 'chuyen vien', true],
    ['a word of the bio', 'benh vien', true],
    ['a word in no field', 'nong nghiep', false],
    ['one word missing of two', 'nguyen nong', false],
  ])('%s: %s -> %s', (_case, query, found) => {
    const overrides: Partial<ExpertProfile> = {
      bio: 'Triển khai bệnh viện thông minh ở Đồng Nai.',
    };
    expect(indexFinds(overrides, query)).toBe(found);
  });

  it('finds a skill by its alias', () => {
    const profile = aProfile();
    const withAi = {
      ...profile,
      skills: [
        ...profile.skills,
        {
          code: 'ai',
          name: { vi: 'Trí tuệ nhân tạo', en: 'Artificial intelligence' },
          level: 'basic' as const,
          source: 'self-declared' as const,
          evidence: '',
        },
      ],
    };
    expect(indexFinds(withAi, 'hoc may')).toBe(true);
  });

  it('does not index what the network may not see', () => {
    const overrides: Partial<ExpertProfile> = {
      bio: 'bệnh viện',
      visibility: { bio: 'only-me', skills: 'programme-office' },
    };
    expect(indexFinds(overrides, 'benh vien')).toBe(false);
    expect(indexFinds(overrides, 'chuyen doi so')).toBe(false);
    expect(indexFinds(overrides, 'nguyen')).toBe(true);
  });
});

describe('scoreProfile', () => {
  const view = networkView({
    position: 'Giám đốc',
    bio: 'Nguyễn Trãi, chuyên viên giám sát ở Hà Nội',
  });

  it('matches only when every word matches, as the index does', () => {
    expect(scoreProfile(view, 'nguyen nong', TAXONOMY)).toBeUndefined();
  });

  it('ranks by the best field: name > skills > position > bio', () => {
    const score = (query: string) => scoreProfile(view, query, TAXONOMY)?.score ?? -1;
    expect(score('an')).toBeGreaterThan(score('chuyen'));
    expect(score('chuyen')).toBeGreaterThan(score('giam'));
    expect(score('giam')).toBeGreaterThan(score('trai'));
    expect(score('trai')).toBeGreaterThan(0);
  });

  it('counts an exact word above a prefix', () => {
    const exact = scoreProfile(view, 'nguyen', TAXONOMY)?.score ?? 0;
    const prefix = scoreProfile(view, 'nguy', TAXONOMY)?.score ?? 0;
    expect(exact).toBeGreaterThan(prefix);
  });

  it('rewards the query as a phrase and reports matched skills', () => {
    const phrase = scoreProfile(view, 'chuyen doi so', TAXONOMY);
    const apart = scoreProfile(view, 'so doi chuyen', TAXONOMY);
    expect(phrase?.score).toBeGreaterThan(apart?.score ?? 0);
    expect(phrase?.matchedSkillCodes).toEqual(['digital-transformation']);
  });

  it('scores an empty query 0', () => {
    expect(scoreProfile(view, ' ', TAXONOMY)).toEqual({ score: 0, matchedSkillCodes: [] });
  });
});

describe('Vietnamese name order', () => {
  it('sorts by given name first, then family and middle names', () => {
    const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Anh', 'Phạm An', 'Đỗ Văn Dũng'];
    expect([...names].sort(compareNames)).toEqual([
      'Nguyễn Thị An',
      'Phạm An',
      'Lê Anh',
      'Trần Văn Bình',
      'Đỗ Văn Dũng',
    ]);
  });

  it.each([
    ['a < ă < â < b', ['Bảo', 'Ân', 'Ăn', 'An'], ['An', 'Ăn', 'Ân', 'Bảo']],
    ['d < đ < e', ['Em', 'Đức', 'Dung'], ['Dung', 'Đức', 'Em']],
    ['o < ô < ơ', ['Ơn', 'Ôn', 'On'], ['On', 'Ôn', 'Ơn']],
    ['u < ư', ['Ưng', 'Ung'], ['Ung', 'Ưng']],
    [
      'tones break ties: level, grave, hook, tilde, acute, dot',
      ['Mạ', 'Má', 'Mã', 'Mả', 'Mà', 'Ma'],
      ['Ma', 'Mà', 'Mả', 'Mã', 'Má', 'Mạ'],
    ],
    ['letters before tones', ['Ánh', 'Anh Ba'], ['Ánh', 'Anh Ba']],
  ])('%s', (_case, names, sorted) => {
    expect([...names].sort(compareNames)).toEqual(sorted);
  });

  it('gives one key for the same name written in NFC or NFD', () => {
    expect(nameSortKey('Nguyễn Văn An')).toBe(nameSortKey('Nguyễn Văn An'.normalize('NFD')));
  });
});

describe('searchTaxonomy', () => {
  const codes = (query: string, includeDeprecated = false) =>
    searchTaxonomy(TAXONOMY, query, { includeDeprecated }).map((skill) => skill.code);
  it.each([
    ['tri tue', ['ai']],
    ['AI', ['ai']],
    ['hoc may', ['ai']],
    ['quan tri du', ['data-governance']],
    ['security', ['cybersecurity']],
    ['ky nang', []],
  ])('%s -> %j', (query, expected) => {
    expect(codes(query)).toEqual(expected);
  });

  it('offers deprecated skills only when asked, and lists all in Vietnamese order', () => {
    expect(codes('ky nang', true)).toEqual(['old-skill']);
    expect(codes('')).toEqual([
      'cybersecurity',
      'e-government',
      'digital-transformation',
      'data-governance',
      'ai',
    ]);
  });
});
