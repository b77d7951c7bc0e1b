import { appliedOnce, ensureIndexes, updateVersioned } from '@expertnet/platform';
import type { Db } from 'mongodb';
import type { Booking } from '../domain/index.ts';

export const EXPERTS_COLLECTION = 'experts';

/**
 * The directory's experts as coordination needs them (who they are, where they work, whether
 * certified) with the periods they are booked for. Facts come from directory events, applied only
 * when newer; bookings change by versioned updates of this one document, so one expert can never
 * be booked twice for overlapping dates, however many acceptances race.
 */
export interface ExpertDocument {
  _id: string;
  userSubject: string;
  fullName: string;
  organisationCode: string;
  provinceCode: string;
  certified: boolean;
  profileVersion: number;
  // Absent until first booked: FerretDB 1.24 drops empty arrays given in $setOnInsert.
  bookings?: Booking[];
  version: number;
  appliedEvents?: string[];
}

export type ExpertFacts = Omit<ExpertDocument, '_id' | 'bookings' | 'version' | 'appliedEvents'>;

export function expertsRepository(db: Db) {
  const experts = db.collection<ExpertDocument>(EXPERTS_COLLECTION);
  return {
    ensureIndexes: () =>
      ensureIndexes(experts, [
        { name: 'subject', key: { userSubject: 1 }, serves: 'the caller as an expert' },
        {
          name: 'organisation',
          key: { organisationCode: 1 },
          serves: "an organisation's experts (KPIs)",
        },
      ]),
    async applyProfile(expertId: string, facts: ExpertFacts, eventId: string): Promise<void> {
      const once = appliedOnce(eventId);
      await experts
        .updateOne(
          { _id: expertId, profileVersion: { $lt: facts.profileVersion }, ...once.filter },
          { $set: facts, $setOnInsert: { version: 1 }, $push: once.push },
          { upsert: true },
        )
        .catch((error: unknown) => {
          // The upsert met the document (a newer snapshot held): nothing to apply.
          if ((error as { code?: number }).code !== 11000) throw error;
        });
    },
    async get(expertId: string) {
      const found = await experts.findOne({ _id: expertId });
      return found === null ? undefined : { ...found, bookings: found.bookings ?? [] };
    },
    async getMany(expertIds: readonly string[]) {
      return (await experts.find({ _id: { $in: [...expertIds] } }).toArray()).map((found) => ({
        ...found,
        bookings: found.bookings ?? [],
      }));
    },
    async ofSubject(subject: string) {
      if (subject === '') return [];
      return experts.find({ userSubject: subject }).toArray();
    },
    async setBookings(expertId: string, expectedVersion: number, bookings: readonly Booking[]) {
      await updateVersioned(
        experts,
        { _id: expertId },
        expectedVersion,
        { $set: { bookings: [...bookings] } },
        `expert ${expertId}`,
      );
    },
    /** Who counts where and whether certified, for the programme KPIs (every organisation when none). */
    forKpis: (organisationCodes: readonly string[]) =>
      experts
        .find(
          organisationCodes.length === 0
            ? {}
            : { organisationCode: { $in: [...organisationCodes] } },
          { projection: { organisationCode: 1, certified: 1 } },
        )
        .toArray(),
    /** Experts with bookings, whose holds the reconcile sweep checks against their engagements. */
    booked: () => experts.find({ 'bookings.dispatchId': { $exists: true } }).toArray(),
  };
}

export type ExpertsRepository = ReturnType<typeof expertsRepository>;
