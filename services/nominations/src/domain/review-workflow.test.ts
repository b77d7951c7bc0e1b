import { describe, expect, it } from 'vitest';
import {
  decideNomination,
  returnNomination,
  scoreNomination,
  withdrawNomination,
} from './review-workflow.ts';
import { aContext, aNomination, anActor, aRound, caught, DURING } from '../../test/fixtures.ts';
import type { CriterionScore, DecisionOutcome, NominationStatus } from './types.ts';

const reviewer = (subject = 'user-reviewer') =>
  aContext({ actor: anActor({ subject, orgCode: 'BNV', roles: ['reviewer'] }) });
const office = aContext({
  actor: anActor({ subject: 'user-office', orgCode: 'BKHCN', roles: ['programme-office'] }),
});

const scores = (experience: number, education: number, motivation: number): CriterionScore[] => [
  { criterionCode: 'experience', score: experience },
  { criterionCode: 'education', score: education },
  { criterionCode: 'motivation', score: motivation },
];

describe('returnNomination', () => {
  it('sends a submitted nomination back with the reason, telling the officer', () => {
    const { nomination, revision, events } = returnNomination(
      aNomination({ status: 'under-review' }),
      ' Bổ sung bằng thạc sĩ ',
      reviewer(),
    );
    expect(nomination).toMatchObject({ status: 'returned', returnReason: 'Bổ sung bằng thạc sĩ' });
    expect(revision).toMatchObject({
      action: 'ReturnNomination',
      note: 'Bổ sung bằng thạc sĩ',
      statusBefore: 'under-review',
    });
    expect(events).toEqual([
      {
        type: 'nominations.nomination.returned',
        orgCode: 'BKHCN',
        payload: {
          nomination: expect.objectContaining({ nominationId: 'nom-1', version: 5 }) as unknown,
          reason: 'Bổ sung bằng thạc sĩ',
          officerName: 'Trần Văn Bình',
          officerEmail: 'binh.tv@example.gov.vn',
        },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain('0987654321');
  });

  it('needs a reason of at least 5 characters', () => {
    expect(
      caught(() => returnNomination(aNomination({ status: 'submitted' }), 'Sai', reviewer()))
        .violations,
    ).toEqual([{ field: 'reason', description: 'must be 5 to 2000 characters' }]);
  });

  it.each<NominationStatus>([
    'draft',
    'returned',
    'accepted',
    'rejected',
    'waitlisted',
    'withdrawn',
  ])('refuses a %s nomination', (status) => {
    expect(
      caught(() => returnNomination(aNomination({ status }), 'Bổ sung hồ sơ', reviewer())).code,
    ).toBe('NOMINATION_INVALID_TRANSITION');
  });
});

describe('scoreNomination', () => {
  const scoring = { reviewerName: 'Lê Minh', scores: scores(7, 4, 15), comment: '' };

  it('puts a submitted nomination under review with the first score, publishing nothing', () => {
    const { nomination, revision, events } = scoreNomination(
      aRound(),
      aNomination({ status: 'submitted' }),
      scoring,
      reviewer(),
    );
    expect(nomination).toMatchObject({ status: 'under-review', averageScore: 74.5 });
    expect(nomination.reviews).toEqual([
      {
        reviewerSubject: 'user-reviewer',
        reviewerName: 'Lê Minh',
        scores: scores(7, 4, 15),
        total: 74.5,
        comment: '',
        scoredAt: DURING,
      },
    ]);
    expect(revision).toMatchObject({
      action: 'ScoreNomination',
      changedFields: ['status', 'reviews', 'average_score'],
    });
    expect(events).toEqual([]);
  });

  it('keeps one review per reviewer and averages across reviewers', () => {
    const first = scoreNomination(
      aRound(),
      aNomination({ status: 'resubmitted' }),
      scoring,
      reviewer('r1'),
    ).nomination;
    const second = scoreNomination(
      aRound(),
      first,
      { ...scoring, scores: scores(10, 5, 20) },
      reviewer('r2'),
    ).nomination;
    expect(second.averageScore).toBe(87.25);
    const rescored = scoreNomination(
      aRound(),
      second,
      { ...scoring, scores: scores(0, 0, 0) },
      reviewer('r1'),
    ).nomination;
    expect(rescored.reviews.map((review) => [review.reviewerSubject, review.total])).toEqual([
      ['r1', 0],
      ['r2', 100],
    ]);
    expect(rescored.averageScore).toBe(50);
  });

  it('refuses scores that do not fit the rubric', () => {
    const error = caught(() =>
      scoreNomination(
        aRound(),
        aNomination({ status: 'submitted' }),
        { ...scoring, scores: scores(7, 4, 15).slice(1) },
        reviewer(),
      ),
    );
    expect(error.kind).toBe('invalid-argument');
    expect(error.violations).toEqual([
      { field: 'scores', description: 'criterion "experience" is not scored' },
    ]);
  });

  it.each<NominationStatus>([
    'draft',
    'returned',
    'accepted',
    'rejected',
    'waitlisted',
    'withdrawn',
  ])('refuses to score a %s nomination', (status) => {
    expect(
      caught(() => scoreNomination(aRound(), aNomination({ status }), scoring, reviewer())).code,
    ).toBe('NOMINATION_INVALID_TRANSITION');
  });
});

describe('decideNomination', () => {
  const underReview = aNomination({ status: 'under-review', averageScore: 81.5 });

  it('accepts with the reason, recording the decision and publishing NominationAccepted', () => {
    const { nomination, revision, events } = decideNomination(
      underReview,
      { outcome: 'accepted', reason: 'Đạt yêu cầu' },
      office,
    );
    expect(nomination).toMatchObject({
      status: 'accepted',
      decision: {
        outcome: 'accepted',
        reason: 'Đạt yêu cầu',
        decidedBy: 'user-office',
        decidedAt: DURING,
      },
    });
    expect(revision).toMatchObject({
      action: 'DecideNomination',
      note: 'Đạt yêu cầu',
      changedFields: ['status', 'decision'],
    });
    expect(events).toEqual([
      {
        type: 'nominations.nomination.accepted',
        orgCode: 'BKHCN',
        payload: {
          nomination: expect.objectContaining({ nominationId: 'nom-1', version: 5 }) as unknown,
          previousStatus: 'under-review',
          reason: 'Đạt yêu cầu',
          averageScore: 81.5,
          decidedAt: DURING,
        },
      },
    ]);
  });

  it.each<[DecisionOutcome, string]>([
    ['rejected', 'nominations.nomination.rejected'],
    ['waitlisted', 'nominations.nomination.waitlisted'],
  ])('%s publishes %s without a score', (outcome, type) => {
    const { nomination, events } = decideNomination(
      underReview,
      { outcome, reason: 'Hết chỉ tiêu' },
      office,
    );
    expect(nomination.status).toBe(outcome);
    expect(events).toEqual([
      {
        type,
        orgCode: 'BKHCN',
        payload: {
          nomination: expect.objectContaining({ nominationId: 'nom-1' }) as unknown,
          previousStatus: 'under-review',
          reason: 'Hết chỉ tiêu',
          decidedAt: DURING,
        },
      },
    ]);
  });

  it('accepts a waitlisted nomination later, naming the previous status', () => {
    const waitlisted = decideNomination(
      underReview,
      { outcome: 'waitlisted', reason: 'Dự bị' },
      office,
    ).nomination;
    const { nomination, events } = decideNomination(
      waitlisted,
      { outcome: 'accepted', reason: 'Có chỗ trống' },
      office,
    );
    expect(nomination.decision?.reason).toBe('Có chỗ trống');
    expect(events[0]?.payload).toMatchObject({ previousStatus: 'waitlisted' });
  });

  it('reverses an acceptance, naming the previous status so the enrolment goes', () => {
    const accepted = aNomination({ status: 'accepted' });
    expect(
      decideNomination(accepted, { outcome: 'rejected', reason: 'Trùng hồ sơ' }, office).events[0],
    ).toMatchObject({
      type: 'nominations.nomination.rejected',
      payload: { previousStatus: 'accepted' },
    });
  });

  it('refuses the same outcome twice and a decision before any review', () => {
    expect(
      caught(() =>
        decideNomination(
          aNomination({ status: 'accepted' }),
          { outcome: 'accepted', reason: 'Lại' },
          office,
        ),
      ).code,
    ).toBe('NOMINATION_INVALID_TRANSITION');
    expect(
      caught(() =>
        decideNomination(
          aNomination({ status: 'submitted' }),
          { outcome: 'accepted', reason: 'Tốt' },
          office,
        ),
      ).code,
    ).toBe('NOMINATION_INVALID_TRANSITION');
  });

  it('needs a reason', () => {
    for (const reason of ['', '  ', 'ok', 'x'.repeat(2001)]) {
      expect(
        caught(() => decideNomination(underReview, { outcome: 'rejected', reason }, office))
          .violations,
      ).toEqual([{ field: 'reason', description: 'must be 3 to 2000 characters' }]);
    }
  });
});

describe('withdrawNomination', () => {
  it('withdraws a draft quietly', () => {
    const { nomination, events, revision } = withdrawNomination(
      aNomination(),
      'Nhập nhầm',
      aContext(),
    );
    expect(nomination).toMatchObject({ status: 'withdrawn', withdrawalReason: 'Nhập nhầm' });
    expect(revision).toMatchObject({
      action: 'WithdrawNomination',
      note: 'Nhập nhầm',
      statusBefore: 'draft',
    });
    expect(events).toEqual([]);
  });

  it.each<NominationStatus>([
    'submitted',
    'returned',
    'resubmitted',
    'under-review',
    'accepted',
    'rejected',
    'waitlisted',
  ])('withdraws a %s nomination, publishing the previous status', (status) => {
    const { events } = withdrawNomination(aNomination({ status }), 'Chuyển công tác', aContext());
    expect(events).toEqual([
      {
        type: 'nominations.nomination.withdrawn',
        orgCode: 'BKHCN',
        payload: {
          nomination: expect.objectContaining({ nominationId: 'nom-1' }) as unknown,
          previousStatus: status,
          reason: 'Chuyển công tác',
        },
      },
    ]);
  });

  it('refuses one already withdrawn, and a missing reason', () => {
    expect(
      caught(() => withdrawNomination(aNomination({ status: 'withdrawn' }), 'Lần nữa', aContext()))
        .code,
    ).toBe('NOMINATION_INVALID_TRANSITION');
    expect(caught(() => withdrawNomination(aNomination(), ' ', aContext())).kind).toBe(
      'invalid-argument',
    );
  });
});
