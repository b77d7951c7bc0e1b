import { describe, expect, it } from 'vitest';
import { isProvince, ledgerTotals, provinceBars, sortLedger } from './ledger.ts';

const names: Record<string, string> = {
  P01: 'Thành phố Hà Nội',
  P79: 'Thành phố Hồ Chí Minh',
  P48: 'Thành phố Đà Nẵng',
  P02: 'Tỉnh Hà Giang',
  BYT: 'Bộ Y tế',
};
const nameOf = (code: string) => names[code] ?? code;

describe('the quota ledger', () => {
  it('knows provinces by their P codes', () => {
    expect(isProvince('P01')).toBe(true);
    expect(isProvince('BYT')).toBe(false);
    expect(isProvince('PX')).toBe(false);
    expect(isProvince(undefined)).toBe(false);
  });

  it('charts the provinces only, by name in Vietnamese collation, fill against floor', () => {
    const bars = provinceBars(
      [
        { organisation: { code: 'P79' }, submitted: 4, floor: 30 },
        { organisation: { code: 'BYT' }, submitted: 2, floor: 5 },
        { organisation: { code: 'P48' }, submitted: 1, floor: 10 },
        { organisation: { code: 'P01' }, submitted: 2, floor: 30 },
      ],
      nameOf,
    );
    expect(bars.map((bar) => bar.label)).toEqual([
      'Thành phố Đà Nẵng',
      'Thành phố Hà Nội',
      'Thành phố Hồ Chí Minh',
    ]);
    expect(bars[0]).toEqual({ code: 'P48', label: 'Thành phố Đà Nẵng', value: 1, marker: 10 });
  });

  it('sorts ledger rows by organisation name', () => {
    const sorted = sortLedger(
      [{ organisation: { code: 'P02' } }, { organisation: { code: 'BYT' } }],
      nameOf,
    );
    expect(sorted.map((entry) => entry.organisation?.code)).toEqual(['BYT', 'P02']);
  });

  it('adds up the figures, missing ones as zero', () => {
    expect(
      ledgerTotals([
        { floor: 30, ceiling: 40, submitted: 2, shortfall: 28 },
        { floor: 5, ceiling: 8, accepted: 1 },
      ]),
    ).toEqual({ floor: 35, ceiling: 48, submitted: 2, accepted: 1, shortfall: 28 });
  });
});
