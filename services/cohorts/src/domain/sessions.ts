import {
  DomainError,
  invalidArgument,
  type FieldViolation,
  Violations,
  isValidInstant,
  vietnamDateOf,
} from '@expertnet/platform';
import { addMinutes } from './calendar.ts';
import { assertAcceptsTrainees } from './cohorts.ts';
import { moduleOf } from './tracks.ts';
import type { CheckInWindow, Cohort, CohortView, Session, SessionSettings } from './types.ts';

/**
 * Every problem with a session's settings in its cohort. The module is checked apart (moduleOf),
 * because MODULE_NOT_IN_TRACK has its own code in the contract.
 */
export function validateSessionSettings(
  settings: SessionSettings,
  cohort: Cohort,
  prefix = 'settings',
): readonly FieldViolation[] {
  const violations = new Violations();
  violations.textBetween(settings.title, 2, 200, `${prefix}.title`);
  checkTimes(settings, cohort, prefix, violations);
  checkPlace(settings, cohort, prefix, violations);
  checkWindow(settings.checkIn, `${prefix}.check_in`, violations);
  return violations.list;
}

function checkTimes(
  settings: SessionSettings,
  cohort: Cohort,
  prefix: string,
  violations: Violations,
): void {
  const starts = violations.check(
    isValidInstant(settings.startsAt),
    `${prefix}.starts_at`,
    'must be a valid instant',
  );
  const ends = violations.check(
    isValidInstant(settings.endsAt),
    `${prefix}.ends_at`,
    'must be a valid instant',
  );
  if (!starts || !ends) return;
  violations.check(
    settings.endsAt > settings.startsAt,
    `${prefix}.ends_at`,
    'must be after starts_at',
  );
  const day = vietnamDateOf(settings.startsAt);
  const { startDate, endDate } = cohort.settings;
  violations.check(
    day >= startDate && day <= endDate,
    `${prefix}.starts_at`,
    `must fall within the cohort's dates, ${startDate} to ${endDate} (Vietnam time)`,
  );
}

function checkPlace(
  settings: SessionSettings,
  cohort: Cohort,
  prefix: string,
  violations: Violations,
): void {
  const delivery = cohort.settings.deliveryMode;
  violations.check(
    delivery === 'blended' || delivery === settings.mode,
    `${prefix}.mode`,
    `must be ${delivery} in a ${delivery} cohort`,
  );
  const online = settings.mode === 'online';
  if (online || settings.meetingUrl !== '') {
    violations.check(
      isWebLink(settings.meetingUrl),
      `${prefix}.meeting_url`,
      'must be an https link',
    );
  }
  // An online session may still name a place (a studio); an in-person one must.
  violations.textBetween(settings.location, online ? 0 : 1, 500, `${prefix}.location`);
}

function isWebLink(text: string): boolean {
  if (!URL.canParse(text)) return false;
  return new URL(text).protocol === 'https:';
}

function checkWindow(window: CheckInWindow, prefix: string, violations: Violations): void {
  violations.integerBetween(window.opensMinutesBefore, 0, 120, `${prefix}.opens_minutes_before`);
  violations.integerBetween(window.lateAfterMinutes, 0, 240, `${prefix}.late_after_minutes`);
  violations.integerBetween(window.closesMinutesAfter, 1, 480, `${prefix}.closes_minutes_after`);
}

function assertValid(view: CohortView, settings: SessionSettings): void {
  moduleOf(view.track, settings.moduleCode, 'settings.module_code');
  const violations = validateSessionSettings(settings, view.cohort);
  if (violations.length > 0) throw invalidArgument(violations);
}

export function scheduleSession(id: string, view: CohortView, settings: SessionSettings): Session {
  assertAcceptsTrainees(view.cohort);
  assertValid(view, settings);
  return { id, cohortId: view.cohort.id, settings, cancelled: false, version: 1 };
}

/**
 * Reschedules, moves or cancels. A finished cohort's sessions can still be corrected (a session
 * recorded at the wrong time), a cancelled cohort's cannot.
 */
export function updateSession(
  session: Session,
  view: CohortView,
  change: { readonly settings: SessionSettings; readonly cancelled: boolean },
): Session {
  if (session.cohortId !== view.cohort.id) {
    throw new Error(
      `session ${session.id} belongs to cohort ${session.cohortId}, not ${view.cohort.id}`,
    );
  }
  if (view.cohort.status === 'cancelled') {
    throw new DomainError(
      'failed-precondition',
      'COHORT_CANCELLED',
      `cohort ${view.cohort.settings.code} is cancelled`,
    );
  }
  assertValid(view, change.settings);
  return { ...session, ...change, version: session.version + 1 };
}

/** The instants a session's check-in window turns on: open, late from, closed from. */
export interface CheckInTimes {
  readonly opensAt: Date;
  readonly lateAfter: Date;
  readonly closesAt: Date;
}

export function checkInTimes(session: Session): CheckInTimes {
  const { startsAt, checkIn } = session.settings;
  return {
    opensAt: addMinutes(startsAt, -checkIn.opensMinutesBefore),
    lateAfter: addMinutes(startsAt, checkIn.lateAfterMinutes),
    closesAt: addMinutes(startsAt, checkIn.closesMinutesAfter),
  };
}

/** A session counts as held from its start unless cancelled; one under way counts already. */
export const isHeld = (session: Session, now: Date) =>
  !session.cancelled && session.settings.startsAt.getTime() <= now.getTime();
