import { findPage, updateVersioned, withEvents, type PageQuery } from '@expertnet/platform';
import type { EventEnvelope } from '@expertnet/proto/expertnet/events/v1/envelope_pb.ts';
import { MongoServerError, type Db } from 'mongodb';
import type { Certificate, CertificateStatus, Enrolment } from '../domain/index.ts';
import {
  clearedOf,
  enrolmentsCollection,
  keysOf,
  toEnrolment,
  type EnrolmentDocument,
} from './enrolment-document.ts';

/** A certificate with the enrolment it was earned by (where it is stored). */
export interface HeldCertificate {
  readonly certificate: Certificate;
  readonly enrolment: Enrolment;
}

export interface CertificateQuery {
  readonly cohortId?: string | undefined;
  /** A current organisation code: the holder's as issued or their nominating organisation's. */
  readonly organisationCode?: string | undefined;
  readonly statuses: readonly CertificateStatus[];
  /** Only the certificates of this signed-in trainee. */
  readonly userSubject?: string | undefined;
}

interface CounterDocument {
  _id: string;
  value: number;
}

const DUPLICATE_KEY = 11000;

function held(document: EnrolmentDocument | null): HeldCertificate | undefined {
  if (document?.certificate === undefined) return undefined;
  return { certificate: document.certificate, enrolment: toEnrolment(document) };
}

/**
 * Certificates live in the enrolment that earned them: graduating (status, certificate and
 * TraineeGraduated) and revoking (status and CertificateRevoked) are each one single-document
 * update. Numbers come from a per-year counter document.
 */
export function certificatesStore(db: Db) {
  const enrolments = enrolmentsCollection(db);
  const counters = db.collection<CounterDocument>('counters');

  return {
    /**
     * The next number of the year's sequence: one atomic increment, so two replicas never get the
     * same. A number taken by a graduation that then fails is skipped, never reused.
     */
    async nextSequence(year: string): Promise<number> {
      const increment = () =>
        counters.findOneAndUpdate(
          { _id: `certificate-${year}` },
          { $inc: { value: 1 } },
          { upsert: true, returnDocument: 'after' },
        );
      // Two first increments of a year may both try to create its counter; one gets E11000.
      const found = await increment().catch((error: unknown) => {
        if (error instanceof MongoServerError && error.code === DUPLICATE_KEY) return increment();
        throw error;
      });
      if (found === null) throw new Error(`the certificate counter of ${year} was not returned`);
      return found.value;
    },

    /** Stores a graduation: the enrolment, its certificate and its events in one update. */
    async issue(
      graduated: Enrolment,
      before: Enrolment,
      certificate: Certificate,
      events: readonly EventEnvelope[],
    ): Promise<void> {
      const { id, version: _version, ...fields } = graduated;
      const update = withEvents<EnrolmentDocument>(
        {
          $set: {
            ...fields,
            ...keysOf(graduated),
            certificate,
            certificateNumber: certificate.number,
          },
          ...clearedOf(graduated),
        },
        events,
      );
      await updateVersioned(enrolments, { _id: id }, before.version, update, `enrolment ${id}`);
    },

    /** Stores a revocation with its events, if the enrolment is still at the version read. */
    async revoke(
      enrolment: Enrolment,
      certificate: Certificate,
      events: readonly EventEnvelope[],
    ): Promise<void> {
      const update = withEvents<EnrolmentDocument>({ $set: { certificate } }, events);
      await updateVersioned(
        enrolments,
        { _id: enrolment.id },
        enrolment.version,
        update,
        `enrolment ${enrolment.id}`,
      );
    },

    get: async (certificateId: string) => held(await enrolments.findOne({ certificateId })),

    byNumber: async (number: string) =>
      held(await enrolments.findOne({ certificateNumber: number })),

    async list(query: CertificateQuery, page: PageQuery) {
      const filter: Record<string, unknown> = { certificateNumber: { $exists: true } };
      if (query.cohortId !== undefined) filter.cohortId = query.cohortId;
      if (query.statuses.length > 0) filter['certificate.status'] = { $in: [...query.statuses] };
      if (query.userSubject !== undefined) filter['trainee.userSubject'] = query.userSubject;
      if (query.organisationCode !== undefined) {
        filter.$or = [
          { 'certificate.organisationCode': query.organisationCode },
          { 'trainee.effectiveOrganisationCode': query.organisationCode },
        ];
      }
      const found = await findPage(enrolments, filter, 'certificateNumber', page);
      return {
        items: found.items.map(held).filter((item) => item !== undefined),
        nextCursor: found.nextCursor,
      };
    },
  };
}

export type CertificatesStore = ReturnType<typeof certificatesStore>;
