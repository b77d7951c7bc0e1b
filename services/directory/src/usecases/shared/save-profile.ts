import type { Actor, OutboxWrite } from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { DirectoryEvent, ExpertProfile } from '../../domain/index.ts';
import type { ExpertIndex } from '../../read-model/expert-index.ts';
import { LOST_RACE, type ProfilesRepository } from '../../repositories/profiles.repository.ts';

export interface ProfileChange {
  /** Undefined for a new profile. */
  readonly before: ExpertProfile | undefined;
  readonly after: ExpertProfile;
  readonly events: readonly DirectoryEvent[];
  readonly actor: Actor | undefined;
  readonly now: Date;
}

export interface SaveProfileDependencies {
  readonly profiles: ProfilesRepository;
  readonly index: ExpertIndex;
  /** The domain's events as envelopes for the outbox (events/envelopes.ts). */
  readonly envelopesOf: (
    events: readonly DirectoryEvent[],
    actor: Actor | undefined,
    now: Date,
  ) => EventEnvelope[];
  /** Wakes the outbox relay after a write with events, naming the document written. */
  readonly eventsWritten: (written: OutboxWrite) => void;
}

/**
 * The save step every use case that changes a profile shares, RPCs and the cohorts consumer
 * alike: the profile and its events in ONE single-document write with its outbox, then the search
 * read model, so a search right after an edit finds it. Resolves false when a new profile lost
 * the race to another insert of the same person.
 */
export function profileSaver(deps: SaveProfileDependencies) {
  return async (change: ProfileChange): Promise<boolean> => {
    const envelopes = deps.envelopesOf(change.events, change.actor, change.now);
    const written = await deps.profiles.save(change.after, change.before, envelopes);
    if (written === LOST_RACE) return false;
    deps.index.upsert(change.after);
    if (written !== undefined) deps.eventsWritten(written);
    return true;
  };
}

export type SaveProfile = ReturnType<typeof profileSaver>;
