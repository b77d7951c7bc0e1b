import { DomainError, type FieldViolation, textLength } from '@expertnet/platform';
import { cohortFacts } from './cohorts.ts';
import { EVENT_TYPES, type SessionAttended } from './events.ts';
import type {
  AttendanceRecord,
  AttendanceSource,
  AttendanceStatus,
  ChangeContext,
  CohortView,
  Enrolment,
  Session,
} from './types.ts';

/** Records to write (one per session and trainee: the latest replaces the one before) and events. */
export interface AttendanceChange {
  readonly records: readonly AttendanceRecord[];
  readonly events: readonly SessionAttended[];
}

export interface AttendanceMark {
  readonly enrolmentId: string;
  readonly status: AttendanceStatus;
  readonly note: string;
}

/** Why a mark cannot be written, with the message code of the catalogue. */
export type MarkProblem = 'NOT_IN_COHORT' | 'SESSION_NOT_STARTED';

/** Only trainees holding a seat in the session's cohort are marked. */
export const holdsSeatIn = (enrolment: Enrolment, cohortId: string) =>
  enrolment.status === 'enrolled' && enrolment.cohortId === cohortId;

/**
 * Why a mark of `status` for `enrolment` cannot be written, if it cannot. Before the session
 * starts only an excuse makes sense (a trainee announcing they will miss it).
 */
export function markProblem(
  session: Session,
  enrolment: Enrolment | undefined,
  status: AttendanceStatus,
  now: Date,
): MarkProblem | undefined {
  if (enrolment === undefined || !holdsSeatIn(enrolment, session.cohortId)) return 'NOT_IN_COHORT';
  if (status !== 'excused' && now.getTime() < session.settings.startsAt.getTime()) {
    return 'SESSION_NOT_STARTED';
  }
  return undefined;
}

export function assertSessionOpenForMarks(session: Session, view: CohortView): void {
  if (session.cohortId !== view.cohort.id) {
    throw new Error(
      `session ${session.id} belongs to cohort ${session.cohortId}, not ${view.cohort.id}`,
    );
  }
  if (session.cancelled) {
    throw new DomainError(
      'failed-precondition',
      'SESSION_CANCELLED',
      `session ${session.id} was cancelled`,
    );
  }
}

/**
 * A facilitator's marks for one session (`enrolments`: those marked; `existing`: the session's
 * records). Marks override check-ins. A mark equal to the record already there is not written
 * again, so a retried request publishes nothing twice. Every refused mark is reported at once.
 */
export function markAttendance(
  session: Session,
  view: CohortView,
  marks: readonly AttendanceMark[],
  enrolments: readonly Enrolment[],
  existing: readonly AttendanceRecord[],
  context: ChangeContext,
): AttendanceChange {
  assertSessionOpenForMarks(session, view);
  const byId = new Map(enrolments.map((enrolment) => [enrolment.id, enrolment]));
  assertMarksAllowed(session, marks, byId, context.now);
  const written = marks.flatMap((mark) => {
    const enrolment = byId.get(mark.enrolmentId);
    if (enrolment === undefined) return [];
    const before = existing.find((record) => record.enrolmentId === mark.enrolmentId);
    if (before && sameMark(before, mark, 'facilitator')) return [];
    return [attendanceRecord(session, enrolment, { ...mark, source: 'facilitator' }, context)];
  });
  return attendanceChange(session, view, written, enrolments);
}

function assertMarksAllowed(
  session: Session,
  marks: readonly AttendanceMark[],
  byId: ReadonlyMap<string, Enrolment>,
  now: Date,
): void {
  const violations: (FieldViolation & { code: MarkProblem | 'INVALID_ARGUMENT' })[] = [];
  marks.forEach((mark, index) => {
    const problem = markProblem(session, byId.get(mark.enrolmentId), mark.status, now);
    if (problem === 'NOT_IN_COHORT') {
      violations.push({
        code: problem,
        field: `marks[${index}].enrolment_id`,
        description: "does not hold a seat in the session's cohort",
      });
    } else if (problem === 'SESSION_NOT_STARTED') {
      violations.push({
        code: problem,
        field: `marks[${index}].status`,
        description: 'only excused before the session starts',
      });
    }
    if (textLength(mark.note) > 500) {
      violations.push({
        code: 'INVALID_ARGUMENT',
        field: `marks[${index}].note`,
        description: 'must be at most 500 characters',
      });
    }
  });
  const [first] = violations;
  if (first === undefined) return;
  throw new DomainError(
    first.code === 'INVALID_ARGUMENT' ? 'invalid-argument' : 'failed-precondition',
    first.code,
    `${violations.length} mark(s) refused: ${violations.map((violation) => violation.field).join(', ')}`,
    { violations: violations.map(({ field, description }) => ({ field, description })) },
  );
}

const sameMark = (record: AttendanceRecord, mark: AttendanceMark, source: AttendanceSource) =>
  record.status === mark.status && record.note === mark.note.trim() && record.source === source;

export function attendanceRecord(
  session: Session,
  enrolment: Enrolment,
  mark: Omit<AttendanceMark, 'enrolmentId'> & { readonly source: AttendanceSource },
  context: ChangeContext,
): AttendanceRecord {
  return {
    sessionId: session.id,
    enrolmentId: enrolment.id,
    traineeName: enrolment.trainee.fullName,
    status: mark.status,
    source: mark.source,
    note: mark.note.trim(),
    recordedBy: context.actor.subject,
    recordedAt: context.now,
  };
}

/** The records with one SessionAttended each, corrections to absent or excused included. */
export function attendanceChange(
  session: Session,
  view: CohortView,
  records: readonly AttendanceRecord[],
  enrolments: readonly Enrolment[],
): AttendanceChange {
  const facts = cohortFacts(view);
  const events = records.map((record): SessionAttended => {
    const trainee = enrolments.find((enrolment) => enrolment.id === record.enrolmentId)?.trainee;
    return {
      type: EVENT_TYPES.sessionAttended,
      orgCode: trainee?.effectiveOrganisationCode ?? '',
      payload: {
        sessionId: session.id,
        moduleCode: session.settings.moduleCode,
        sessionStartsAt: session.settings.startsAt,
        enrolmentId: record.enrolmentId,
        traineeUserSubject: trainee?.userSubject ?? '',
        cohort: facts,
        status: record.status,
        source: record.source,
        recordedAt: record.recordedAt,
      },
    };
  });
  return { records, events };
}
