import type {
  AssessmentResult,
  AttendanceRecord,
  AttendanceStatus,
  CheckInCode,
  Enrolment,
  MarkStatus,
  Session,
} from './types.ts';

/** The expert check-in page's address for a session's current code: what the QR code carries. */
export function checkInUrl(origin: string, sessionId: string, code: string): string {
  const query = new URLSearchParams({ session: sessionId, code });
  return `${origin}/check-in?${query.toString()}`;
}

function instant(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/** Whole seconds left until `until` (0 once past, or when unknown). */
export function secondsUntil(until: string | undefined, now: number): number {
  const end = instant(until);
  if (end === undefined) return 0;
  return Math.max(0, Math.ceil((end - now) / 1000));
}

/** Fetch the next code just after this one rotates; at least a second apart (clock skew). */
export const ROTATION_MARGIN_MS = 300;
export function nextRefreshDelay(code: CheckInCode, now: number): number {
  const end = instant(code.validUntil);
  if (end === undefined) return 15_000;
  return Math.max(1000, end - now + ROTATION_MARGIN_MS);
}

export type WindowState = 'not-open' | 'open' | 'closed';

/** Whether trainees may check in now: before the window, during it or after it. */
export function checkInWindowState(code: CheckInCode, now: number): WindowState {
  const opens = instant(code.windowOpensAt);
  const closes = instant(code.windowClosesAt);
  if (opens !== undefined && now < opens) return 'not-open';
  if (closes !== undefined && now >= closes) return 'closed';
  return 'open';
}

/** A session's sessions in start order (the API sends them so; kept for safety after edits). */
export function sessionsInOrder(sessions: readonly Session[]): Session[] {
  return [...sessions].sort(
    (a, b) => (instant(a.settings?.startsAt) ?? 0) - (instant(b.settings?.startsAt) ?? 0),
  );
}

/**
 * Who graduation would graduate, by the progress the API keeps current: an ENROLLED trainee with
 * nothing unmet graduates; the other ENROLLED trainees are listed with what they miss.
 */
export function graduationPreview(enrolments: readonly Enrolment[]): {
  readonly eligible: Enrolment[];
  readonly notEligible: Enrolment[];
} {
  const enrolled = enrolments.filter(
    (enrolment) => enrolment.status === 'ENROLMENT_STATUS_ENROLLED',
  );
  return {
    eligible: enrolled.filter((enrolment) => (enrolment.progress?.unmet ?? []).length === 0),
    notEligible: enrolled.filter((enrolment) => (enrolment.progress?.unmet ?? []).length > 0),
  };
}

export interface RosterRow {
  readonly enrolmentId: string;
  readonly name: string;
  readonly email: string;
  readonly record: AttendanceRecord | undefined;
}

/**
 * A session's attendance sheet: every enrolled trainee with their record, if any, then records of
 * people no longer enrolled (dropped or transferred after being marked).
 */
export function attendanceRoster(
  enrolments: readonly Enrolment[],
  records: readonly AttendanceRecord[],
): RosterRow[] {
  const byEnrolment = new Map(records.map((record) => [record.enrolmentId ?? '', record]));
  const rows: RosterRow[] = enrolments
    .filter((enrolment) => enrolment.status === 'ENROLMENT_STATUS_ENROLLED')
    .map((enrolment) => ({
      enrolmentId: enrolment.id ?? '',
      name: enrolment.trainee?.fullName ?? '',
      email: enrolment.trainee?.email ?? '',
      record: byEnrolment.get(enrolment.id ?? ''),
    }));
  const listed = new Set(rows.map((row) => row.enrolmentId));
  for (const record of records) {
    const id = record.enrolmentId ?? '';
    if (listed.has(id)) continue;
    const enrolment = enrolments.find((candidate) => candidate.id === id);
    rows.push({
      enrolmentId: id,
      name: record.traineeName ?? enrolment?.trainee?.fullName ?? '',
      email: enrolment?.trainee?.email ?? '',
      record,
    });
    listed.add(id);
  }
  return rows;
}

/** How many of each attendance status, and how many are not marked yet. */
export function attendanceCounts(
  rows: readonly RosterRow[],
): Readonly<Record<AttendanceStatus | 'unmarked', number>> {
  const counts: Record<AttendanceStatus | 'unmarked', number> = {
    ATTENDANCE_STATUS_UNSPECIFIED: 0,
    ATTENDANCE_STATUS_PRESENT: 0,
    ATTENDANCE_STATUS_LATE: 0,
    ATTENDANCE_STATUS_ABSENT: 0,
    ATTENDANCE_STATUS_EXCUSED: 0,
    unmarked: 0,
  };
  for (const row of rows) {
    const status = row.record?.status;
    if (status === undefined || status === 'ATTENDANCE_STATUS_UNSPECIFIED') counts.unmarked += 1;
    else counts[status] += 1;
  }
  return counts;
}

export interface MarkDraft {
  readonly status: MarkStatus | '';
  readonly note: string;
}

/** The marks to send: the rows whose status or note the facilitator changed, with a status. */
export function changedMarks(
  rows: readonly RosterRow[],
  drafts: Readonly<Record<string, MarkDraft>>,
): { enrolmentId: string; status: MarkStatus; note: string }[] {
  const marks: { enrolmentId: string; status: MarkStatus; note: string }[] = [];
  for (const row of rows) {
    const draft = drafts[row.enrolmentId];
    if (draft === undefined || draft.status === '') continue;
    const note = draft.note.trim();
    if (draft.status === row.record?.status && note === (row.record.note ?? '')) continue;
    marks.push({ enrolmentId: row.enrolmentId, status: draft.status, note });
  }
  return marks;
}

/** Each trainee's latest attempt at each module ("enrolmentId module" → result). */
export function latestAttempts(
  results: readonly AssessmentResult[],
): ReadonlyMap<string, AssessmentResult> {
  const latest = new Map<string, AssessmentResult>();
  for (const result of results) {
    const key = `${result.enrolmentId ?? ''} ${result.moduleCode ?? ''}`;
    const known = latest.get(key);
    if (known === undefined || (result.attempt ?? 0) > (known.attempt ?? 0)) {
      latest.set(key, result);
    }
  }
  return latest;
}

/** A score typed in a form: an integer 0..100, or undefined for an empty or invalid entry. */
export function parseScore(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const score = Number(trimmed);
  return score <= 100 ? score : undefined;
}

const VIETNAM_OFFSET = '+07:00';

/** The "yyyy-MM-ddTHH:mm" of a datetime-local input for an instant, in Vietnam time. */
export function localInputOfInstant(value: string | undefined): string {
  const time = instant(value);
  if (time === undefined) return '';
  // Vietnam is UTC+7 all year: shift and read the UTC fields.
  return new Date(time + 7 * 3600_000).toISOString().slice(0, 16);
}

/** The instant a datetime-local input means in Vietnam time ('' when incomplete). */
export function instantOfLocalInput(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return '';
  return new Date(`${value}:00${VIETNAM_OFFSET}`).toISOString();
}

/** A whole number typed in a form, or undefined when empty or not a number. */
export function parseWholeNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  return Number(trimmed);
}
