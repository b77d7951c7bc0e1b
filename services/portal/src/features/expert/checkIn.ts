import type { Problem } from '../../api/problem.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';
import type { Session } from './model.ts';

/** The code shown in the room: six digits (the API's pattern). */
export const CHECK_IN_CODE = /^[0-9]{6}$/;

/** What the trainee typed, without the spaces or dashes people add when copying a code. */
export function normaliseCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export interface CheckInWindow {
  readonly opensAt: Date;
  readonly closesAt: Date;
}

/** When check-in is open for a session: from N minutes before its start to M minutes after. */
export function checkInWindow(session: Session): CheckInWindow | undefined {
  const settings = session.settings;
  if (settings === undefined) return undefined;
  const start = new Date(settings.startsAt).getTime();
  if (Number.isNaN(start)) return undefined;
  const minute = 60_000;
  return {
    opensAt: new Date(start - (settings.checkIn.opensMinutesBefore ?? 0) * minute),
    closesAt: new Date(start + settings.checkIn.closesMinutesAfter * minute),
  };
}

export function isOpenNow(session: Session, now: Date): boolean {
  const window = checkInWindow(session);
  return (
    session.cancelled !== true &&
    window !== undefined &&
    window.opensAt.getTime() <= now.getTime() &&
    now.getTime() <= window.closesAt.getTime()
  );
}

/**
 * The sessions a trainee could check in to from now on (not cancelled, window not yet closed),
 * in start order; the ones open now come first since that is what the trainee is sitting in.
 */
export function checkInCandidates(sessions: readonly Session[], now: Date): Session[] {
  const start = (session: Session) => new Date(session.settings?.startsAt ?? 0).getTime();
  return sessions
    .filter((session) => {
      const window = checkInWindow(session);
      return (
        session.cancelled !== true &&
        window !== undefined &&
        window.closesAt.getTime() >= now.getTime()
      );
    })
    .sort((a, b) => {
      const open = Number(isOpenNow(b, now)) - Number(isOpenNow(a, now));
      return open !== 0 ? open : start(a) - start(b);
    });
}

/** Where a refused check-in is shown: beside the code, beside the session, or above the form. */
export type RefusalPlace = 'code' | 'session' | 'form';

const REFUSALS: Readonly<Record<string, { place: RefusalPlace; message: MessageKey }>> = {
  CHECK_IN_CODE_INVALID: { place: 'code', message: 'expert.checkIn.error.codeInvalid' },
  CHECK_IN_CODE_EXPIRED: { place: 'code', message: 'expert.checkIn.error.codeExpired' },
  CHECK_IN_NOT_OPEN_YET: { place: 'session', message: 'expert.checkIn.error.notOpenYet' },
  CHECK_IN_CLOSED: { place: 'session', message: 'expert.checkIn.error.closed' },
  SESSION_CANCELLED: { place: 'session', message: 'expert.checkIn.error.cancelled' },
  NOT_ENROLLED: { place: 'session', message: 'expert.checkIn.error.notEnrolled' },
  COHORT_SCOPE_VIOLATION: { place: 'session', message: 'expert.checkIn.error.notEnrolled' },
  NOT_FOUND: { place: 'session', message: 'expert.checkIn.error.noSession' },
};

/** A refusal said in the portal's words, at its place; undefined for other failures. */
export function checkInRefusal(
  problem: Problem,
): { place: RefusalPlace; message: MessageKey } | undefined {
  const known = REFUSALS[problem.code];
  if (known !== undefined) return known;
  if (problem.errors.some((error) => error.field === 'code')) {
    return { place: 'code', message: 'expert.checkIn.error.codeFormat' };
  }
  if (problem.errors.some((error) => error.field === 'sessionId')) {
    return { place: 'session', message: 'expert.checkIn.error.noSession' };
  }
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isSessionId(value: string): boolean {
  return UUID.test(value);
}
