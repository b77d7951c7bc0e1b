import type { ProfileView } from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { ownProfile } from './shared/own-profile.ts';
import { callerView } from './shared/profiles.ts';

/** The caller's own profile, linked to their account on their first visit (GetMyProfile). */
export const getMyProfile =
  (deps: UseCaseDependencies) =>
  async (caller: Caller): Promise<ProfileView> =>
    callerView(caller, await ownProfile(deps, caller), deps.now());
