import { describe, expect, it } from 'vitest';
import {
  mentorChoices,
  placeIn,
  planComparison,
  proposalsToAnswer,
  scoreBars,
  scorePoints,
  unmatchedApplications,
} from './board.ts';

describe('the matching board', () => {
  it('compares the optimal plan with the greedy one, a lower maximum load being better', () => {
    const rows = planComparison({
      optimal: { menteesMatched: 12, totalScore: 8.456, mentorsUsed: 7, maxLoad: 2 },
      greedy: { menteesMatched: 10, totalScore: 8.456, mentorsUsed: 5, maxLoad: 3 },
    });
    expect(rows).toEqual([
      { key: 'menteesMatched', optimal: 12, greedy: 10, better: 'optimal' },
      { key: 'totalScore', optimal: 8.46, greedy: 8.46, better: 'same' },
      { key: 'mentorsUsed', optimal: 7, greedy: 5, better: 'optimal' },
      { key: 'maxLoad', optimal: 2, greedy: 3, better: 'optimal' },
    ]);
    expect(planComparison({})[0]).toMatchObject({ optimal: 0, greedy: 0, better: 'same' });
  });

  it('shows a score’s parts as bars, the largest share first, in whole percentages', () => {
    const bars = scoreBars([
      { kind: 'MATCH_REASON_KIND_LANGUAGE', value: 1, points: 0.1 },
      { kind: 'MATCH_REASON_KIND_SKILLS', value: 0.754, points: 0.38 },
      { value: 2, points: -1 },
    ]);
    expect(bars.map((bar) => [bar.kind, bar.percent, bar.points])).toEqual([
      ['MATCH_REASON_KIND_SKILLS', 75, 38],
      ['MATCH_REASON_KIND_LANGUAGE', 100, 10],
      ['MATCH_REASON_KIND_UNSPECIFIED', 100, 0],
    ]);
    expect(scorePoints(0.826)).toBe(83);
    expect(scorePoints(undefined)).toBe(0);
  });

  it('offers the suggestions, then mentors excluded only as a repeat pair, never the current one', () => {
    const choices = mentorChoices(
      [
        { mentor: { expertId: 'm1', fullName: 'Đức' }, score: 0.9 },
        { mentor: { expertId: 'm2', fullName: 'Lan' }, score: 0.7 },
      ],
      [
        {
          mentor: { expertId: 'm3', fullName: 'Hải' },
          score: 0.95,
          breaches: [{ guardrail: 'GUARDRAIL_REPEAT_PAIR' }],
        },
        {
          mentor: { expertId: 'm4', fullName: 'Minh' },
          score: 0.99,
          breaches: [{ guardrail: 'GUARDRAIL_REPEAT_PAIR' }, { guardrail: 'GUARDRAIL_SAME_UNIT' }],
        },
      ],
      'm1',
    );
    expect(choices).toEqual([
      { expertId: 'm2', fullName: 'Lan', score: 70, repeat: false },
      { expertId: 'm3', fullName: 'Hải', score: 95, repeat: true },
    ]);
  });

  it('lists the unmatched applications with what is known of them', () => {
    const unmatched = unmatchedApplications({ unmatchedApplicationIds: ['a1', 'a2'] }, [
      { id: 'a2', mentee: { fullName: 'Nguyễn Văn An' } },
    ]);
    expect(unmatched).toEqual([{ id: 'a1' }, { id: 'a2', mentee: { fullName: 'Nguyễn Văn An' } }]);
  });
});

describe('the caller’s pairs', () => {
  const pair = (id: string, mentor: string, mentee: string, respondBy: string) => ({
    id,
    status: 'ASSIGNMENT_STATUS_PROPOSED' as const,
    mentor: { userSubject: mentor },
    mentee: { userSubject: mentee },
    respondBy,
  });

  it('knows whether the caller mentors or is mentored', () => {
    expect(placeIn(pair('x', 'duc', 'an', ''), 'duc')).toBe('mentor');
    expect(placeIn(pair('x', 'duc', 'an', ''), 'an')).toBe('mentee');
    expect(placeIn(pair('x', 'duc', 'an', ''), 'office')).toBeUndefined();
    const unnamed = { ...pair('x', '', 'an', ''), mentor: { userSubject: '', expertId: 'e-duc' } };
    expect(placeIn(unnamed, 'duc', 'e-duc')).toBe('mentor');
    expect(placeIn(unnamed, 'duc')).toBeUndefined();
  });

  it('keeps the proposals the caller answers as mentor, soonest deadline first', () => {
    const proposals = proposalsToAnswer(
      [
        pair('late', 'duc', 'an', '2026-03-20T00:00:00Z'),
        pair('mine-as-mentee', 'linh', 'duc', '2026-03-01T00:00:00Z'),
        pair('soon', 'duc', 'binh', '2026-03-10T00:00:00Z'),
        { ...pair('active', 'duc', 'chi', ''), status: 'ASSIGNMENT_STATUS_ACTIVE' as const },
      ],
      'duc',
    );
    expect(proposals.map((proposal) => proposal.id)).toEqual(['soon', 'late']);
  });
});
