import type { ProfileView } from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { callerView, found } from './shared/profiles.ts';

/** A profile as the caller may see it (GetProfile). */
export const getProfile =
  (deps: UseCaseDependencies) =>
  async (caller: Caller, expertId: string): Promise<ProfileView> =>
    callerView(caller, found(await deps.profiles.get(expertId), `profile ${expertId}`), deps.now());
