import { createHmac, timingSafeEqual } from 'node:crypto';
import { checkInTimes } from './sessions.ts';
import type { Session } from './types.ts';

/** HMAC-SHA256 keys shorter than its output weaken it. */
export const MIN_CHECK_IN_KEY_BYTES = 32;

export interface CheckInPolicy {
  /** How long a code is shown before the next one. */
  readonly rotationSeconds: number;
  /** The previous code still counts this long after a rotation: the time to type what was read. */
  readonly graceSeconds: number;
  /** How far back a code is recognised as expired rather than wrong. */
  readonly expiredLookbackSteps: number;
}

export const DEFAULT_CHECK_IN_POLICY: CheckInPolicy = {
  rotationSeconds: 60,
  graceSeconds: 15,
  expiredLookbackSteps: 30,
};

const CODE = /^[0-9]{6}$/;

/** The index of the rotation period `at` falls in; periods are aligned on the epoch. */
export const checkInStep = (at: Date, rotationSeconds: number) =>
  Math.floor(at.getTime() / (rotationSeconds * 1000));

/**
 * The six-digit code of a session for one rotation period: HMAC-SHA256 of the session id and the
 * period index, truncated as in HOTP (RFC 4226). Any replica with the key computes the same code,
 * so nothing is stored, and a code of one session is useless for another.
 */
export function checkInCodeAt(key: Uint8Array, sessionId: string, step: number): string {
  if (key.byteLength < MIN_CHECK_IN_KEY_BYTES) {
    // A configuration fault, not the caller's input: no DomainError.
    throw new Error(`the check-in key must be at least ${MIN_CHECK_IN_KEY_BYTES} bytes`);
  }
  const digest = createHmac('sha256', key)
    .update(`expertnet.cohorts.check-in\n${sessionId}\n${step}`, 'utf8')
    .digest();
  const offset = (digest[digest.length - 1] ?? 0) & 0x0f;
  const value = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

/** What the facilitator's screen shows (GetCheckInCodeResponse). */
export interface CheckInCode {
  readonly code: string;
  readonly validFrom: Date;
  readonly validUntil: Date;
  readonly rotationSeconds: number;
  readonly windowOpensAt: Date;
  readonly windowClosesAt: Date;
}

/** The code of the period `now` falls in, even outside the window (the screen may go up early). */
export function currentCheckInCode(
  session: Session,
  key: Uint8Array,
  now: Date,
  policy: CheckInPolicy = DEFAULT_CHECK_IN_POLICY,
): CheckInCode {
  const period = policy.rotationSeconds * 1000;
  const step = checkInStep(now, policy.rotationSeconds);
  const times = checkInTimes(session);
  return {
    code: checkInCodeAt(key, session.id, step),
    validFrom: new Date(step * period),
    validUntil: new Date((step + 1) * period),
    rotationSeconds: policy.rotationSeconds,
    windowOpensAt: times.opensAt,
    windowClosesAt: times.closesAt,
  };
}

const sameCode = (a: string, b: string) =>
  timingSafeEqual(Buffer.from(a, 'ascii'), Buffer.from(b, 'ascii'));

/**
 * 'current' for the code shown now (or the one before, within the grace), 'expired' for one shown
 * earlier, 'invalid' for anything else, including a code of a period still to come.
 */
export function matchCheckInCode(
  key: Uint8Array,
  sessionId: string,
  code: string,
  now: Date,
  policy: CheckInPolicy = DEFAULT_CHECK_IN_POLICY,
): 'current' | 'expired' | 'invalid' {
  if (!CODE.test(code)) return 'invalid';
  const step = checkInStep(now, policy.rotationSeconds);
  const codeOf = (at: number) => checkInCodeAt(key, sessionId, at);
  if (sameCode(code, codeOf(step))) return 'current';
  const sinceRotation = now.getTime() - step * policy.rotationSeconds * 1000;
  const previous = sameCode(code, codeOf(step - 1));
  if (previous && sinceRotation < policy.graceSeconds * 1000) return 'current';
  if (previous) return 'expired';
  for (let back = 2; back <= policy.expiredLookbackSteps; back += 1) {
    if (sameCode(code, codeOf(step - back))) return 'expired';
  }
  return 'invalid';
}
