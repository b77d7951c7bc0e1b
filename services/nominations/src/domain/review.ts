import { invalidArgument, type FieldViolation, textLength } from '@expertnet/platform';
import type { CriterionScore, Review, RubricCriterion } from './types.ts';

/**
 * Every problem with one reviewer's scores against the rubric: each criterion scored exactly
 * once, with a whole number from 0 to its max_score, and nothing outside the rubric.
 */
export function validateScores(
  rubric: readonly RubricCriterion[],
  scores: readonly CriterionScore[],
  prefix = 'scores',
): readonly FieldViolation[] {
  const violations: FieldViolation[] = [];
  const add = (field: string, description: string) => violations.push({ field, description });
  scores.forEach((score, index) => {
    const field = `${prefix}[${index}]`;
    const criterion = rubric.find((candidate) => candidate.code === score.criterionCode);
    if (!criterion) {
      add(`${field}.criterion_code`, `"${score.criterionCode}" is not in the round's rubric`);
      return;
    }
    const first = scores.findIndex((other) => other.criterionCode === score.criterionCode);
    if (first !== index) add(`${field}.criterion_code`, `repeats ${prefix}[${first}]`);
    const { score: value } = score;
    if (!Number.isInteger(value) || value < 0 || value > criterion.maxScore) {
      add(`${field}.score`, `must be a whole number from 0 to ${criterion.maxScore}`);
    }
  });
  for (const criterion of rubric) {
    if (!scores.some((score) => score.criterionCode === criterion.code)) {
      add(prefix, `criterion "${criterion.code}" is not scored`);
    }
  }
  return violations;
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/** The plain sum of the points given. */
export const rawTotal = (scores: readonly CriterionScore[]) =>
  scores.reduce((total, score) => total + score.score, 0);

/**
 * The weighted total on 0..100, to two decimals: each criterion's share of its max_score,
 * weighted by its relative weight. Call it only with scores that passed validateScores.
 */
export function weightedTotal(
  rubric: readonly RubricCriterion[],
  scores: readonly CriterionScore[],
): number {
  const totalWeight = rubric.reduce((total, criterion) => total + criterion.weight, 0);
  if (totalWeight === 0) return 0;
  const weighted = rubric.reduce((total, criterion) => {
    const score = scores.find((candidate) => candidate.criterionCode === criterion.code);
    return total + ((score?.score ?? 0) / criterion.maxScore) * criterion.weight;
  }, 0);
  return twoDecimals((weighted / totalWeight) * 100);
}

/** The mean of the reviewers' totals to two decimals; 0 before the first review. */
export function averageScore(reviews: readonly Review[]): number {
  if (reviews.length === 0) return 0;
  return twoDecimals(reviews.reduce((total, review) => total + review.total, 0) / reviews.length);
}

export interface ScoringInput {
  readonly reviewerSubject: string;
  readonly reviewerName: string;
  readonly scores: readonly CriterionScore[];
  readonly comment: string;
}

/** A checked review with its scores in rubric order and its weighted total. */
export function buildReview(
  rubric: readonly RubricCriterion[],
  input: ScoringInput,
  now: Date,
): Review {
  const violations = [...validateScores(rubric, input.scores)];
  if (textLength(input.comment) > 2000) {
    violations.push({ field: 'comment', description: 'must be at most 2000 characters' });
  }
  if (violations.length > 0) throw invalidArgument(violations);
  const inRubricOrder = rubric.map((criterion) => ({
    criterionCode: criterion.code,
    score: input.scores.find((score) => score.criterionCode === criterion.code)?.score ?? 0,
  }));
  return {
    reviewerSubject: input.reviewerSubject,
    reviewerName: input.reviewerName,
    scores: inRubricOrder,
    total: weightedTotal(rubric, inRubricOrder),
    comment: input.comment.trim(),
    scoredAt: now,
  };
}

/** One review per reviewer: scoring again replaces the earlier review, in its place. */
export function upsertReview(reviews: readonly Review[], review: Review): Review[] {
  const index = reviews.findIndex((other) => other.reviewerSubject === review.reviewerSubject);
  if (index === -1) return [...reviews, review];
  return reviews.map((other, at) => (at === index ? review : other));
}
