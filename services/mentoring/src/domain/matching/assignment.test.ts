import { describe, expect, it } from 'vitest';
import { greedyAssignment, optimalAssignment } from './assignment.ts';
import {
  aMentee,
  aMentor,
  NO_LIMIT,
  randomInstance,
  SKILLS_ONLY,
  verified,
  declared,
} from './fixtures.ts';
import { breachesOf } from './guardrails.ts';
import { scoreMentor } from './scoring.ts';
import {
  DEFAULT_WEIGHTS,
  type AssignmentPlan,
  type MatchOptions,
  type MenteeNeed,
  type MentorCandidate,
} from './types.ts';

/** The plan's rules checked from scratch: places, guardrails, one mentor per mentee. */
function expectValid(
  plan: AssignmentPlan,
  mentors: readonly MentorCandidate[],
  mentees: readonly MenteeNeed[],
  options: MatchOptions,
) {
  const loads = new Map<string, number>();
  const keys = plan.pairs.map((pair) => pair.menteeKey);
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys, ...plan.unmatched].sort()).toEqual(mentees.map((mentee) => mentee.key).sort());
  for (const pair of plan.pairs) {
    const mentor = mentors.find((each) => each.expertId === pair.mentorId);
    const mentee = mentees.find((each) => each.key === pair.menteeKey);
    if (mentor === undefined || mentee === undefined) throw new Error('unknown pair');
    expect(breachesOf(mentor, mentee, options)).toEqual([]);
    loads.set(mentor.expertId, (loads.get(mentor.expertId) ?? 0) + 1);
  }
  for (const [id, load] of loads) {
    const mentor = mentors.find((each) => each.expertId === id);
    expect(load).toBeLessThanOrEqual((mentor?.maxMentees ?? 0) - (mentor?.heldPlaces ?? 0));
  }
}

const one = (id: string, skills = [verified('ai')]) =>
  aMentor({ expertId: id, userSubject: `subject-${id}`, skills, maxMentees: 1 });

