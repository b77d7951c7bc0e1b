import type { ProfileView } from '../domain/index.ts';
import type { Caller, UseCaseDependencies } from './shared/dependencies.ts';
import { callerView } from './shared/profiles.ts';

/**
 * Many profiles at once, as the caller may see them, unknown ids left out (BatchGetExperts).
 * Served from the read model: other services' screens ask for up to 200 at once.
 */
export const batchGetExperts =
  (deps: UseCaseDependencies) =>
  (caller: Caller, expertIds: readonly string[]): ProfileView[] => {
    const now = deps.now();
    return expertIds
      .map((id) => deps.index.get(id))
      .filter((profile) => profile !== undefined)
      .map((profile) => callerView(caller, profile, now));
  };
