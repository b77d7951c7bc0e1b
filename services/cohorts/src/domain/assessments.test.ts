import { describe, expect, it } from 'vitest';
import { bestScores, recordAssessments, type ScoreEntry } from './assessments.ts';
import {
  aCohort,
  aContext,
  anActor,
  anEnrolment,
  aTrainee,
  aView,
  caught,
  COHORT_B,
} from '../../test/fixtures.ts';
import type { AssessmentResult } from './types.ts';

const ha = anEnrolment();
const binh = anEnrolment({
  id: 'e-binh',
  trainee: aTrainee({ fullName: 'Trần Văn Bình', userSubject: 'trainee-2' }),
});
const facilitator = aContext({ actor: anActor({ subject: 'fac-1', roles: [] }) });
const score = (enrolmentId: string, value: number, comment = ''): ScoreEntry => ({
  enrolmentId,
  score: value,
  comment,
});

const attempt = (
  enrolmentId: string,
  value: number,
  passed: boolean,
  number = 1,
): AssessmentResult => ({
  enrolmentId,
  moduleCode: 'M1',
  score: value,
  passed,
  attempt: number,
  comment: '',
  assessedBy: 'fac-1',
  assessedAt: new Date(0),
});

describe('recordAssessments', () => {
  it('scores against the module pass score and publishes first passes', () => {
    const change = recordAssessments(
      aView(),
      'M1',
      [score(ha.id, 70, ' Tốt '), score('e-binh', 69)],
      [ha, binh],
      [],
      facilitator,
    );
    expect(change.results).toEqual([
      expect.objectContaining({
        enrolmentId: ha.id,
        score: 70,
        passed: true,
        attempt: 1,
        comment: 'Tốt',
        assessedBy: 'fac-1',
      }),
      expect.objectContaining({ enrolmentId: 'e-binh', score: 69, passed: false, attempt: 1 }),
    ]);
    expect(change.events).toEqual([
      {
        type: 'cohorts.module.passed',
        orgCode: 'BKHCN',
        payload: expect.objectContaining({
          enrolmentId: ha.id,
          moduleCode: 'M1',
          moduleTitle: { vi: 'Quản trị dữ liệu', en: 'Data governance' },
          score: 70,
          skillCodes: ['data-governance'],
        }) as unknown,
      },
    ]);
  });

  it('adds attempts, and publishes a pass only the first time', () => {
    const previous = [
      attempt(ha.id, 50, false, 1),
      attempt(ha.id, 80, true, 2),
      attempt('e-binh', 40, false, 1),
    ];
    const change = recordAssessments(
      aView(),
      'M1',
      [score(ha.id, 95), score('e-binh', 75)],
      [ha, binh],
      previous,
      facilitator,
    );
    expect(change.results.map((result) => [result.enrolmentId, result.attempt])).toEqual([
      [ha.id, 3],
      ['e-binh', 2],
    ]);
    expect(change.events.map((event) => event.payload.enrolmentId)).toEqual(['e-binh']);
  });

  it('refuses a module not in the track', () => {
    expect(
      caught(() => recordAssessments(aView(), 'M9', [score(ha.id, 80)], [ha], [], facilitator)),
    ).toMatchObject({
      kind: 'invalid-argument',
      code: 'MODULE_NOT_IN_TRACK',
      violations: [{ field: 'module_code' }],
    });
  });

  it('refuses trainees without a seat in the cohort, listing them all', () => {
    const elsewhere = anEnrolment({ id: 'e-x', cohortId: COHORT_B });
    expect(
      caught(() =>
        recordAssessments(
          aView(),
          'M1',
          [score('e-x', 80), score('e-unknown', 80)],
          [elsewhere],
          [],
          facilitator,
        ),
      ),
    ).toMatchObject({
      kind: 'failed-precondition',
      code: 'NOT_IN_COHORT',
      violations: [{ field: 'scores[0].enrolment_id' }, { field: 'scores[1].enrolment_id' }],
    });
  });

  it('refuses scores outside 0..100, repeated trainees and long comments', () => {
    const entries = [score(ha.id, 101), score(ha.id, 50), score('e-binh', 50, 'x'.repeat(1001))];
    expect(
      caught(() => recordAssessments(aView(), 'M1', entries, [ha, binh], [], facilitator)),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
      violations: [
        { field: 'scores[0].score' },
        { field: 'scores[1].enrolment_id' },
        { field: 'scores[2].comment' },
      ],
    });
  });

  it('assesses only running or finished cohorts', () => {
    expect(
      caught(() =>
        recordAssessments(
          aView(aCohort({ status: 'planned' })),
          'M1',
          [score(ha.id, 80)],
          [ha],
          [],
          facilitator,
        ),
      ).code,
    ).toBe('COHORT_NOT_RUNNING');
    expect(
      recordAssessments(
        aView(aCohort({ status: 'finished' })),
        'M1',
        [score(ha.id, 80)],
        [ha],
        [],
        facilitator,
      ).results,
    ).toHaveLength(1);
  });
});

describe('bestScores', () => {
  it('keeps the best attempt per module', () => {
    expect([
      ...bestScores([attempt('e', 50, false), attempt('e', 85, true), attempt('e', 70, true)]),
    ]).toEqual([['M1', 85]]);
  });
});