describe('bulk assignment', () => {
  it('beats greedy on total score when the first mentee takes the second one’s only good mentor', () => {
    // a fits both mentees fully; b fits the first as well as a does, the second only half.
    const mentors = [one('a', [verified('ai'), verified('gis')]), one('b')];
    const mentees = [
      aMentee({ key: 'first', topicCodes: ['ai'] }),
      aMentee({ key: 'second', topicCodes: ['ai', 'gis'] }),
    ];
    const greedy = greedyAssignment(mentees, mentors, SKILLS_ONLY, NO_LIMIT);
    const optimal = optimalAssignment(mentees, mentors, SKILLS_ONLY, NO_LIMIT);
    expect(greedy.pairs.map((pair) => [pair.menteeKey, pair.mentorId])).toEqual([
      ['first', 'a'],
      ['second', 'b'],
    ]);
    expect(greedy.totalScore).toBeCloseTo(1.5, 9);
    expect(optimal.pairs.map((pair) => [pair.menteeKey, pair.mentorId])).toEqual([
      ['first', 'b'],
      ['second', 'a'],
    ]);
    expect(optimal.totalScore).toBeCloseTo(2, 9);
    expect(optimal.totalScore).toBeGreaterThan(greedy.totalScore);
  });

  it('matches a mentee greedy leaves out, even at a lower score for another', () => {
    // b nominated the second mentee, so a is the only mentor they may have.
    const mentors = [one('a'), one('b', [declared('ai')])];
    const mentees = [
      aMentee({ key: 'first' }),
      aMentee({ key: 'second', conflictSubjects: ['subject-b'] }),
    ];
    const greedy = greedyAssignment(mentees, mentors, SKILLS_ONLY, NO_LIMIT);
    const optimal = optimalAssignment(mentees, mentors, SKILLS_ONLY, NO_LIMIT);
    expect(greedy.unmatched).toEqual(['second']);
    expect(optimal.unmatched).toEqual([]);
    expect(optimal.pairs).toHaveLength(2);
    expect(optimal.pairs.find((pair) => pair.menteeKey === 'second')?.mentorId).toBe('a');
    expect(optimal.totalScore).toBeGreaterThan(greedy.totalScore);
  });

  it('never gives a mentor more than their free places, nor plans a breached pair', () => {
    for (const seed of [11, 12, 13, 14, 15, 16]) {
      const { mentors, mentees } = randomInstance(seed, 15, 40);
      const options = { maxDistanceKm: 300 };
      const optimal = optimalAssignment(mentees, mentors, DEFAULT_WEIGHTS, options);
      const greedy = greedyAssignment(mentees, mentors, DEFAULT_WEIGHTS, options);
      expectValid(optimal, mentors, mentees, options);
      expectValid(greedy, mentors, mentees, options);
      expect(optimal.pairs.length).toBeGreaterThanOrEqual(greedy.pairs.length);
      expect(optimal.maxLoad).toBeLessThanOrEqual(2);
    }
  });

  it('finds the best plan on small random instances, by enumerating them all', () => {
    const options = { maxDistanceKm: 300 };
    for (let seed = 100; seed < 300; seed++) {
      const { mentors, mentees } = randomInstance(seed, 4, 5);
      const score = mentees.map((mentee) =>
        mentors.map((mentor) => {
          const scored = scoreMentor(mentor, mentee, DEFAULT_WEIGHTS, options);
          return scored.breaches.length === 0 ? scored.score : undefined;
        }),
      );
      // Each mentee: no mentor (-1) or one of the four; keep the most pairs, then the best total.
      let best = { pairs: 0, total: 0 };
      const free = mentors.map((mentor) => mentor.maxMentees - mentor.heldPlaces);
      const visit = (index: number, pairs: number, total: number) => {
        if (index === mentees.length) {
          if (pairs > best.pairs || (pairs === best.pairs && total > best.total))
            best = { pairs, total };
          return;
        }
        visit(index + 1, pairs, total);
        mentors.forEach((_, j) => {
          const pairScore = score[index]?.[j];
          if (pairScore === undefined || (free[j] ?? 0) <= 0) return;
          free[j] = (free[j] ?? 0) - 1;
          visit(index + 1, pairs + 1, total + pairScore);
          free[j] = (free[j] ?? 0) + 1;
        });
      };
      visit(0, 0, 0);
      const plan = optimalAssignment(mentees, mentors, DEFAULT_WEIGHTS, options);
      expectValid(plan, mentors, mentees, options);
      expect(plan.pairs.length, `seed ${String(seed)}`).toBe(best.pairs);
      expect(plan.totalScore, `seed ${String(seed)}`).toBeCloseTo(best.total, 5);
      const greedy = greedyAssignment(mentees, mentors, DEFAULT_WEIGHTS, options);
      expect(
        plan.totalScore + 1e-9 >= greedy.totalScore || plan.pairs.length > greedy.pairs.length,
      ).toBe(true);
    }
  });

  it('widens the candidate lists when alike mentees share the same best mentors and run out of places', () => {
    // 12 identical mentees over 6 identical mentors of 2 places: each mentee's best 2 are the same
    // two mentors (4 places), so the pruned graph alone would leave 8 out.
    const mentors = Array.from({ length: 6 }, (_, index) =>
      aMentor({ expertId: `m${String(index)}`, userSubject: `s${String(index)}`, maxMentees: 2 }),
    );
    const mentees = Array.from({ length: 12 }, (_, index) =>
      aMentee({ key: `a${String(index).padStart(2, '0')}`, userSubject: `t${String(index)}` }),
    );
    const plan = optimalAssignment(mentees, mentors, DEFAULT_WEIGHTS, {
      ...NO_LIMIT,
      candidatesPerMentee: 2,
    });
    expect(plan.unmatched).toEqual([]);
    expect(plan.mentorsUsed).toBe(6);
    expectValid(plan, mentors, mentees, NO_LIMIT);
  });

  it('reports the plan’s figures', () => {
    const mentors = [aMentor({ expertId: 'a', maxMentees: 3 }), one('b')];
    const mentees = ['x', 'y', 'z'].map((key) => aMentee({ key }));
    const plan = optimalAssignment(mentees, mentors, SKILLS_ONLY, NO_LIMIT);
    expect(plan.pairs).toHaveLength(3);
    expect(plan.mentorsUsed).toBe(2);
    expect(plan.maxLoad).toBe(2);
    expect(plan.totalScore).toBeCloseTo(3, 9);
    const empty = optimalAssignment(mentees, [], SKILLS_ONLY, NO_LIMIT);
    expect(empty).toEqual({
      pairs: [],
      unmatched: ['x', 'y', 'z'],
      totalScore: 0,
      mentorsUsed: 0,
      maxLoad: 0,
    });
  });
});
