import {
  ensureIndexes,
  findPage,
  updateVersioned,
  type IndexDeclaration,
  type PageQuery,
} from '@expertnet/platform';
import { MongoServerError, type Db } from 'mongodb';
import type { Cohort, CohortStatus } from '../domain/index.ts';

/**
 * A cohort with the enrolments holding its seats and its waitlist places. Counts are derived
 * from these lists: taking a seat is one conditional update of this document (so two trainees
 * cannot take the last seat), and doing it again is harmless, which is how a redelivered event
 * finishes what a crashed process started.
 */
interface CohortDocument extends Omit<Cohort, 'id' | 'enrolledCount' | 'waitlistedCount'> {
  _id: string;
  seatHolders: string[];
  waitlisted: string[];
  /** Query and sort keys kept in step with the settings by every write. */
  facilitatorSubjects: string[];
  startDate: string;
}

export interface CohortQuery {
  readonly trackId?: string | undefined;
  readonly statuses: readonly CohortStatus[];
  /** Only cohorts this subject facilitates. */
  readonly facilitator?: string | undefined;
}

export const COHORT_INDEXES: readonly IndexDeclaration[] = [
  {
    name: 'round',
    key: { 'settings.intakeRoundId': 1 },
    serves: 'the cohorts an accepted nomination of a round may be placed in',
  },
  {
    name: 'start',
    key: { startDate: -1, _id: -1 },
    serves: 'the list of cohorts, latest start first',
  },
  {
    name: 'facilitators',
    key: { facilitatorSubjects: 1 },
    serves: "a facilitator's own cohorts (ListCohorts only_mine)",
  },
];

/** The fields derived from a cohort's settings for queries. */
const keysOf = (cohort: Cohort) => ({
  facilitatorSubjects: cohort.settings.facilitators.map((facilitator) => facilitator.subject),
  startDate: cohort.settings.startDate,
});

const DUPLICATE_KEY = 11000;

/** A cohort as the domain sees it, with its counts leaving out `except` (see claimSeat). */
function toCohort(document: CohortDocument, except = ''): Cohort {
  const {
    _id,
    seatHolders,
    waitlisted,
    facilitatorSubjects: _f,
    startDate: _s,
    ...rest
  } = document;
  return {
    id: _id,
    ...rest,
    enrolledCount: seatHolders.filter((id) => id !== except).length,
    waitlistedCount: waitlisted.filter((id) => id !== except).length,
  };
}

