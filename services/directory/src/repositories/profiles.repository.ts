import {
  ensureIndexes,
  OUTBOX_INDEX,
  outboxOf,
  updateVersionedWithEvents,
  type IndexDeclaration,
  type OutboxWrite,
  type WithOutbox,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { MongoServerError, type Db } from 'mongodb';
import type { ExpertProfile, MentoringOffer } from '../domain/index.ts';

/**
 * A profile with the events of its last changes: every change is ONE single-document write of the
 * profile and its events. Search does not read this collection (see
 * docs/adr/0003-search-read-model.md): the read model is loaded from it at start and kept current
 * by every write. Profiles are the network's, not an organisation's (visibility trims what each
 * caller sees, per field), so no method here takes an OrganisationScope.
 */
export interface ProfileDocument extends Omit<ExpertProfile, 'id' | 'mentoring'>, WithOutbox {
  _id: string;
  /** Offers stored before the modality existed have none: they read as 'any'. */
  mentoring: Omit<MentoringOffer, 'modality'> & Partial<Pick<MentoringOffer, 'modality'>>;
}

export const PROFILE_INDEXES: readonly IndexDeclaration[] = [
  OUTBOX_INDEX,
  {
    name: 'user',
    key: { userSubject: 1 },
    serves: "the signed-in expert's own profile (GetMyProfile, RecordActivity)",
  },
];

const DUPLICATE_KEY = 11000;

export const PROFILES_COLLECTION = 'profiles';

/** A stored document as the domain's profile; parts added since it was written get defaults. */
export const toProfile = ({
  _id,
  outbox: _outbox,
  outboxPending: _pending,
  mentoring,
  ...rest
}: ProfileDocument): ExpertProfile => ({
  id: _id,
  ...rest,
  mentoring: { ...mentoring, modality: mentoring.modality ?? 'any' },
});

/** The only code that touches the `profiles` collection. */
/** A new profile's insert lost to another delivery or replica inserting the same person. */
export const LOST_RACE = Symbol('lost race');

export function profilesRepository(db: Db) {
  const profiles = db.collection<ProfileDocument>(PROFILES_COLLECTION);
  const one = async (filter: Record<string, unknown>) => {
    const found = await profiles.findOne(filter, { projection: { outbox: 0 } });
    return found === null ? undefined : toProfile(found);
  };

  return {
    ensureIndexes: () => ensureIndexes(profiles, PROFILE_INDEXES),

    get: (id: string) => one({ _id: id }),

    ofUser: (subject: string) => one({ userSubject: subject }),

    /**
     * Writes a profile after a change with its events: a new one (`before` undefined) is
     * inserted, LOST_RACE when another delivery or replica inserted the same person first; an
     * existing one is updated if still at the version read. Answers what the relay needs to
     * publish the events (undefined: there were none).
     */
    async save(
      profile: ExpertProfile,
      before: ExpertProfile | undefined,
      events: readonly EventEnvelope[],
    ): Promise<OutboxWrite | undefined | typeof LOST_RACE> {
      const { id, version: _version, ...fields } = profile;
      if (before === undefined) {
        const outbox = outboxOf(events);
        try {
          await profiles.insertOne({ _id: id, ...fields, version: 1, ...outbox });
        } catch (error) {
          if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return LOST_RACE;
          throw error;
        }
        // A new document's outbox is exactly these events.
        return outbox.outbox && { collection: PROFILES_COLLECTION, id, entries: outbox.outbox };
      }
      // Optional values sit inside the replaced sub-documents, so $set leaves none behind.
      return updateVersionedWithEvents(
        profiles,
        { _id: id },
        before.version,
        { $set: fields },
        events,
        `profile ${id}`,
      );
    },

    /**
     * Stores profiles made elsewhere (a migration, the benchmark's synthetic network) in bulk,
     * without events: nobody downstream has heard of them, so there is nothing to announce.
     */
    async importMany(batch: readonly ExpertProfile[]): Promise<void> {
      await profiles.insertMany(
        batch.map(({ id, ...fields }) => ({ _id: id, ...fields })),
        { ordered: false },
      );
    },

    /** Moves lastActiveAt forward only, with no version bump (RecordActivity). */
    async touch(id: string, at: Date): Promise<void> {
      await profiles.updateOne({ _id: id }, { $max: { lastActiveAt: at } });
    },

    /** Every profile, streamed in id order, for loading the read model at start. */
    async *all(batchSize = 2_000): AsyncGenerator<ExpertProfile> {
      const cursor = profiles.find({}, { projection: { outbox: 0 }, batchSize });
      for await (const document of cursor) yield toProfile(document);
    },
  };
}

export type ProfilesRepository = ReturnType<typeof profilesRepository>;
