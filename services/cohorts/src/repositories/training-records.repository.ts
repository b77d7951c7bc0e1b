import {
  findPage,
  updateVersioned,
  withEvents,
  type OrganisationScope,
  type PageQuery,
} from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import type { Db } from 'mongodb';
import type { AttendanceRecord, Enrolment, Progress } from '../domain/index.ts';
import {
  emailKeyOf,
  enrolmentsCollection,
  toEnrolment,
  type EnrolmentDocument,
  type StoredAssessment,
} from './enrolment-document.ts';
import { enrolmentFilter, enrolmentScope, type EnrolmentQuery } from './enrolment-query.ts';

/** An enrolment with what was recorded about the trainee. */
export interface TrainingRecords {
  readonly enrolment: Enrolment;
  readonly attendance: readonly AttendanceRecord[];
  readonly assessments: readonly StoredAssessment[];
}

/** What one write adds to a trainee's records, with the progress recomputed over all of them. */
export interface RecordsChange {
  /** Replace the trainee's record of the same session. */
  readonly attendance?: readonly AttendanceRecord[];
  /** New attempts. */
  readonly assessments?: readonly StoredAssessment[];
  readonly progress: Progress;
  readonly now: Date;
}

/** Whose records a list may show: the organisations granted and, for a trainee, only theirs. */
export type RecordsQuery = Pick<EnrolmentQuery, 'organisations' | 'userSubject'>;

export const recordsOf = (document: EnrolmentDocument): TrainingRecords => ({
  enrolment: toEnrolment(document),
  attendance: Object.values(document.attendance ?? {}),
  assessments: document.assessments ?? [],
});

/**
 * Attendance and assessments, kept in their enrolment's document (see enrolment-document.ts), so
 * owned like the enrolment by the nominating organisation: every method takes a scope.
 */
export function trainingRecordsRepository(db: Db) {
  const enrolments = enrolmentsCollection(db);
  const page = async (filter: Record<string, unknown>, query: PageQuery) => {
    const found = await findPage(enrolments, filter, 'nameKey', query);
    return { items: found.items.map(recordsOf), nextCursor: found.nextCursor };
  };

  return {
    async get(scope: OrganisationScope, enrolmentId: string): Promise<TrainingRecords | undefined> {
      const found = await enrolments.findOne({ _id: enrolmentId, ...enrolmentScope(scope) });
      return found === null ? undefined : recordsOf(found);
    },

    async getMany(
      scope: OrganisationScope,
      enrolmentIds: readonly string[],
    ): Promise<TrainingRecords[]> {
      const filter = { _id: { $in: [...enrolmentIds] }, ...enrolmentScope(scope) };
      const found = await enrolments.find(filter).toArray();
      return found.map(recordsOf);
    },

    /** The records of these emails' enrolments (attendance sheet rows), in any cohort. */
    async withEmails(
      scope: OrganisationScope,
      emails: readonly string[],
    ): Promise<TrainingRecords[]> {
      const filter = { emailKey: { $in: emails.map(emailKeyOf) }, ...enrolmentScope(scope) };
      const found = await enrolments.find(filter).toArray();
      return found.map(recordsOf);
    },

    /**
     * Writes new records, the progress they give and their events in one update, if the
     * enrolment is still at the version read (else CONFLICT: read again and recompute).
     */
    async save(
      scope: OrganisationScope,
      before: Enrolment,
      change: RecordsChange,
      events: readonly EventEnvelope[],
    ): Promise<void> {
      const set: Record<string, unknown> = { progress: change.progress, updatedAt: change.now };
      for (const record of change.attendance ?? []) {
        set[`attendance.${record.sessionId}`] = record;
      }
      const attempts = change.assessments ?? [];
      const written = {
        $set: set,
        ...(attempts.length > 0 && { $push: { assessments: { $each: [...attempts] } } }),
      };
      const update = events.length > 0 ? withEvents<EnrolmentDocument>(written, events) : written;
      await updateVersioned(
        enrolments,
        { _id: before.id, ...enrolmentScope(scope) },
        before.version,
        update,
        `enrolment ${before.id}`,
      );
    },

    /**
     * Trainees of the cohort (present or past) with a record of the session, by name, inside the
     * query's organisations.
     */
    ofSession: (sessionId: string, cohortId: string, scope: RecordsQuery, query: PageQuery) =>
      page(
        {
          ...enrolmentFilter({ ...scope, statuses: [], text: '' }),
          'seats.cohortId': cohortId,
          [`attendance.${sessionId}`]: { $exists: true },
        },
        query,
      ),

    /** Trainees with attempts taken in the cohort (or the one asked for), by name. */
    ofCohortAssessments: (
      cohortId: string,
      scope: RecordsQuery & { readonly enrolmentId?: string | undefined },
      query: PageQuery,
    ) =>
      page(
        {
          ...enrolmentFilter({ ...scope, statuses: [], text: '' }),
          ...(scope.enrolmentId !== undefined && { _id: scope.enrolmentId }),
          'assessments.cohortId': cohortId,
        },
        query,
      ),
  };
}

export type TrainingRecordsRepository = ReturnType<typeof trainingRecordsRepository>;
