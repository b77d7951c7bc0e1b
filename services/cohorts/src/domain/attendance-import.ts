import { textLength } from '@expertnet/platform';
import {
  assertSessionOpenForMarks,
  attendanceChange,
  attendanceRecord,
  holdsSeatIn,
  markProblem,
  type AttendanceChange,
} from './attendance.ts';
import { localized, type MESSAGES, type MessageCode } from './messages.ts';
import type {
  AttendanceRecord,
  AttendanceStatus,
  ChangeContext,
  CohortView,
  Enrolment,
  LocalizedText,
  Session,
} from './types.ts';

const MAX_NOTE = 500;

export interface ImportProblem {
  /** Proto field of the row, e.g. "trainee_email". */
  readonly field: string;
  readonly code: string;
  readonly message: LocalizedText;
}

/** One spreadsheet row as the gateway read it (AttendanceImportRow). */
export interface AttendanceImportRow {
  readonly rowNumber: number;
  readonly traineeEmail: string;
  /** Undefined when the cell was empty or unreadable (then reported in cellProblems). */
  readonly status?: AttendanceStatus | undefined;
  readonly note: string;
  readonly cellProblems: readonly ImportProblem[];
}

export interface ImportRowResult {
  readonly rowNumber: number;
  readonly written: boolean;
  /** '' when no enrolment was found for the row. */
  readonly enrolmentId: string;
  readonly problems: readonly ImportProblem[];
}

export interface AttendanceImport extends AttendanceChange {
  readonly rows: readonly ImportRowResult[];
  readonly written: number;
  readonly invalid: number;
}

export interface ImportOptions {
  /** Nothing is written when any row is bad. */
  readonly allOrNothing: boolean;
  readonly dryRun: boolean;
}

const emailKey = (email: string) => email.trim().toLowerCase();

/**
 * Rows of an uploaded attendance sheet for one session, with a report per row (so one bad row does
 * not hide the others). `enrolments` are those the store found for the file's emails, in any
 * cohort, so a trainee of another cohort is told apart from an unknown address. Rows equal to the
 * record already there count as written without being written or published again.
 */
export function importAttendance(
  session: Session,
  view: CohortView,
  rows: readonly AttendanceImportRow[],
  enrolments: readonly Enrolment[],
  existing: readonly AttendanceRecord[],
  options: ImportOptions,
  context: ChangeContext,
): AttendanceImport {
  assertSessionOpenForMarks(session, view);
  const checked = checkRows(session, rows, enrolments, context.now);
  const invalid = checked.filter((row) => row.problems.length > 0).length;
  const writes = !options.dryRun && !(options.allOrNothing && invalid > 0);
  const records: AttendanceRecord[] = [];
  const results = checked.map(({ row, enrolment, problems }): ImportRowResult => {
    const ok = problems.length === 0 && enrolment !== undefined && row.status !== undefined;
    if (ok && writes) {
      const before = existing.find((record) => record.enrolmentId === enrolment.id);
      const mark = { status: row.status, note: row.note.trim(), source: 'import' as const };
      const same =
        before?.status === mark.status &&
        before.note === mark.note &&
        before.source === mark.source;
      if (!same) records.push(attendanceRecord(session, enrolment, mark, context));
    }
    return {
      rowNumber: row.rowNumber,
      written: ok && writes,
      enrolmentId: enrolment?.id ?? '',
      problems,
    };
  });
  const written = results.filter((row) => row.written).length;
  return {
    ...attendanceChange(session, view, records, enrolments),
    rows: results,
    written,
    invalid,
  };
}

interface CheckedRow {
  readonly row: AttendanceImportRow;
  readonly enrolment: Enrolment | undefined;
  readonly problems: readonly ImportProblem[];
}

function checkRows(
  session: Session,
  rows: readonly AttendanceImportRow[],
  enrolments: readonly Enrolment[],
  now: Date,
): CheckedRow[] {
  const firstRowOf = new Map<string, number>();
  return rows.map((row) => {
    const email = emailKey(row.traineeEmail);
    const matches = enrolments.filter((enrolment) => emailKey(enrolment.trainee.email) === email);
    const enrolment = matches.find((match) => holdsSeatIn(match, session.cohortId)) ?? matches[0];
    const problems = [...row.cellProblems, ...rowProblems(session, row, matches, enrolment, now)];
    const first = firstRowOf.get(email);
    if (email !== '' && first !== undefined) {
      problems.push(problem('trainee_email', 'DUPLICATE_ROW', first));
    } else if (email !== '') {
      firstRowOf.set(email, row.rowNumber);
    }
    return { row, enrolment, problems };
  });
}

function problem<K extends MessageCode>(
  field: string,
  code: K,
  ...args: Parameters<(typeof MESSAGES)[K]['vi']>
): ImportProblem {
  return { field, code, message: localized(code, ...args) };
}

function rowProblems(
  session: Session,
  row: AttendanceImportRow,
  matches: readonly Enrolment[],
  enrolment: Enrolment | undefined,
  now: Date,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const email = row.traineeEmail.trim();
  if (email === '') problems.push(problem('trainee_email', 'EMAIL_MISSING'));
  else if (matches.length === 0) problems.push(problem('trainee_email', 'UNKNOWN_TRAINEE', email));
  const statusUnread = row.cellProblems.some((cell) => cell.field === 'status');
  if (row.status === undefined && !statusUnread) problems.push(problem('status', 'STATUS_MISSING'));
  if (textLength(row.note.trim()) > MAX_NOTE) {
    problems.push(problem('note', 'NOTE_TOO_LONG', MAX_NOTE));
  }
  if (matches.length === 0) return problems;
  if (enrolment === undefined || !holdsSeatIn(enrolment, session.cohortId)) {
    problems.push(problem('trainee_email', 'NOT_IN_COHORT', email));
  } else if (row.status !== undefined && markProblem(session, enrolment, row.status, now)) {
    problems.push(problem('status', 'SESSION_NOT_STARTED'));
  }
  return problems;
}
