import { MongoServerError, type Db } from 'mongodb';

/**
 * Who holds the quota slots of one organisation in one round: the nominations submitted and not
 * rejected or withdrawn. Taking a slot is one conditional single-document update, so two
 * submissions racing for the last slot cannot both win, and checking the ceiling reads one small
 * document instead of counting the round's nominations.
 */
interface SlotsDocument {
  _id: string;
  roundId: string;
  organisationCode: string;
  holders: string[];
}

const DUPLICATE_KEY = 11000;

export function quotaSlotsStore(db: Db) {
  const slots = db.collection<SlotsDocument>('quota_slots');
  const idOf = (roundId: string, organisationCode: string) => `${roundId}:${organisationCode}`;

  async function holders(roundId: string, organisationCode: string): Promise<string[]> {
    const found = await slots.findOne({ _id: idOf(roundId, organisationCode) });
    return found?.holders ?? [];
  }

  return {
    /**
     * Takes a slot for the nomination, unless `ceiling` slots are taken (no ceiling: always).
     * True when the nomination holds a slot afterwards, including when it already held one.
     */
    async claim(
      roundId: string,
      organisationCode: string,
      nominationId: string,
      ceiling?: number,
    ): Promise<boolean> {
      if (ceiling !== undefined && ceiling <= 0) return false;
      const roomLeft =
        ceiling === undefined ? {} : { [`holders.${String(ceiling - 1)}`]: { $exists: false } };
      try {
        await slots.updateOne(
          { _id: idOf(roundId, organisationCode), holders: { $ne: nominationId }, ...roomLeft },
          { $push: { holders: nominationId }, $setOnInsert: { roundId, organisationCode } },
          { upsert: true },
        );
        return true;
      } catch (error) {
        // The document exists but did not match: full, or this nomination is already in it.
        if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
        return (await holders(roundId, organisationCode)).includes(nominationId);
      }
    },

    async release(roundId: string, organisationCode: string, nominationId: string): Promise<void> {
      // Exact values only: FerretDB 1.x ignores `$pull` with a condition.
      await slots.updateOne(
        { _id: idOf(roundId, organisationCode) },
        { $pullAll: { holders: [nominationId] } },
      );
    },
  };
}

export type QuotaSlotsStore = ReturnType<typeof quotaSlotsStore>;
