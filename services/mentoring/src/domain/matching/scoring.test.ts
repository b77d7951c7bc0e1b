import { describe, expect, it } from 'vitest';
import {
  aMentee,
  aMentor,
  declared,
  NO_LIMIT,
  randomInstance,
  SKILLS_ONLY,
  verified,
} from './fixtures.ts';
import { breachesOf } from './guardrails.ts';
import { preparePool, withMentor } from './pool.ts';
import { rankMentors, scoreMentor } from './scoring.ts';
import {
  DEFAULT_WEIGHTS,
  type MatchWeights,
  type ScoredMentor,
  type ScorePartKind,
} from './types.ts';

const ONLY = (kind: ScorePartKind): MatchWeights => ({ ...SKILLS_ONLY, skills: 0, [kind]: 1 });
const part = (scored: ScoredMentor, kind: ScorePartKind) => {
  const found = scored.parts.find((candidate) => candidate.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} part`);
  return found;
};
const value = (kind: ScorePartKind, mentor = aMentor(), mentee = aMentee()) =>
  part(scoreMentor(mentor, mentee, DEFAULT_WEIGHTS, NO_LIMIT), kind).value;

describe('scoreMentor', () => {
  it('gives a perfect fit 1, as the sum of its parts’ points', () => {
    const scored = scoreMentor(aMentor(), aMentee(), DEFAULT_WEIGHTS, NO_LIMIT);
    expect(scored.score).toBeCloseTo(1, 12);
    expect(scored.parts.map((each) => each.kind)).toEqual([
      'skills',
      'topics',
      'language',
      'modality',
      'availability',
      'load',
    ]);
    expect(scored.parts.reduce((sum, each) => sum + each.points, 0)).toBeCloseTo(scored.score, 12);
    expect(part(scored, 'skills').points).toBeCloseTo(4 / 11, 12);
    expect(scored.breaches).toEqual([]);
  });

  it('counts a verified skill more than a self-declared one, and a higher level a little more', () => {
    const mentee = aMentee({ topicCodes: ['ai', 'gis'] });
    const skills = (list: ReturnType<typeof verified>[]) =>
      value('skills', aMentor({ skills: list }), mentee);
    expect(skills([verified('ai'), verified('gis')])).toBe(1);
    expect(skills([verified('ai')])).toBe(0.5);
    expect(skills([declared('ai')])).toBeCloseTo(0.3, 12);
    expect(skills([verified('ai', 1)])).toBeLessThan(skills([verified('ai', 4)]));
    expect(skills([declared('ai', 4)])).toBeLessThan(skills([verified('ai', 1)]));
    const scored = scoreMentor(
      aMentor({ skills: [verified('ai'), declared('gis')] }),
      mentee,
      DEFAULT_WEIGHTS,
      NO_LIMIT,
    );
    expect(part(scored, 'skills').codes).toEqual(['ai', 'gis']);
    expect(part(scored, 'skills').reason).toEqual({
      vi: 'Cùng kỹ năng đã xác thực: ai; tự khai: gis',
      en: 'Shared verified skills: ai; self-declared: gis',
    });
  });

  it('names skills by their labels when the caller gives them', () => {
    const scored = scoreMentor(aMentor(), aMentee(), DEFAULT_WEIGHTS, {
      maxDistanceKm: 0,
      labelOf: (code) => ({ vi: `«${code}» tiếng Việt`, en: `«${code}»` }),
    });
    expect(part(scored, 'skills').reason.vi).toBe('Cùng kỹ năng đã xác thực: «ai» tiếng Việt');
  });

  it('overlaps topics and goals with what the mentor offers (their skills when they name none)', () => {
    const mentee = aMentee({ topicCodes: ['ai'], goalCodes: ['gis', 'ai'] });
    expect(value('topics', aMentor({ skills: [verified('ai')] }), mentee)).toBe(0.5);
    expect(value('topics', aMentor({ topicCodes: ['gis'] }), mentee)).toBe(0.5);
    expect(value('topics', aMentor({ topicCodes: ['gis', 'ai'] }), mentee)).toBe(1);
    expect(value('topics', aMentor({ topicCodes: ['iot'] }), mentee)).toBe(0);
  });

  it('needs the mentee’s language unless it is Vietnamese', () => {
    expect(value('language', aMentor(), aMentee({ language: 'en' }))).toBe(0);
    expect(value('language', aMentor({ languages: ['en'] }), aMentee({ language: 'en' }))).toBe(1);
    expect(value('language', aMentor(), aMentee({ language: 'vi' }))).toBe(1);
  });

  it('scores how the pair would meet, decaying with distance in person', () => {
    const inPerson = aMentee({ mode: 'in-person', meetingProvinceCode: 'P01' });
    expect(value('modality', aMentor({ mode: 'online' }), aMentee({ mode: 'any' }))).toBe(1);
    expect(value('modality', aMentor({ mode: 'in-person' }), aMentee({ mode: 'online' }))).toBe(0);
    expect(value('modality', aMentor({ mode: 'online' }), inPerson)).toBe(0);
    expect(value('modality', aMentor({ mode: 'in-person', provinceCode: 'P01' }), inPerson)).toBe(
      1,
    );
    expect(value('modality', aMentor({ mode: 'any', provinceCode: 'P01' }), inPerson)).toBe(0.5);
    // Vĩnh Yên is about 40 km from Hà Nội as the crow flies, Hồ Chí Minh City over 1,000.
    expect(value('modality', aMentor({ mode: 'in-person', provinceCode: 'P26' }), inPerson)).toBe(
      0.8,
    );
    expect(value('modality', aMentor({ mode: 'in-person', provinceCode: 'P79' }), inPerson)).toBe(
      0.2,
    );
    const far = scoreMentor(
      aMentor({ mode: 'in-person', provinceCode: 'P26' }),
      inPerson,
      DEFAULT_WEIGHTS,
      NO_LIMIT,
    );
    expect(part(far, 'modality').reason).toEqual({
      vi: 'Gặp trực tiếp, cách khoảng 40 km',
      en: 'In person, about 40 km away',
    });
  });

  it('scores availability and spare places', () => {
    expect(value('availability', aMentor({ availability: 'limited' }))).toBe(0.5);
    expect(value('availability', aMentor({ availability: 'unavailable' }))).toBe(0);
    expect(value('load', aMentor({ maxMentees: 4, heldPlaces: 1 }))).toBe(0.75);
    expect(value('load', aMentor({ maxMentees: 2, heldPlaces: 2 }))).toBe(0);
  });

  it('keeps a part weighted 0 in the list, at 0 points', () => {
    const scored = scoreMentor(aMentor(), aMentee({ language: 'en' }), ONLY('language'), NO_LIMIT);
    expect(scored.score).toBe(0);
    expect(part(scored, 'skills')).toMatchObject({ value: 1, points: 0 });
    expect(scoreMentor(aMentor(), aMentee(), { ...SKILLS_ONLY, skills: 0 }, NO_LIMIT).score).toBe(
      0,
    );
  });

  it('reports the guardrails a pair breaches beside its score', () => {
    const scored = scoreMentor(aMentor({ willing: false }), aMentee(), DEFAULT_WEIGHTS, NO_LIMIT);
    expect(scored.breaches.map((breach) => breach.kind)).toEqual(['not-willing']);
    expect(scored.score).toBeGreaterThan(0);
  });
});

describe('rankMentors', () => {
  it('returns the allowed best first, ties by id, and the excluded apart', () => {
    const mentors = [
      aMentor({ expertId: 'c', skills: [declared('ai')] }),
      aMentor({ expertId: 'b' }),
      aMentor({ expertId: 'a' }),
      aMentor({ expertId: 'd', willing: false }),
    ];
    const { ranked, excluded } = rankMentors(mentors, aMentee(), DEFAULT_WEIGHTS, NO_LIMIT, 10);
    expect(ranked.map((each) => each.mentor.expertId)).toEqual(['a', 'b', 'c']);
    expect(excluded.map((each) => each.mentor.expertId)).toEqual(['d']);
    expect(excluded[0]?.breaches.map((breach) => breach.kind)).toEqual(['not-willing']);
    expect(rankMentors(mentors, aMentee(), DEFAULT_WEIGHTS, NO_LIMIT, 2).ranked).toHaveLength(2);
  });

  it('agrees with scoring every pair one by one', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { mentors, mentees } = randomInstance(seed, 60, 5);
      const options = { maxDistanceKm: 300 };
      const pool = preparePool(mentors);
      for (const mentee of mentees) {
        const all = mentors
          .map((mentor) => scoreMentor(mentor, mentee, DEFAULT_WEIGHTS, options))
          .sort((a, b) => b.score - a.score || (a.mentor.expertId < b.mentor.expertId ? -1 : 1));
        const { ranked, excluded } = rankMentors(pool, mentee, DEFAULT_WEIGHTS, options, 7);
        expect(ranked).toEqual(all.filter((each) => each.breaches.length === 0).slice(0, 7));
        expect(excluded).toEqual(all.filter((each) => each.breaches.length > 0).slice(0, 7));
        for (const each of ranked) expect(breachesOf(each.mentor, mentee, options)).toEqual([]);
      }
    }
  });

  it('sees a mentor’s new load once the pool is updated', () => {
    const pool = preparePool([aMentor({ expertId: 'a' }), aMentor({ expertId: 'b' })]);
    expect(rankMentors(pool, aMentee(), DEFAULT_WEIGHTS, NO_LIMIT, 5).ranked).toHaveLength(2);
    const full = withMentor(pool, aMentor({ expertId: 'a', heldPlaces: 2 }));
    const { ranked, excluded } = rankMentors(full, aMentee(), DEFAULT_WEIGHTS, NO_LIMIT, 5);
    expect(ranked.map((each) => each.mentor.expertId)).toEqual(['b']);
    expect(excluded.map((each) => each.mentor.heldPlaces)).toEqual([2]);
    // A new skill changes who holds what: the updated pool ranks on it.
    const retrained = withMentor(full, aMentor({ expertId: 'b', skills: [verified('gis')] }));
    const gis = rankMentors(retrained, aMentee({ topicCodes: ['gis'] }), SKILLS_ONLY, NO_LIMIT, 5);
    expect(gis.ranked.map((each) => [each.mentor.expertId, each.score])).toEqual([['b', 1]]);
  });
});
