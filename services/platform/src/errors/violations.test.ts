import { describe, expect, it } from 'vitest';
import { DomainError } from './domain-error.ts';
import { requireReason, textLength, Violations } from './violations.ts';

/** What `act` threw, as the DomainError it must be. */
function caught(act: () => unknown): DomainError {
  try {
    act();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, but nothing was thrown');
}

describe('textLength', () => {
  it('counts code points, as protovalidate does', () => {
    expect(textLength('Hà Nội')).toBe(6);
    expect(textLength('𝔸𝔹')).toBe(2);
  });
});

describe('requireReason', () => {
  it('trims and checks the length', () => {
    expect(requireReason('  Nghỉ ốm  ', 3, 10)).toBe('Nghỉ ốm');
    expect(caught(() => requireReason('  ab  ', 3, 10, 'note')).violations).toEqual([
      { field: 'note', description: 'must be 3 to 10 characters' },
    ]);
  });
});

describe('Violations', () => {
  it('collects every problem and throws them together', () => {
    const violations = new Violations();
    expect(violations.integerBetween(1.5, 0, 10, 'a')).toBe(false);
    expect(violations.textBetween('x'.repeat(11), 0, 10, 'b')).toBe(false);
    expect(violations.matches('abc', /^[0-9]+$/, 'c', 'digits only')).toBe(false);
    expect(violations.check(true, 'd', 'never')).toBe(true);
    expect(
      caught(() => {
        violations.throwIfAny();
      }).violations,
    ).toEqual([
      { field: 'a', description: 'must be a whole number from 0 to 10' },
      { field: 'b', description: 'must be at most 10 characters' },
      { field: 'c', description: 'digits only' },
    ]);
  });
});

// The cases the nominations domain's copy of these helpers had before they moved here.
describe('textLength in composed Vietnamese', () => {
  it('counts characters as people see them in composed Vietnamese, and code points beyond', () => {
    expect(textLength('Hà Nội')).toBe(6);
    expect(textLength('Đ')).toBe(1);
    expect(textLength('𠀀')).toBe(1);
  });
});

describe('requireReason bounds and field', () => {
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

describe('Violations checks in order', () => {
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
