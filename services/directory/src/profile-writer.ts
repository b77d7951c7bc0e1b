import type { DomainActor } from '@expertnet/platform';
import type { DirectoryEvent, ExpertProfile } from './domain/index.ts';
import { envelopesOf } from './events/envelopes.ts';
import { PROFILES_COLLECTION, type ProfilesStore } from './persistence/profiles-store.ts';
import type { ExpertIndex } from './read-model/expert-index.ts';

export interface ProfileChange {
  /** Undefined for a new profile. */
  readonly before: ExpertProfile | undefined;
  readonly after: ExpertProfile;
  readonly events: readonly DirectoryEvent[];
  readonly actor: DomainActor | undefined;
  readonly now: Date;
}

export interface ProfileWriterDependencies {
  readonly profiles: ProfilesStore;
  readonly index: ExpertIndex;
  /** Wakes the outbox relay after a write with events, naming the document written. */
  readonly eventsWritten: (written: { collection: string; id: string }) => void;
}

/**
 * The one way a profile changes, for the RPCs and the cohorts consumer alike: the profile and
 * its events in one write, then the search read model, so a search right after an edit finds it.
 * Resolves false when a new profile lost the race to another insert of the same person.
 */
export function profileWriter(deps: ProfileWriterDependencies) {
  return async (change: ProfileChange): Promise<boolean> => {
    const envelopes = envelopesOf(change.events, change.actor, change.now);
    if (!(await deps.profiles.save(change.after, change.before, envelopes))) return false;
    deps.index.upsert(change.after);
    if (envelopes.length > 0) {
      deps.eventsWritten({ collection: PROFILES_COLLECTION, id: change.after.id });
    }
    return true;
  };
}

export type ProfileWriter = ReturnType<typeof profileWriter>;
