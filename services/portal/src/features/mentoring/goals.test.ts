import { describe, expect, it } from 'vitest';
import { draftsOfGoals, goalsBody, NEW_GOAL, overallProgress } from './goals.ts';

describe('the pair’s goals', () => {
  it('sends new goals without an id, an achieved goal at 100 %, empty dates left out', () => {
    const body = goalsBody([
      { ...NEW_GOAL, title: '  Lập kế hoạch CĐS ' },
      {
        id: 'g1',
        title: 'Số hóa hồ sơ',
        status: 'GOAL_STATUS_ACHIEVED',
        progressPercent: '40',
        targetDate: '2026-06-30',
      },
      { ...NEW_GOAL, title: 'Đào tạo', progressPercent: 'abc' },
    ]);
    expect(body).toEqual([
      { title: 'Lập kế hoạch CĐS', status: 'GOAL_STATUS_OPEN', progressPercent: 0 },
      {
        id: 'g1',
        title: 'Số hóa hồ sơ',
        status: 'GOAL_STATUS_ACHIEVED',
        progressPercent: 100,
        targetDate: '2026-06-30',
      },
      { title: 'Đào tạo', status: 'GOAL_STATUS_OPEN', progressPercent: -1 },
    ]);
  });

  it('reads saved goals back into the form', () => {
    expect(
      draftsOfGoals([
        { id: 'g1', title: 'A', status: 'GOAL_STATUS_IN_PROGRESS', progressPercent: 30 },
      ]),
    ).toEqual([
      {
        id: 'g1',
        title: 'A',
        status: 'GOAL_STATUS_IN_PROGRESS',
        progressPercent: '30',
        targetDate: '',
      },
    ]);
    expect(draftsOfGoals(undefined)).toEqual([]);
  });

  it('averages the progress of the goals not dropped', () => {
    expect(overallProgress([])).toBeUndefined();
    expect(
      overallProgress([
        { title: 'A', status: 'GOAL_STATUS_IN_PROGRESS', progressPercent: 50 },
        { title: 'B', status: 'GOAL_STATUS_ACHIEVED', progressPercent: 0 },
        { title: 'C', status: 'GOAL_STATUS_DROPPED', progressPercent: 0 },
      ]),
    ).toBe(75);
  });
});
