import { DomainError } from '@expertnet/platform';
import { viewerOf, viewProfile, type ExpertProfile, type ProfileView } from '../../domain/index.ts';
import type { Caller } from './dependencies.ts';

export function found(profile: ExpertProfile | undefined, what: string): ExpertProfile {
  if (profile === undefined) {
    throw new DomainError('not-found', 'PROFILE_NOT_FOUND', `${what} does not exist`);
  }
  return profile;
}

/** The profile as this caller may see it: owner, programme office or network (visibility.ts). */
export const callerView = (caller: Caller, profile: ExpertProfile, now: Date): ProfileView =>
  viewProfile(profile, viewerOf(caller.principal, profile), now);
