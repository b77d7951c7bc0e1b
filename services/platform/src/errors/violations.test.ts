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
