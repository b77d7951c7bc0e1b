import { describe, expect, it } from 'vitest';
import { scoreDraft, scoresOf, weightedTotal } from './scoring.ts';

const rubric = [
  { code: 'experience', name: { vi: 'Kinh nghiệm' }, maxScore: 10, weight: 50 },
  { code: 'expertise', name: { vi: 'Chuyên môn' }, maxScore: 10, weight: 30 },
  { code: 'commitment', name: { vi: 'Cam kết' }, maxScore: 5, weight: 20 },
];

describe('rubric scoring', () => {
  it('starts from the reviewer’s own earlier review', () => {
    const draft = scoreDraft(
      rubric,
      [
        { reviewerSubject: 'other', scores: [{ criterionCode: 'experience', score: 1 }] },
        {
          reviewerSubject: 'me',
          comment: 'Tốt',
          scores: [{ criterionCode: 'experience', score: 8 }],
        },
      ],
      'me',
    );
    expect(draft).toEqual({
      scores: { experience: '8', expertise: '', commitment: '' },
      comment: 'Tốt',
    });
  });

  it('sends every criterion in rubric order', () => {
    expect(scoresOf(rubric, { experience: '8', expertise: ' 6 ', commitment: 'x' })).toEqual([
      { criterionCode: 'experience', score: 8 },
      { criterionCode: 'expertise', score: 6 },
      { criterionCode: 'commitment', score: -1 },
    ]);
  });

  it('previews the weighted total once every score is valid', () => {
    expect(weightedTotal(rubric, { experience: '10', expertise: '5', commitment: '5' })).toBe(85);
    expect(weightedTotal(rubric, { experience: '10', expertise: '', commitment: '5' })).toBe(
      undefined,
    );
    expect(weightedTotal(rubric, { experience: '11', expertise: '5', commitment: '5' })).toBe(
      undefined,
    );
  });
});
