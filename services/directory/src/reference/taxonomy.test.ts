import { foldVietnamese, toSearchKey } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import { searchTaxonomy } from '../domain/search.ts';
import { DEFAULT_SECTORS, sectorsOf } from './sectors.ts';
import {
  DEFAULT_TAXONOMY,
  SKILL_CATEGORIES,
  SKILL_CATEGORY_NAMES,
  taxonomyOf,
} from './taxonomy.ts';

const CODE_PATTERN = /^[a-z][a-z0-9-]{1,63}$/;

/** Vietnamese text without a single mark is almost always a typo for text with them. */
const hasDiacritics = (text: string) => foldVietnamese(text) !== text.toLowerCase();

/** One sentence: ends with a full stop and has no other sentence end inside. */
const isOneSentence = (text: string) => /^[^\s].*\.$/u.test(text) && !/[.!?]\s/u.test(text);

const TAXONOMY = taxonomyOf(DEFAULT_TAXONOMY);

describe('DEFAULT_TAXONOMY', () => {
  it('has about forty skills with unique, well-formed codes', () => {
    const codes = DEFAULT_TAXONOMY.map((skill) => skill.code);
    expect(codes.length).toBeGreaterThanOrEqual(35);
    expect(codes.length).toBeLessThanOrEqual(50);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(CODE_PATTERN);
  });

  it('includes the codes the cohorts service and the programme already use', () => {
    const required: Record<string, string> = {
      'digital-transformation': 'Chuyển đổi số',
      'data-governance': 'Quản trị dữ liệu',
      cybersecurity: 'An toàn thông tin',
      'digital-government': 'Chính phủ số',
    };
    for (const [code, vi] of Object.entries(required)) {
      expect(TAXONOMY.get(code)?.name.vi).toBe(vi);
    }
    for (const code of [
      'ai',
      'e-government',
      'cloud-computing',
      'open-data',
      'digital-economy',
      'digital-society',
      'project-management',
      'change-management',
      'enterprise-architecture',
      'public-service-portal',
      'interoperability',
    ]) {
      expect(TAXONOMY.has(code), code).toBe(true);
    }
  });

  it('names and describes every skill in both languages, the Vietnamese with its marks', () => {
    for (const skill of DEFAULT_TAXONOMY) {
      expect(skill.name.vi.trim(), skill.code).not.toBe('');
      expect(skill.name.en.trim(), skill.code).not.toBe('');
      expect(hasDiacritics(skill.name.vi), skill.name.vi).toBe(true);
      expect(hasDiacritics(skill.description.vi), skill.description.vi).toBe(true);
      expect(isOneSentence(skill.description.vi), skill.description.vi).toBe(true);
      expect(isOneSentence(skill.description.en), skill.description.en).toBe(true);
      expect(skill.deprecated).toBe(false);
    }
  });

  it('gives two skills neither the same Vietnamese nor the same English name', () => {
    const vi = DEFAULT_TAXONOMY.map((skill) => toSearchKey(skill.name.vi));
    const en = DEFAULT_TAXONOMY.map((skill) => toSearchKey(skill.name.en));
    expect(new Set(vi).size).toBe(vi.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it('puts every skill in a known category, each category with several skills', () => {
    for (const skill of DEFAULT_TAXONOMY) expect(SKILL_CATEGORIES).toContain(skill.category);
    for (const category of SKILL_CATEGORIES) {
      const count = DEFAULT_TAXONOMY.filter((skill) => skill.category === category).length;
      expect(count, category).toBeGreaterThanOrEqual(5);
      expect(SKILL_CATEGORY_NAMES[category].vi).not.toBe('');
      expect(SKILL_CATEGORY_NAMES[category].en).not.toBe('');
    }
  });

  it('has aliases that each fold to words of their own, naming one skill only', () => {
    const owner = new Map<string, string>();
    for (const skill of DEFAULT_TAXONOMY) {
      for (const text of [skill.name.vi, skill.name.en, skill.code.replaceAll('-', ' ')]) {
        owner.set(toSearchKey(text), skill.code);
      }
    }
    for (const skill of DEFAULT_TAXONOMY) {
      // The code may double as an alias ("AI"): it is a key, not a word people are shown.
      const names = new Set([skill.name.vi, skill.name.en].map(toSearchKey));
      const seen = new Set<string>();
      expect(skill.aliases.length, skill.code).toBeGreaterThanOrEqual(2);
      for (const alias of skill.aliases) {
        expect(alias, skill.code).toBe(alias.trim());
        const key = toSearchKey(alias);
        expect(key, `${skill.code}: "${alias}"`).not.toBe('');
        // An alias folding to the skill's own name, or to another alias, adds nothing to search.
        expect(names.has(key) || seen.has(key), `${skill.code}: "${alias}" repeats`).toBe(false);
        seen.add(key);
        // One folding to another skill's name or alias would make the look-up ambiguous.
        const taken = owner.get(key) ?? skill.code;
        expect(taken, `"${alias}" of ${skill.code} also names ${taken}`).toBe(skill.code);
        owner.set(key, skill.code);
      }
    }
  });

  it('is found by the abbreviations and phrasings people type', () => {
    const found = (query: string) => searchTaxonomy(TAXONOMY, query).map((skill) => skill.code);
    expect(found('CĐS')).toContain('digital-transformation');
    expect(found('cds')).toContain('digital-transformation');
    expect(found('AI')).toContain('ai');
    expect(found('tri tue nhan tao')).toEqual(['ai']);
    expect(found('ATTT')).toContain('cybersecurity');
    expect(found('du lieu mo')).toContain('open-data');
    expect(found('chinh quyen so')).toContain('digital-government');
    expect(found('LGSP')).toEqual(['interoperability']);
  });
});

describe('taxonomyOf', () => {
  it('keys the definitions by code', () => {
    expect(TAXONOMY.size).toBe(DEFAULT_TAXONOMY.length);
    expect(TAXONOMY.get('ai')?.name.en).toBe('Artificial intelligence');
  });

  it('refuses a code listed twice rather than letting one shadow the other', () => {
    const [first] = DEFAULT_TAXONOMY;
    if (first === undefined) expect.fail('empty taxonomy');
    expect(() => taxonomyOf([first, first])).toThrow(/listed twice/);
  });
});

describe('DEFAULT_SECTORS', () => {
  it('has unique, well-formed codes, including the common public-sector ones', () => {
    const codes = DEFAULT_SECTORS.map((sector) => sector.code);
    expect(codes.length).toBeGreaterThanOrEqual(15);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(CODE_PATTERN);
    expect(codes).toEqual(
      expect.arrayContaining([
        'health',
        'education',
        'finance',
        'transport',
        'agriculture',
        'justice',
        'labour',
        'natural-resources-environment',
        'industry-trade',
        'culture-tourism',
        'home-affairs',
        'planning-investment',
        'information-communications',
        'science-technology',
        'construction',
      ]),
    );
  });

  it('names every sector in both languages, the Vietnamese with its marks', () => {
    for (const sector of DEFAULT_SECTORS) {
      expect(sector.name.en.trim(), sector.code).not.toBe('');
      expect(hasDiacritics(sector.name.vi), sector.name.vi).toBe(true);
    }
    const names = DEFAULT_SECTORS.map((sector) => toSearchKey(sector.name.vi));
    expect(new Set(names).size).toBe(names.length);
  });

  it('sectorsOf keys them by code and refuses a code listed twice', () => {
    const sectors = sectorsOf(DEFAULT_SECTORS);
    expect(sectors.size).toBe(DEFAULT_SECTORS.length);
    expect(sectors.get('health')?.name).toEqual({ vi: 'Y tế', en: 'Health' });
    const [first] = DEFAULT_SECTORS;
    if (first === undefined) expect.fail('no sectors');
    expect(() => sectorsOf([first, first])).toThrow(/listed twice/);
  });
});
