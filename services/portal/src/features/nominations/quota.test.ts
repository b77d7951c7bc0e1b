import { describe, expect, it } from 'vitest';
import { quotaProgress } from './quota.ts';

describe('quotaProgress', () => {
  it('measures the fill against the ceiling and marks the floor', () => {
    const progress = quotaProgress({
      floor: 30,
      ceiling: 40,
      drafts: 1,
      submitted: 2,
      shortfall: 28,
      remaining: 38,
    });
    expect(progress).toMatchObject({
      filled: 2,
      percentOfCeiling: 5,
      floorPercent: 75,
      shortfall: 28,
      remaining: 38,
      state: 'below-floor',
    });
  });

  it('is within between floor and ceiling, and full at the ceiling', () => {
    expect(quotaProgress({ floor: 2, ceiling: 5, submitted: 3 }).state).toBe('within');
    expect(quotaProgress({ floor: 2, ceiling: 5, submitted: 5 }).state).toBe('full');
  });

  it('computes the shortfall and remaining slots when the API leaves them out', () => {
    expect(quotaProgress({ floor: 4, ceiling: 6, submitted: 1 })).toMatchObject({
      shortfall: 3,
      remaining: 5,
    });
  });

  it('never divides by zero for an organisation without a quota', () => {
    expect(quotaProgress({}).percentOfCeiling).toBe(0);
  });
});
