import {
  ensureIndexes,
  findPage,
  OUTBOX_INDEX,
  withEvents,
  type IndexDeclaration,
  type PageQuery,
  type WithOutbox,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { Db } from 'mongodb';
import type { DuplicateFlag, DuplicateFlagStatus } from '../domain/index.ts';

/** A flag with the hash that joins its nominations; the hash never leaves this repository. */
interface FlagDocument extends Omit<DuplicateFlag, 'id'>, WithOutbox {
  _id: string;
  nationalIdHash: string;
  roundIds: string[];
  flaggedAtMs: number;
}

export const FLAG_INDEXES: readonly IndexDeclaration[] = [
  OUTBOX_INDEX,
  {
    name: 'hash_status',
    key: { nationalIdHash: 1, status: 1 },
    serves: "a person's open flag, joined by a new nomination of the same person",
  },
  {
    name: 'status_flagged',
    key: { status: 1, flaggedAtMs: -1, _id: -1 },
    serves: "the office's list of flags by status, newest first",
  },
];

const toFlag = (document: FlagDocument): DuplicateFlag => {
  const {
    _id,
    nationalIdHash: _h,
    roundIds: _r,
    flaggedAtMs: _f,
    outbox: _o,
    outboxPending: _p,
    ...rest
  } = document;
  return { id: _id, ...rest };
};

/**
 * The only code that touches `duplicate_flags`. A flag joins nominations of several organisations
 * and only the programme office (and the service itself) reaches flags, so they are
 * programme-wide like rounds and no method takes an organisation scope.
 */
export function duplicateFlagsRepository(db: Db) {
  const flags = db.collection<FlagDocument>('duplicate_flags');
  return {
    ensureIndexes: () => ensureIndexes(flags, FLAG_INDEXES),

    async openFlagOf(nationalIdHash: string): Promise<DuplicateFlag | undefined> {
      const found = await flags.findOne({ nationalIdHash, status: 'open' });
      return found === null ? undefined : toFlag(found);
    },

    async get(id: string): Promise<DuplicateFlag | undefined> {
      const found = await flags.findOne({ _id: id });
      return found === null ? undefined : toFlag(found);
    },

    /** Writes the flag's new state with its event (an upsert: flags are created here too). */
    async save(
      flag: DuplicateFlag,
      nationalIdHash: string | undefined,
      events: readonly EventEnvelope[],
    ): Promise<void> {
      const { id, ...rest } = flag;
      const set: Partial<FlagDocument> = {
        ...rest,
        roundIds: [...new Set(flag.matches.map((match) => match.roundId))],
        flaggedAtMs: flag.flaggedAt.getTime(),
      };
      if (nationalIdHash !== undefined) set.nationalIdHash = nationalIdHash;
      await flags.updateOne({ _id: id }, withEvents<FlagDocument>({ $set: set }, events), {
        upsert: true,
      });
    },

    async list(
      filter: { roundId?: string; statuses: readonly DuplicateFlagStatus[] },
      page: PageQuery,
    ) {
      const query: Record<string, unknown> = {};
      if (filter.roundId !== undefined) query.roundIds = filter.roundId;
      if (filter.statuses.length > 0) query.status = { $in: [...filter.statuses] };
      const found = await findPage(flags, query, 'flaggedAtMs', page, { descending: true });
      return { items: found.items.map(toFlag), nextCursor: found.nextCursor };
    },
  };
}

export type DuplicateFlagsRepository = ReturnType<typeof duplicateFlagsRepository>;
