import { describe, expect, it } from 'vitest';
import type { CallFailure } from '../../api/problem.ts';
import { isNoProfile, isStale } from './failures.ts';

const problem = (status: number, code: string): CallFailure => ({
  kind: 'problem',
  problem: { type: 't', title: 't', status, instance: '/', code, errors: [], requestId: '' },
});

describe('failures', () => {
  it('tells a missing profile from other failures', () => {
    expect(isNoProfile(problem(404, 'PROFILE_NOT_FOUND'))).toBe(true);
    expect(isNoProfile(problem(403, 'ROLE_REQUIRED'))).toBe(false);
    expect(isNoProfile({ kind: 'network' })).toBe(false);
  });

  it('tells a version conflict', () => {
    expect(isStale(problem(409, 'VERSION_CONFLICT'))).toBe(true);
    expect(isStale(problem(400, 'INVALID_ARGUMENT'))).toBe(false);
  });
});
