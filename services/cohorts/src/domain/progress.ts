import { localized } from './messages.ts';
import { isHeld } from './sessions.ts';
import type {
  AssessmentResult,
  AttendanceRecord,
  AttendanceStatus,
  Progress,
  Requirement,
  SeatPeriod,
  Session,
  Track,
} from './types.ts';

/** What a trainee's progress is computed from; records of other trainees must not be passed. */
export interface ProgressInput {
  readonly track: Track;
  readonly seats: readonly SeatPeriod[];
  /** Sessions of the cohorts the trainee sat in; others are ignored. */
  readonly sessions: readonly Session[];
  readonly attendance: readonly AttendanceRecord[];
  readonly assessments: readonly AssessmentResult[];
  readonly now: Date;
}

/**
 * Whether a session counts for a trainee: held, of a module of their current track, and while
 * they held a seat in its cohort. So a trainee promoted in week three is not short of attendance
 * for weeks one and two, and a transferred trainee keeps what they attended of shared modules.
 */
export function countsForTrainee(
  session: Session,
  seats: readonly SeatPeriod[],
  track: Track,
  now: Date,
): boolean {
  if (!isHeld(session, now)) return false;
  if (!track.settings.modules.some((module) => module.code === session.settings.moduleCode)) {
    return false;
  }
  const { startsAt, endsAt } = session.settings;
  return seats.some(
    (seat) =>
      seat.cohortId === session.cohortId &&
      seat.from.getTime() < endsAt.getTime() &&
      (seat.until === undefined || seat.until.getTime() > startsAt.getTime()),
  );
}

function attendedStatuses(track: Track): readonly AttendanceStatus[] {
  return track.settings.completion.excusedCountsAsAttended
    ? ['present', 'late', 'excused']
    : ['present', 'late'];
}

/** Modules of the track with a passing attempt, in track order. */
export function modulesPassed(track: Track, assessments: readonly AssessmentResult[]): string[] {
  return track.settings.modules
    .filter((module) =>
      assessments.some((result) => result.moduleCode === module.code && result.passed),
    )
    .map((module) => module.code);
}

export function computeProgress(input: ProgressInput): Progress {
  const { track } = input;
  const held = input.sessions.filter((session) =>
    countsForTrainee(session, input.seats, track, input.now),
  );
  const attendedAs = attendedStatuses(track);
  const attended = held.filter((session) =>
    input.attendance.some(
      (record) => record.sessionId === session.id && attendedAs.includes(record.status),
    ),
  ).length;
  const passed = modulesPassed(track, input.assessments);
  return {
    sessionsHeld: held.length,
    sessionsAttended: attended,
    // Rounded down, so 79.6% never shows as meeting an 80% minimum.
    attendancePercent: held.length === 0 ? 0 : Math.floor((attended * 100) / held.length),
    modulesPassed: passed,
    unmet: unmetRequirements(track, { held: held.length, attended, passed }),
  };
}

/**
 * What the trainee still misses. Attendance compares exactly (attended/held against the minimum);
 * with no session held yet only a 0% minimum is met.
 */
export function unmetRequirements(
  track: Track,
  counts: { readonly held: number; readonly attended: number; readonly passed: readonly string[] },
): Requirement[] {
  const rules = track.settings.completion;
  const unmet: Requirement[] = [];
  const minimum = rules.minAttendancePercent;
  const attendanceMet =
    counts.held === 0 ? minimum === 0 : counts.attended * 100 >= minimum * counts.held;
  if (!attendanceMet) {
    const percent = counts.held === 0 ? 0 : Math.floor((counts.attended * 100) / counts.held);
    unmet.push({
      code: 'ATTENDANCE_BELOW_MINIMUM',
      moduleCode: '',
      message: localized('ATTENDANCE_BELOW_MINIMUM', percent, minimum),
    });
  }
  for (const module of track.settings.modules) {
    if (!module.required || counts.passed.includes(module.code)) continue;
    unmet.push({
      code: 'REQUIRED_MODULE_NOT_PASSED',
      moduleCode: module.code,
      message: localized('REQUIRED_MODULE_NOT_PASSED', module.code, module.title),
    });
  }
  if (counts.passed.length < rules.minModulesPassed) {
    unmet.push({
      code: 'TOO_FEW_MODULES_PASSED',
      moduleCode: '',
      message: localized('TOO_FEW_MODULES_PASSED', counts.passed.length, rules.minModulesPassed),
    });
  }
  return unmet;
}

/** Progress of a trainee who has just taken a seat or a waitlist place: nothing done yet. */
export const startingProgress = (track: Track, now: Date): Progress =>
  computeProgress({ track, seats: [], sessions: [], attendance: [], assessments: [], now });

/** Before any cohort is known there is no track to measure against. */
export const NO_PROGRESS: Progress = {
  sessionsHeld: 0,
  sessionsAttended: 0,
  attendancePercent: 0,
  modulesPassed: [],
  unmet: [],
};
