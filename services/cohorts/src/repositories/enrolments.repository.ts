import {
  ensureIndexes,
  findPage,
  outboxOf,
  updateVersioned,
  withEvents,
  type OrganisationScope,
  type PageQuery,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { MongoServerError, type Db } from 'mongodb';
import type { Enrolment, EnrolmentStatus } from '../domain/index.ts';
import {
  clearedOf,
  emailKeyOf,
  ENROLMENT_INDEXES,
  enrolmentsCollection,
  keysOf,
  toEnrolment,
  type EnrolmentDocument,
} from './enrolment-document.ts';
import {
  enrolmentFilter,
  enrolmentInScope,
  enrolmentScope,
  OutOfScope,
  type EnrolmentQuery,
} from './enrolment-query.ts';

const DUPLICATE_KEY = 11000;

/**
 * Enrolments. Each is owned by the organisation that nominated the trainee, so every method takes
 * the OrganisationScope the access check granted and reads or writes nothing outside it (a get
 * out of scope is OutOfScope, a list leaves it out, a save out of scope is NOT_FOUND).
 */
export function enrolmentsRepository(db: Db) {
  const enrolments = enrolmentsCollection(db);
  const many = async (scope: OrganisationScope, filter: Record<string, unknown>) =>
    (await enrolments.find({ ...filter, ...enrolmentScope(scope) }).toArray()).map(toEnrolment);

  return {
    ensureIndexes: () => ensureIndexes(enrolments, ENROLMENT_INDEXES),

    /**
     * The enrolment, OutOfScope when its organisation lies outside the scope (nothing of it but its
     * cohort and its trainee's subject), or undefined. One read: the scope is checked on the
     * document read by id.
     */
    async get(scope: OrganisationScope, id: string): Promise<Enrolment | OutOfScope | undefined> {
      const found = await enrolments.findOne({ _id: id });
      if (found === null) return undefined;
      return enrolmentInScope(scope, found.trainee) ? toEnrolment(found) : new OutOfScope(found);
    },

    getMany: (scope: OrganisationScope, ids: readonly string[]) =>
      many(scope, { _id: { $in: [...ids] } }),

    /**
     * Writes an enrolment after a change: a new one (`before` undefined) is inserted, false when
     * another delivery of the same event inserted it first; an existing one is updated if still
     * at the version read.
     */
    async save(
      scope: OrganisationScope,
      enrolment: Enrolment,
      before: Enrolment | undefined,
      events: readonly EventEnvelope[],
    ): Promise<boolean> {
      const { id, version: _version, ...fields } = enrolment;
      if (before === undefined) {
        try {
          await enrolments.insertOne({
            _id: id,
            ...fields,
            ...keysOf(enrolment),
            version: 1,
            ...outboxOf(events),
          });
          return true;
        } catch (error) {
          if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return false;
          throw error;
        }
      }
      const set = { $set: { ...fields, ...keysOf(enrolment) }, ...clearedOf(enrolment) };
      const update = events.length > 0 ? withEvents<EnrolmentDocument>(set, events) : set;
      const filter = { _id: id, ...enrolmentScope(scope) };
      await updateVersioned(enrolments, filter, before.version, update, `enrolment ${id}`);
      return true;
    },

    async list(query: EnrolmentQuery, page: PageQuery) {
      const found = await findPage(enrolments, enrolmentFilter(query), 'nameKey', page);
      return { items: found.items.map(toEnrolment), nextCursor: found.nextCursor };
    },

    /** The cohort's waitlisted enrolments, for promotion when a seat frees. */
    waitlistOf: (scope: OrganisationScope, cohortId: string) =>
      many(scope, { 'waitlist.cohortId': cohortId }),

    /** The cohort's enrolments in these statuses (e.g. graduation of everyone who qualifies). */
    inCohort: (scope: OrganisationScope, cohortId: string, statuses: readonly EnrolmentStatus[]) =>
      many(scope, { cohortId, status: { $in: [...statuses] } }),

    /** Enrolments linked to a signed-in trainee. */
    ofUser: (scope: OrganisationScope, subject: string) =>
      many(scope, { 'trainee.userSubject': subject }),

    /** Enrolments of this email no account is linked to yet (a trainee's first sign-in). */
    unlinkedWithEmail: (scope: OrganisationScope, email: string) =>
      many(scope, { emailKey: emailKeyOf(email), 'trainee.userSubject': '' }),
  };
}

export type EnrolmentsRepository = ReturnType<typeof enrolmentsRepository>;
