import {
  ensureIndexes,
  findPage,
  OUTBOX_INDEX,
  outboxOf,
  updateVersioned,
  withEvents,
  type IndexDeclaration,
  type PageQuery,
  type WithOutbox,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { MongoServerError, type Db } from 'mongodb';
import type { Enrolment, EnrolmentStatus } from '../domain/index.ts';

/** An enrolment and the events of its last changes, written together in one document. */
interface EnrolmentDocument extends Omit<Enrolment, 'id'>, WithOutbox {
  _id: string;
}

export const ENROLMENT_INDEXES: readonly IndexDeclaration[] = [
  OUTBOX_INDEX,
  {
    name: 'cohort_status',
    key: { cohortId: 1, status: 1, _id: 1 },
    serves: "a cohort's trainees by status, and its waitlist for promotion",
  },
];

const DUPLICATE_KEY = 11000;

const toEnrolment = ({ _id, outbox: _o, outboxPending: _p, ...rest }: EnrolmentDocument) =>
  ({ id: _id, ...rest }) as Enrolment;

export function enrolmentsStore(db: Db) {
  const enrolments = db.collection<EnrolmentDocument>('enrolments');
  return {
    ensureIndexes: () => ensureIndexes(enrolments, ENROLMENT_INDEXES),

    async get(id: string): Promise<Enrolment | undefined> {
      const found = await enrolments.findOne({ _id: id });
      return found === null ? undefined : toEnrolment(found);
    },

    /**
     * Writes an enrolment after a change: a new one (`before` undefined) is inserted, false when
     * another delivery of the same event inserted it first; an existing one is updated if still
     * at the version read.
     */
    async save(
      enrolment: Enrolment,
      before: Enrolment | undefined,
      events: readonly EventEnvelope[],
    ): Promise<boolean> {
      const { id, version: _version, ...fields } = enrolment;
      if (before === undefined) {
        try {
          await enrolments.insertOne({ _id: id, ...fields, version: 1, ...outboxOf(events) });
          return true;
        } catch (error) {
          if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return false;
          throw error;
        }
      }
      const update = withEvents<EnrolmentDocument>({ $set: fields }, events);
      await updateVersioned(enrolments, { _id: id }, before.version, update, `enrolment ${id}`);
      return true;
    },

    async list(
      filter: { cohortId?: string; statuses: readonly EnrolmentStatus[] },
      page: PageQuery,
    ) {
      const query: Record<string, unknown> = {};
      if (filter.cohortId !== undefined) query.cohortId = filter.cohortId;
      if (filter.statuses.length > 0) query.status = { $in: [...filter.statuses] };
      const found = await findPage(enrolments, query, '_id', page);
      return { items: found.items.map(toEnrolment), nextCursor: found.nextCursor };
    },

    /** The cohort's waitlisted enrolments, for promotion when a seat frees. */
    async waitlistOf(cohortId: string): Promise<Enrolment[]> {
      const found = await enrolments.find({ 'waitlist.cohortId': cohortId }).toArray();
      return found.map(toEnrolment);
    },
  };
}

export type EnrolmentsStore = ReturnType<typeof enrolmentsStore>;
