import {
  ensureIndexes,
  findPage,
  OUTBOX_INDEX,
  updateVersioned,
  withEvents,
  type IndexDeclaration,
  type PageQuery,
  type WithOutbox,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { Db } from 'mongodb';
import type { Quota, Round, RoundStatus } from '../domain/index.ts';

/** A round with its quotas: quotas change with the round, so they live in its document. */
export interface RoundDocument extends Omit<Round, 'id'>, WithOutbox {
  _id: string;
  quotas: Quota[];
  /** Reminder thresholds (days before close) already sent, so each is sent once. */
  remindersSent: number[];
  /** opensAt in ms, the list's sort key (cursors hold numbers, not Dates). */
  opensAtMs: number;
}

export const ROUND_INDEXES: readonly IndexDeclaration[] = [
  OUTBOX_INDEX,
  {
    name: 'status_opens',
    key: { status: 1, opensAtMs: 1, _id: 1 },
    serves: 'rounds by status, newest opening first; the deadline check of published rounds',
  },
];

export type StoredRound = Round & { quotas: readonly Quota[]; remindersSent: readonly number[] };

const toRound = ({ _id, outbox: _o, outboxPending: _p, opensAtMs: _s, ...rest }: RoundDocument) =>
  ({ id: _id, ...rest }) as StoredRound;

/**
 * How long a round read is used again. Every submission reads its round, and rounds change
 * rarely and only through this service: this process forgets a round when it saves it, and a
 * change saved by another replica reaches this one within this time.
 */
const ROUND_REUSE_MS = 1_000;

/**
 * The only code that touches `rounds`. Rounds and their quotas are programme-wide (the programme
 * office runs them, everyone signed in reads them), so no method takes an organisation scope;
 * an organisation's share of a round is read through the quota ledger, which is scoped.
 */
export function roundsRepository(db: Db) {
  const rounds = db.collection<RoundDocument>('rounds');
  const recent = new Map<string, { round: StoredRound; readAtMs: number }>();
  return {
    ensureIndexes: () => ensureIndexes(rounds, ROUND_INDEXES),

    async insert(round: Round): Promise<void> {
      const { id, ...rest } = round;
      await rounds.insertOne({
        _id: id,
        ...rest,
        quotas: [],
        remindersSent: [],
        opensAtMs: round.opensAt.getTime(),
      });
    },

    async get(id: string): Promise<StoredRound | undefined> {
      const reused = recent.get(id);
      if (reused && Date.now() - reused.readAtMs < ROUND_REUSE_MS) return reused.round;
      const readAtMs = Date.now();
      const document = await rounds.findOne({ _id: id });
      if (document === null) return undefined;
      const round = toRound(document);
      recent.set(id, { round, readAtMs });
      return round;
    },

    async list(statuses: readonly RoundStatus[], page: PageQuery) {
      const filter = statuses.length > 0 ? { status: { $in: [...statuses] } } : {};
      const found = await findPage(rounds, filter, 'opensAtMs', page, { descending: true });
      return { items: found.items.map(toRound), nextCursor: found.nextCursor };
    },

    /** Published rounds whose deadline work (closing, reminders) may be due. */
    async published(): Promise<StoredRound[]> {
      const found = await rounds.find({ status: { $in: ['scheduled', 'open'] } }).toArray();
      return found.map(toRound);
    },

    /** Saves a changed round (and quotas) with its events, if nobody changed it meanwhile. */
    async save(
      round: Round,
      expectedVersion: number,
      changes: { quotas?: readonly Quota[]; remindersSent?: readonly number[] },
      events: readonly EventEnvelope[],
    ): Promise<void> {
      const { id, version: _version, ...rest } = round;
      const set: Partial<RoundDocument> = { ...rest, opensAtMs: round.opensAt.getTime() };
      if (changes.quotas) set.quotas = [...changes.quotas];
      const update = withEvents<RoundDocument>(
        {
          $set: set,
          ...(changes.remindersSent !== undefined && {
            $push: { remindersSent: { $each: [...changes.remindersSent] } },
          }),
        },
        events,
      );
      recent.delete(id);
      try {
        await updateVersioned(rounds, { _id: id }, expectedVersion, update, `round ${id}`);
      } finally {
        // A read that began before this write may have kept the old round meanwhile.
        recent.delete(id);
      }
    },
  };
}

export type RoundsRepository = ReturnType<typeof roundsRepository>;
