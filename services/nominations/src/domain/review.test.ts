import { describe, expect, it } from 'vitest';
import {
  averageScore,
  buildReview,
  rawTotal,
  upsertReview,
  validateScores,
  weightedTotal,
} from './review.ts';
import { caught, DURING, roundSettings } from '../../test/fixtures.ts';
import type { CriterionScore, Review } from './types.ts';

// experience 0..10 weight 30, education 0..5 weight 20, motivation 0..20 weight 50
const { rubric } = roundSettings();

const scores = (experience: number, education: number, motivation: number): CriterionScore[] => [
  { criterionCode: 'experience', score: experience },
  { criterionCode: 'education', score: education },
  { criterionCode: 'motivation', score: motivation },
];

const aReview = (reviewerSubject: string, total: number): Review => ({
  reviewerSubject,
  reviewerName: reviewerSubject,
  scores: [],
  total,
  comment: '',
  scoredAt: DURING,
});

describe('validateScores', () => {
  it('accepts every criterion scored once within its range, in any order', () => {
    expect(validateScores(rubric, scores(0, 5, 20).reverse())).toEqual([]);
  });

  it('names every unscored criterion', () => {
    expect(validateScores(rubric, [{ criterionCode: 'education', score: 3 }])).toEqual([
      { field: 'scores', description: 'criterion "experience" is not scored' },
      { field: 'scores', description: 'criterion "motivation" is not scored' },
    ]);
  });

  it('refuses criteria outside the rubric and criteria scored twice', () => {
    const given = [
      ...scores(1, 1, 1),
      { criterionCode: 'charisma', score: 3 },
      { criterionCode: 'education', score: 2 },
    ];
    expect(validateScores(rubric, given)).toEqual([
      {
        field: 'scores[3].criterion_code',
        description: '"charisma" is not in the round\'s rubric',
      },
      { field: 'scores[4].criterion_code', description: 'repeats scores[1]' },
    ]);
  });

  it.each([
    [scores(11, 0, 0), 'scores[0].score', 'must be a whole number from 0 to 10'],
    [scores(0, -1, 0), 'scores[1].score', 'must be a whole number from 0 to 5'],
    [scores(0, 0, 2.5), 'scores[2].score', 'must be a whole number from 0 to 20'],
    [scores(0, 0, Number.NaN), 'scores[2].score', 'must be a whole number from 0 to 20'],
  ])('refuses a score outside its criterion range: %j', (given, field, description) => {
    expect(validateScores(rubric, given)).toEqual([{ field, description }]);
  });

  it('refuses an empty scoring outright', () => {
    expect(validateScores(rubric, [])).toHaveLength(3);
  });
});

describe('totals', () => {
  it('sums the points given', () => {
    expect(rawTotal(scores(7, 4, 15))).toBe(26);
    expect(rawTotal([])).toBe(0);
  });

  it('weights each criterion by its share of its max score', () => {
    expect(weightedTotal(rubric, scores(10, 5, 20))).toBe(100);
    expect(weightedTotal(rubric, scores(0, 0, 0))).toBe(0);
    // 0.7 * 30 + 0.8 * 20 + 0.75 * 50 = 21 + 16 + 37.5
    expect(weightedTotal(rubric, scores(7, 4, 15))).toBe(74.5);
  });

  it('normalises weights that do not add up to 100', () => {
    const halves = rubric.map((criterion) => ({ ...criterion, weight: 1 }));
    // (0.5 + 1 + 0) / 3 * 100
    expect(weightedTotal(halves, scores(5, 5, 0))).toBe(50);
    // (0.1 + 0.2 + 0.05) / 3 * 100 = 11.666...
    expect(weightedTotal(halves, scores(1, 1, 1))).toBe(11.67);
  });

  it('averages reviewers to two decimals, 0 without reviews', () => {
    expect(averageScore([])).toBe(0);
    expect(averageScore([aReview('a', 80), aReview('b', 70), aReview('c', 71)])).toBe(73.67);
  });
});

describe('buildReview', () => {
  const input = {
    reviewerSubject: 'user-reviewer',
    reviewerName: 'Lê Minh',
    scores: scores(7, 4, 15).reverse(),
    comment: '  Hồ sơ tốt  ',
  };

  it('stores scores in rubric order with the weighted total', () => {
    expect(buildReview(rubric, input, DURING)).toEqual({
      reviewerSubject: 'user-reviewer',
      reviewerName: 'Lê Minh',
      scores: scores(7, 4, 15),
      total: 74.5,
      comment: 'Hồ sơ tốt',
      scoredAt: DURING,
    });
  });

  it('refuses bad scores and an overlong comment together', () => {
    const error = caught(() =>
      buildReview(
        rubric,
        { ...input, scores: scores(11, 4, 15), comment: 'x'.repeat(2001) },
        DURING,
      ),
    );
    expect(error.kind).toBe('invalid-argument');
    expect(error.violations.map((violation) => violation.field)).toEqual([
      'scores[0].score',
      'comment',
    ]);
  });
});

describe('upsertReview', () => {
  it('adds a new reviewer and replaces a returning one in place', () => {
    const reviews = [aReview('a', 50), aReview('b', 60)];
    expect(upsertReview(reviews, aReview('c', 70)).map((review) => review.reviewerSubject)).toEqual(
      ['a', 'b', 'c'],
    );
    expect(upsertReview(reviews, aReview('a', 90))).toEqual([aReview('a', 90), aReview('b', 60)]);
    expect(reviews).toEqual([aReview('a', 50), aReview('b', 60)]);
  });
});
