import {
  findPage,
  scopeFilter,
  updateVersioned,
  withEvents,
  type OrganisationScope,
  type PageQuery,
} from '@expertnet/platform';
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
import { enrolmentInScope, enrolmentScope, OutOfScope } from './enrolment-query.ts';

/** A certificate with the enrolment it was earned by (where it is stored). */
export interface HeldCertificate {
  readonly certificate: Certificate;
  readonly enrolment: Enrolment;
}

export interface CertificateQuery {
  /** The organisations the caller may reach (and asked for): the holder's as issued or nominated. */
  readonly organisations: OrganisationScope;
  readonly cohortId?: string | undefined;
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

/** A list of certificates reaches the organisation on the certificate or the trainee's. */
const CERTIFICATE_ORGANISATION_FIELDS = [
  'certificate.organisationCode',
  'trainee.organisationCode',
  'trainee.effectiveOrganisationCode',
] as const;

/**
 * Certificates live in the enrolment that earned them: graduating (status, certificate and
 * TraineeGraduated) and revoking (status and CertificateRevoked) are each one single-document
 * update. Numbers come from a per-year counter document. Owned like the enrolment by the
 * nominating organisation: every method but the counter takes a scope.
 */
export function certificatesRepository(db: Db) {
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
      scope: OrganisationScope,
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
      const filter = { _id: id, ...enrolmentScope(scope) };
      await updateVersioned(enrolments, filter, before.version, update, `enrolment ${id}`);
    },

    /** Stores a revocation with its events, if the enrolment is still at the version read. */
    async revoke(
      scope: OrganisationScope,
      enrolment: Enrolment,
      certificate: Certificate,
      events: readonly EventEnvelope[],
    ): Promise<void> {
      const update = withEvents<EnrolmentDocument>({ $set: { certificate } }, events);
      await updateVersioned(
        enrolments,
        { _id: enrolment.id, ...enrolmentScope(scope) },
        enrolment.version,
        update,
        `enrolment ${enrolment.id}`,
      );
    },

    /**
     * The certificate with its enrolment, OutOfScope when the enrolment's organisation lies
     * outside the scope (its cohort and its trainee's subject, nothing more), or undefined. One
     * read, checked on it.
     */
    async get(
      scope: OrganisationScope,
      certificateId: string,
    ): Promise<HeldCertificate | OutOfScope | undefined> {
      const found = held(await enrolments.findOne({ certificateId }));
      if (found === undefined) return undefined;
      return enrolmentInScope(scope, found.enrolment.trainee)
        ? found
        : new OutOfScope(found.enrolment);
    },

    byNumber: async (scope: OrganisationScope, number: string) =>
      held(await enrolments.findOne({ certificateNumber: number, ...enrolmentScope(scope) })),

    async list(query: CertificateQuery, page: PageQuery) {
      const filter: Record<string, unknown> = {
        certificateNumber: { $exists: true },
        ...scopeFilter(query.organisations, CERTIFICATE_ORGANISATION_FIELDS),
      };
      if (query.cohortId !== undefined) filter.cohortId = query.cohortId;
      if (query.statuses.length > 0) filter['certificate.status'] = { $in: [...query.statuses] };
      if (query.userSubject !== undefined) filter['trainee.userSubject'] = query.userSubject;
      const found = await findPage(enrolments, filter, 'certificateNumber', page);
      return {
        items: found.items.map(held).filter((item) => item !== undefined),
        nextCursor: found.nextCursor,
      };
    },
  };
}

export type CertificatesRepository = ReturnType<typeof certificatesRepository>;
