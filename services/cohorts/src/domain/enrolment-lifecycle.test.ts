import { describe, expect, it } from 'vitest';
import { allowedOperations, assertCanApply } from './enrolment-lifecycle.ts';
import { caught } from '../../test/fixtures.ts';
import type { EnrolmentStatus } from './types.ts';

describe('enrolment lifecycle', () => {
  it.each<[EnrolmentStatus, string[]]>([
    ['pooled', ['assign', 'drop', 'remove']],
    ['waitlisted', ['promote', 'transfer', 'drop', 'remove', 'return-to-pool']],
    ['enrolled', ['promote', 'transfer', 'drop', 'remove', 'return-to-pool', 'graduate']],
    ['graduated', []],
    ['dropped', ['reinstate']],
    ['removed', ['reinstate']],
  ])('a %s enrolment can take %j', (status, operations) => {
    expect(allowedOperations(status)).toEqual(operations);
  });

  it('refuses the rest with ENROLMENT_INVALID_TRANSITION', () => {
    expect(
      caught(() => {
        assertCanApply('graduated', 'drop');
      }),
    ).toMatchObject({ kind: 'failed-precondition', code: 'ENROLMENT_INVALID_TRANSITION' });
  });
});
