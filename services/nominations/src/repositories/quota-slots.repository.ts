import { resolveOrganisation, scopeAdmits, type OrganisationScope } from '@expertnet/platform';
import { MongoServerError, type Db } from 'mongodb';
import type { SlotRequest } from '../domain/index.ts';

/**
 * Who holds the quota slots of one organisation in one round: the nominations submitted and not
 * rejected or withdrawn. Taking a slot is one conditional single-document update, so two
 * submissions racing for the last slot cannot both win (FerretDB has no multi-document
 * transactions), and checking the ceiling reads one small document instead of counting the
 * round's nominations. Keyed by _id (round and organisation), so no index is declared.
 */
interface SlotsDocument {
  _id: string;
  roundId: string;
  organisationCode: string;
  holders: string[];
}

const DUPLICATE_KEY = 11000;

/**
 * The only code that touches `quota_slots`. Slots belong to an organisation: a scope that does not
 * reach it takes none and gives none back.
 */
export function quotaSlotsRepository(db: Db) {
  const slots = db.collection<SlotsDocument>('quota_slots');
  const idOf = (roundId: string, organisationCode: string) => `${roundId}:${organisationCode}`;
  const admits = (scope: OrganisationScope, organisationCode: string) =>
    scopeAdmits(scope, organisationCode, resolveOrganisation);

  async function holders(roundId: string, organisationCode: string): Promise<string[]> {
    const found = await slots.findOne({ _id: idOf(roundId, organisationCode) });
    return found?.holders ?? [];
  }

  /**
   * Takes a slot for the nomination where `room` allows (no room condition: always). True when
   * the nomination holds a slot afterwards, including when it already held one.
   */
  async function take(
    roundId: string,
    organisationCode: string,
    nominationId: string,
    room: Record<string, unknown>,
  ): Promise<boolean> {
    try {
      await slots.updateOne(
        { _id: idOf(roundId, organisationCode), holders: { $ne: nominationId }, ...room },
        { $push: { holders: nominationId }, $setOnInsert: { roundId, organisationCode } },
        { upsert: true },
      );
      return true;
    } catch (error) {
      // The document exists but did not match: full, or this nomination is already in it.
      if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      return (await holders(roundId, organisationCode)).includes(nominationId);
    }
  }

  return {
    /**
     * Takes a slot under the request's ceiling: the domain's mayTakeSlot (fewer held than the
     * ceiling) as one conditional update, "no holder at position ceiling - 1". No quota (ceiling
     * 0): no slot, and no database call.
     */
    async claim(
      scope: OrganisationScope,
      roundId: string,
      request: SlotRequest,
      nominationId: string,
    ): Promise<boolean> {
      if (!admits(scope, request.organisationCode) || request.ceiling <= 0) return false;
      const room = { [`holders.${String(request.ceiling - 1)}`]: { $exists: false } };
      return take(roundId, request.organisationCode, nominationId, room);
    },

    /** Takes a slot whatever the ceiling says: a changed decision, a replacement's inherited slot. */
    async claimRegardless(
      scope: OrganisationScope,
      roundId: string,
      organisationCode: string,
      nominationId: string,
    ): Promise<boolean> {
      if (!admits(scope, organisationCode)) return false;
      return take(roundId, organisationCode, nominationId, {});
    },

    async release(
      scope: OrganisationScope,
      roundId: string,
      organisationCode: string,
      nominationId: string,
    ): Promise<void> {
      if (!admits(scope, organisationCode)) return;
      // Exact values only: FerretDB 1.x ignores `$pull` with a condition.
      await slots.updateOne(
        { _id: idOf(roundId, organisationCode) },
        { $pullAll: { holders: [nominationId] } },
      );
    },
  };
}

export type QuotaSlotsRepository = ReturnType<typeof quotaSlotsRepository>;
