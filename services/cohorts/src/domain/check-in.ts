import { DomainError } from '@expertnet/platform';
import {
  assertSessionOpenForMarks,
  attendanceChange,
  attendanceRecord,
  holdsSeatIn,
  type AttendanceChange,
} from './attendance.ts';
import { DEFAULT_CHECK_IN_POLICY, matchCheckInCode, type CheckInPolicy } from './check-in-code.ts';
import { localized } from './messages.ts';
import { checkInTimes, type CheckInTimes } from './sessions.ts';
import type {
  AttendanceRecord,
  ChangeContext,
  CohortView,
  Enrolment,
  LocalizedText,
  Session,
} from './types.ts';

export type CheckInRefusal =
  'CHECK_IN_NOT_OPEN_YET' | 'CHECK_IN_CLOSED' | 'CHECK_IN_CODE_EXPIRED' | 'CHECK_IN_CODE_INVALID';

/**
 * A refused check-in: FAILED_PRECONDITION with one of the contract's four codes. The message, read
 * by the trainee on their phone, says in both languages what to do and when the window is.
 */
export class CheckInRefused extends DomainError {
  readonly text: LocalizedText;
  readonly window: CheckInTimes;

  constructor(code: CheckInRefusal, window: CheckInTimes) {
    const text = localized(code, window.opensAt, window.closesAt);
    super('failed-precondition', code, `${text.vi} (${text.en})`);
    this.text = text;
    this.window = window;
  }
}

export interface CheckInAttempt {
  readonly session: Session;
  /** The session's cohort. */
  readonly view: CohortView;
  /** The caller's enrolment in that cohort. */
  readonly enrolment: Enrolment;
  readonly code: string;
  /** The session's record of this trainee, if there is one already. */
  readonly existing?: AttendanceRecord | undefined;
  readonly key: Uint8Array;
  readonly policy?: CheckInPolicy | undefined;
}

/**
 * The trainee checks in with the code on the facilitator's screen: present, or late after the
 * window's late_after_minutes. The window is checked before the code, so an early or late trainee
 * learns when the window is whatever they typed. A record already there stands (a facilitator's
 * mark overrides check-ins; a second check-in changes nothing) and nothing is published again.
 */
export function checkIn(
  attempt: CheckInAttempt,
  context: ChangeContext,
): AttendanceChange & {
  readonly record: AttendanceRecord;
} {
  const { session, view, enrolment } = attempt;
  assertSessionOpenForMarks(session, view);
  if (!holdsSeatIn(enrolment, session.cohortId)) {
    throw new DomainError(
      'failed-precondition',
      'NOT_IN_COHORT',
      `enrolment ${enrolment.id} holds no seat in the session's cohort`,
    );
  }
  const window = checkInTimes(session);
  assertWithinWindow(window, context.now);
  const match = matchCheckInCode(
    attempt.key,
    session.id,
    attempt.code,
    context.now,
    attempt.policy ?? DEFAULT_CHECK_IN_POLICY,
  );
  if (match !== 'current') {
    throw new CheckInRefused(
      match === 'expired' ? 'CHECK_IN_CODE_EXPIRED' : 'CHECK_IN_CODE_INVALID',
      window,
    );
  }
  if (attempt.existing !== undefined) return { record: attempt.existing, records: [], events: [] };
  const late = context.now.getTime() > window.lateAfter.getTime();
  const record = attendanceRecord(
    session,
    enrolment,
    { status: late ? 'late' : 'present', note: '', source: 'check-in' },
    context,
  );
  return { record, ...attendanceChange(session, view, [record], [enrolment]) };
}

function assertWithinWindow(window: CheckInTimes, now: Date): void {
  if (now.getTime() < window.opensAt.getTime()) {
    throw new CheckInRefused('CHECK_IN_NOT_OPEN_YET', window);
  }
  // The closing instant itself is late, as a deadline is.
  if (now.getTime() >= window.closesAt.getTime()) {
    throw new CheckInRefused('CHECK_IN_CLOSED', window);
  }
}
