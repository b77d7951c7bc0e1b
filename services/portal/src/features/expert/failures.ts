import type { CallFailure } from '../../api/problem.ts';

/** GET /experts/me answers 404 PROFILE_NOT_FOUND for someone with no directory profile yet. */
export function isNoProfile(failure: CallFailure): boolean {
  return (
    failure.kind === 'problem' &&
    (failure.problem.code === 'PROFILE_NOT_FOUND' || failure.problem.status === 404)
  );
}

/** Someone else (or another tab) saved the profile since it was loaded. */
export function isStale(failure: CallFailure): boolean {
  return failure.kind === 'problem' && failure.problem.status === 409;
}