export function cohortsRepository(db: Db) {
  const cohorts = db.collection<CohortDocument>('cohorts');
  /** Adds the enrolment to a list of the cohort unless it is there already. */
  const join =
    (list: 'seatHolders' | 'waitlisted') => async (cohortId: string, enrolmentId: string) => {
      await cohorts.updateOne(
        { _id: cohortId, [list]: { $ne: enrolmentId } },
        { $push: { [list]: enrolmentId } },
      );
    };
  const holdSeat = join('seatHolders');
  const joinWaitlist = join('waitlisted');

  return {
    ensureIndexes: () => ensureIndexes(cohorts, COHORT_INDEXES),

    async insert(cohort: Cohort): Promise<void> {
      const { id, enrolledCount: _e, waitlistedCount: _w, ...rest } = cohort;
      await cohorts.insertOne({
        _id: id,
        ...rest,
        ...keysOf(cohort),
        seatHolders: [],
        waitlisted: [],
      });
    },

    /**
     * Saves settings and status if nobody changed them since `expectedVersion`. The member lists
     * are left alone: seats move only through claimSeat and settle.
     */
    async save(cohort: Cohort, expectedVersion: number): Promise<void> {
      const { settings, status, updatedAt } = cohort;
      await updateVersioned(
        cohorts,
        { _id: cohort.id },
        expectedVersion,
        { $set: { settings, status, updatedAt, ...keysOf(cohort) } },
        `cohort ${cohort.id}`,
      );
    },

    async list(query: CohortQuery, page: PageQuery) {
      const filter: Record<string, unknown> = {};
      if (query.trackId !== undefined) filter['settings.trackId'] = query.trackId;
      if (query.statuses.length > 0) filter.status = { $in: [...query.statuses] };
      if (query.facilitator !== undefined) filter.facilitatorSubjects = query.facilitator;
      const found = await findPage(cohorts, filter, 'startDate', page, { descending: true });
      return {
        items: found.items.map((document) => toCohort(document)),
        nextCursor: found.nextCursor,
      };
    },

    /** Cancelled cohorts still holding someone: a release a crash cut short. */
    async cancelledWithMembers(): Promise<Cohort[]> {
      const found = await cohorts
        .find({
          status: 'cancelled',
          $or: [{ 'seatHolders.0': { $exists: true } }, { 'waitlisted.0': { $exists: true } }],
        })
        .toArray();
      return found.map((document) => toCohort(document));
    },

    async get(id: string): Promise<Cohort | undefined> {
      const found = await cohorts.findOne({ _id: id });
      return found === null ? undefined : toCohort(found);
    },

    /**
     * The cohorts fed by a round. Counts leave out `enrolmentId`, so an enrolment whose seat was
     * taken before a crash is placed again as if it had none, and takes the same seat.
     */
    async ofRound(roundId: string, enrolmentId = ''): Promise<Cohort[]> {
      const found = await cohorts.find({ 'settings.intakeRoundId': roundId }).toArray();
      return found.map((document) => toCohort(document, enrolmentId));
    },

    /** Takes a seat unless all `capacity` are taken; true when the enrolment holds one after. */
    async claimSeat(cohortId: string, enrolmentId: string, capacity: number): Promise<boolean> {
      if (capacity <= 0) return false;
      const result = await cohorts
        .updateOne(
          {
            _id: cohortId,
            seatHolders: { $ne: enrolmentId },
            [`seatHolders.${String(capacity - 1)}`]: { $exists: false },
          },
          { $push: { seatHolders: enrolmentId } },
        )
        .catch((error: unknown) => {
          if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return undefined;
          throw error;
        });
      if (result?.modifiedCount === 1) return true;
      const found = await cohorts.findOne({ _id: cohortId });
      return found?.seatHolders.includes(enrolmentId) ?? false;
    },

    /**
     * Makes the cohorts' lists say what the enrolment says: its seat (if any) in `seatIn`, its
     * waitlist place (if any) in `waitIn`, and nowhere else. Idempotent, so it also repairs a
     * crash between an enrolment's write and the lists' update.
     */
    async settle(enrolmentId: string, seatIn: string | undefined, waitIn: string | undefined) {
      if (seatIn !== undefined) await holdSeat(seatIn, enrolmentId);
      if (waitIn !== undefined) await joinWaitlist(waitIn, enrolmentId);
      await cohorts.updateMany(
        { seatHolders: enrolmentId, _id: { $ne: seatIn ?? '' } },
        { $pullAll: { seatHolders: [enrolmentId] } },
      );
      await cohorts.updateMany(
        { waitlisted: enrolmentId, _id: { $ne: waitIn ?? '' } },
        { $pullAll: { waitlisted: [enrolmentId] } },
      );
    },

    /** Cohorts with a free seat and someone waiting: where a promotion is due. */
    async promotable(): Promise<Cohort[]> {
      const found = await cohorts.find({ 'waitlisted.0': { $exists: true } }).toArray();
      return found
        .map((document) => toCohort(document))
        .filter((cohort) => cohort.enrolledCount < cohort.settings.capacity);
    },

    /** Seat holders and waitlist of a cohort. */
    async members(cohortId: string) {
      const found = await cohorts.findOne({ _id: cohortId });
      return { seatHolders: found?.seatHolders ?? [], waitlisted: found?.waitlisted ?? [] };
    },
  };
}

export type CohortsRepository = ReturnType<typeof cohortsRepository>;
