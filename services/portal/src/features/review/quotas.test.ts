import { describe, expect, it } from 'vitest';
import { quotaDraftsFromLedger, quotaTotals, quotaValues } from './quotas.ts';

describe('the quota editor', () => {
  it('starts from the ledger', () => {
    expect(
      quotaDraftsFromLedger([{ organisation: { code: 'P01' }, floor: 30, ceiling: 40 }]),
    ).toEqual([{ code: 'P01', floor: '30', ceiling: '40' }]);
  });

  it('sends whole numbers, an empty floor as 0, and lets the API refuse the rest', () => {
    expect(
      quotaValues([
        { code: 'P01', floor: '', ceiling: '40' },
        { code: 'BYT', floor: 'abc', ceiling: '5' },
      ]),
    ).toEqual([
      { code: 'P01', floor: 0, ceiling: 40 },
      { code: 'BYT', floor: -1, ceiling: 5 },
    ]);
  });

  it('sums floors and ceilings', () => {
    expect(
      quotaTotals([
        { code: 'P01', floor: '30', ceiling: '40' },
        { code: 'P79', floor: '20', ceiling: 'x' },
      ]),
    ).toEqual({ floor: 50, ceiling: 40 });
  });
});
