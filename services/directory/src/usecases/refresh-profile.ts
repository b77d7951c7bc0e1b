import type { UseCaseDependencies } from './shared/dependencies.ts';

/** A profile change another replica (or this one) announced: which profile, at which version. */
export interface AnnouncedChange {
  readonly id: string;
  readonly version: number;
}

/**
 * Keeps this replica's read model current with writes made by the others: the profile is read
 * again by id and replaces the held one when newer. A replica's own writes come back too and are
 * skipped without a read, the held version being as new. Gives whether the read model changed.
 */
export const refreshProfile =
  (deps: UseCaseDependencies) =>
  async (change: AnnouncedChange): Promise<boolean> => {
    if ((deps.index.get(change.id)?.version ?? 0) >= change.version) return false;
    const profile = await deps.profiles.get(change.id);
    // Read again after the await: a newer write may have reached the read model meanwhile.
    const held = deps.index.get(change.id);
    if (profile === undefined || (held !== undefined && profile.version < held.version)) {
      return false;
    }
    deps.index.upsert(profile);
    return true;
  };
