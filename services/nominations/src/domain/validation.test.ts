import { describe, expect, it } from 'vitest';
import { caught } from './test-fixtures.ts';
import { requireReason, textLength, Violations } from './validation.ts';

describe('textLength', () => {
  it('counts characters as people see them in composed Vietnamese, and code points beyond', () => {
    expect(textLength('Hà Nội')).toBe(6);
    expect(textLength('Đ')).toBe(1);
    expect(textLength('𠀀')).toBe(1);
  });
});

describe('requireReason', () => {
  it('returns the trimmed reason within bounds', () => {
    expect(requireReason('  Đủ chỉ tiêu \n', 3, 20)).toBe('Đủ chỉ tiêu');
  });

  it('refuses one too short once trimmed, or too long, under the field given', () => {
    expect(caught(() => requireReason('  ab  ', 3, 20)).violations).toEqual([
      { field: 'reason', description: 'must be 3 to 20 characters' },
    ]);
    expect(caught(() => requireReason('x'.repeat(21), 3, 20, 'note')).violations[0]?.field).toBe(
      'note',
    );
  });
});

describe('Violations', () => {
  it('collects every failed check in order and reports whether each passed', () => {
    const violations = new Violations();
    expect(violations.check(true, 'a', 'fine')).toBe(true);
    expect(violations.integerBetween(3.5, 0, 5, 'b')).toBe(false);
    expect(violations.textBetween('', 0, 3, 'c')).toBe(true);
    expect(violations.textBetween('long', 0, 3, 'd')).toBe(false);
    expect(violations.textBetween('x', 2, 3, 'e')).toBe(false);
    expect(violations.list).toEqual([
      { field: 'b', description: 'must be a whole number from 0 to 5' },
      { field: 'd', description: 'must be at most 3 characters' },
      { field: 'e', description: 'must be 2 to 3 characters' },
    ]);
  });
});
