import type { components } from '../../api/gen/schema.ts';

type Criterion = components['schemas']['RubricCriterion'];
type Review = components['schemas']['Review'];
type CriterionScore = components['schemas']['CriterionScore'];

/** The scores as typed, one text per criterion code. */
export type ScoreDraft = Readonly<Record<string, string>>;

/** The reviewer's earlier scores, to score again from; empty boxes for a first review. */
export function scoreDraft(
  rubric: readonly Criterion[],
  reviews: readonly Review[],
  reviewerSubject: string,
): { scores: ScoreDraft; comment: string } {
  const mine = reviews.find((review) => review.reviewerSubject === reviewerSubject);
  const scores: Record<string, string> = {};
  for (const criterion of rubric) {
    const earlier = mine?.scores?.find((score) => score.criterionCode === criterion.code);
    scores[criterion.code] = earlier?.score === undefined ? '' : String(earlier.score);
  }
  return { scores, comment: mine?.comment ?? '' };
}

/** What the API takes: every criterion, in rubric order (so errors name scores[i] by it). */
export function scoresOf(rubric: readonly Criterion[], draft: ScoreDraft): CriterionScore[] {
  return rubric.map((criterion) => {
    const text = (draft[criterion.code] ?? '').trim();
    return {
      criterionCode: criterion.code,
      score: /^\d+$/.test(text) ? Number(text) : -1,
    };
  });
}

/**
 * The weighted total on 0–100 the service will compute (each criterion's share of its maximum,
 * weighted by its relative weight), shown while scoring; undefined until every box is valid.
 */
export function weightedTotal(rubric: readonly Criterion[], draft: ScoreDraft): number | undefined {
  const totalWeight = rubric.reduce((total, criterion) => total + criterion.weight, 0);
  if (totalWeight === 0) return undefined;
  let weighted = 0;
  for (const criterion of rubric) {
    const text = (draft[criterion.code] ?? '').trim();
    if (!/^\d+$/.test(text)) return undefined;
    const score = Number(text);
    if (score > criterion.maxScore) return undefined;
    weighted += (score / criterion.maxScore) * criterion.weight;
  }
  return Math.round((weighted / totalWeight) * 100 * 100) / 100;
}
