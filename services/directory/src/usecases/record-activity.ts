import { recordActivity as touchActivity } from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { ownProfile } from './shared/own-profile.ts';

/**
 * The caller was active now (RecordActivity): lastActiveAt moves forward only, without a version
 * or an event, since it changes on every visit. Gives the instant held.
 */
export const recordActivity =
  (deps: UseCaseDependencies) =>
  async (caller: Caller): Promise<Date> => {
    const profile = await ownProfile(deps, caller);
    const touched = touchActivity(profile, deps.now());
    if (touched !== profile) {
      await deps.profiles.touch(profile.id, touched.lastActiveAt);
      deps.index.upsert(touched);
    }
    return touched.lastActiveAt;
  };
