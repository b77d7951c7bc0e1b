import {
  foldVietnamese,
  OUTBOX_INDEX,
  type IndexDeclaration,
  type WithOutbox,
} from '@expertnet/platform';
import type { Db } from 'mongodb';
import type {
  AssessmentResult,
  AttendanceRecord,
  Certificate,
  Enrolment,
} from '../domain/index.ts';

/** An attempt as stored: with the cohort it was taken in, so a cohort lists only its own. */
export interface StoredAssessment extends AssessmentResult {
  readonly cohortId: string;
}

/**
 * An enrolment with everything recorded about the trainee: attendance by session, assessment
 * attempts, the certificate, and the events of its last changes. A mark, a score or a graduation
 * is then ONE single-document update carrying the record, the progress recomputed from it and its
 * events, so none of them is ever stored without the others.
 */
export interface EnrolmentDocument extends Omit<Enrolment, 'id'>, WithOutbox {
  _id: string;
  /** Attendance records by session id (a later mark replaces the one before). */
  attendance?: Record<string, AttendanceRecord>;
  assessments?: StoredAssessment[];
  certificate?: Certificate;
  /** Sort and search keys, kept in step with the trainee by every write of the enrolment. */
  emailKey?: string;
  nameKey?: string;
  searchKey?: string;
  certificateNumber?: string;
}

export const ENROLMENT_INDEXES: readonly IndexDeclaration[] = [
  OUTBOX_INDEX,
  {
    name: 'cohort_status',
    key: { cohortId: 1, status: 1, _id: 1 },
    serves: "a cohort's trainees by status, and its waitlist for promotion",
  },
  {
    name: 'waitlist',
    key: { 'waitlist.cohortId': 1 },
    serves: "a cohort's queue, transfer waiters from other cohorts included",
  },
  {
    name: 'seats',
    key: { 'seats.cohortId': 1 },
    serves: 'the records of everyone who sat in a cohort (attendance and scores by cohort)',
  },
  {
    name: 'user',
    key: { 'trainee.userSubject': 1 },
    serves: "a signed-in trainee's own enrolments",
  },
  {
    name: 'email',
    key: { emailKey: 1 },
    serves: 'linking a first sign-in by email; attendance sheet rows by email',
  },
  { name: 'name', key: { nameKey: 1, _id: 1 }, serves: 'lists of trainees by name' },
  { name: 'certificate', key: { certificateId: 1 }, serves: 'a certificate by id' },
  {
    name: 'certificate_number',
    key: { certificateNumber: 1, _id: 1 },
    serves: 'verification by number; lists of certificates by number',
  },
];

export const enrolmentsCollection = (db: Db) => db.collection<EnrolmentDocument>('enrolments');

export const emailKeyOf = (email: string) => email.trim().toLowerCase();

/** Vietnamese names sort by given name (the last word), then the rest. */
const nameKeyOf = (fullName: string) => {
  const words = foldVietnamese(fullName).trim().split(/\s+/);
  return [words.at(-1) ?? '', ...words.slice(0, -1)].join(' ');
};

/** The derived keys of an enrolment, written with it. */
export const keysOf = (enrolment: Enrolment) => ({
  emailKey: emailKeyOf(enrolment.trainee.email),
  nameKey: nameKeyOf(enrolment.trainee.fullName),
  searchKey: foldVietnamese(`${enrolment.trainee.fullName} ${enrolment.trainee.email}`),
});

/**
 * Unsets the optional fields a change cleared. The client ignores undefined values
 * (ignoreUndefined), so `$set: { waitlist: undefined }` would leave the old waitlist place behind.
 */
export const clearedOf = (enrolment: Enrolment): { $unset?: Record<string, ''> } =>
  enrolment.waitlist === undefined ? { $unset: { waitlist: '' } } : {};

/** The enrolment alone, as the domain knows it. */
export function toEnrolment(document: EnrolmentDocument): Enrolment {
  const {
    _id,
    outbox: _o,
    outboxPending: _p,
    attendance: _a,
    assessments: _s,
    certificate: _c,
    emailKey: _e,
    nameKey: _n,
    searchKey: _k,
    certificateNumber: _m,
    ...rest
  } = document;
  return { id: _id, ...rest };
}
