import { describe, expect, it } from 'vitest';
import { computeProgress, countsForTrainee, type ProgressInput } from './progress.ts';
import { aSession, aTrack, COHORT_A, COHORT_B, SESSION_START } from '../../test/fixtures.ts';
import type {
  AssessmentResult,
  AttendanceRecord,
  AttendanceStatus,
  SeatPeriod,
  Session,
} from './types.ts';

const DAY = 24 * 60 * 60 * 1000;
const day = (n: number) => new Date(SESSION_START.getTime() + n * DAY);
const NOW = day(60);
const ENROLMENT = 'e-1';

/** Session n of a cohort, on day n of the course. */
const sessionOn = (n: number, cohortId = COHORT_A, moduleCode = 'M1'): Session =>
  aSession(
    { id: `s-${cohortId.slice(-3)}-${n}`, cohortId },
    { startsAt: day(n), endsAt: new Date(day(n).getTime() + 3 * 3600_000), moduleCode },
  );

const record = (session: Session, status: AttendanceStatus): AttendanceRecord => ({
  sessionId: session.id,
  enrolmentId: ENROLMENT,
  traineeName: 'Hà',
  status,
  source: 'facilitator',
  note: '',
  recordedBy: 'fac-1',
  recordedAt: session.settings.startsAt,
});

const passed = (moduleCode: string, score = 90): AssessmentResult => ({
  enrolmentId: ENROLMENT,
  moduleCode,
  score,
  passed: true,
  attempt: 1,
  comment: '',
  assessedBy: 'fac-1',
  assessedAt: NOW,
});

const SEATED: SeatPeriod[] = [{ cohortId: COHORT_A, from: day(-1) }];

function progress(overrides: Partial<ProgressInput>) {
  return computeProgress({
    track: aTrack(),
    seats: SEATED,
    sessions: [],
    attendance: [],
    assessments: [passed('M1'), passed('M2')],
    now: NOW,
    ...overrides,
  });
}

const codes = (input: Partial<ProgressInput>) =>
  progress(input).unmet.map((requirement) => requirement.code);

describe('computeProgress: attendance', () => {
  const sessions = Array.from({ length: 10 }, (_, n) => sessionOn(n));

  it('meets an 80% minimum with 8 of 10 sessions, present or late', () => {
    const attendance = sessions
      .slice(0, 8)
      .map((session, n) => record(session, n % 2 === 0 ? 'present' : 'late'));
    expect(progress({ sessions, attendance })).toEqual({
      sessionsHeld: 10,
      sessionsAttended: 8,
      attendancePercent: 80,
      modulesPassed: ['M1', 'M2'],
      unmet: [],
    });
  });

  it('rounds down and compares exactly, so 19 of 24 (79.2%) is short', () => {
    const many = Array.from({ length: 24 }, (_, n) => sessionOn(n));
    const result = progress({
      sessions: many,
      attendance: many.slice(0, 19).map((session) => record(session, 'present')),
    });
    expect(result.attendancePercent).toBe(79);
    expect(result.unmet).toEqual([
      {
        code: 'ATTENDANCE_BELOW_MINIMUM',
        moduleCode: '',
        message: {
          vi: 'Tỷ lệ tham dự 79% thấp hơn mức tối thiểu 80%',
          en: 'Attendance of 79% is below the minimum of 80%',
        },
      },
    ]);
  });

  it('counts excused only when the track says so, never absent', () => {
    const attendance = [
      ...sessions.slice(0, 7).map((session) => record(session, 'present')),
      record(sessions[7] ?? sessionOn(7), 'excused'),
      record(sessions[8] ?? sessionOn(8), 'absent'),
    ];
    expect(progress({ sessions, attendance }).sessionsAttended).toBe(7);
    const lenient = aTrack({
      completion: { minAttendancePercent: 80, excusedCountsAsAttended: true, minModulesPassed: 2 },
    });
    expect(progress({ track: lenient, sessions, attendance })).toMatchObject({
      sessionsAttended: 8,
      unmet: [],
    });
  });

  it('leaves out cancelled sessions, sessions still to come and modules of other tracks', () => {
    const counted = [sessionOn(1), sessionOn(2)];
    const others = [
      aSession({ id: 'cancelled', cancelled: true }, { startsAt: day(3), endsAt: day(3.1) }),
      sessionOn(70),
      sessionOn(4, COHORT_A, 'X9'),
    ];
    const attendance = [...counted, ...others].map((session) => record(session, 'present'));
    expect(progress({ sessions: [...counted, ...others], attendance })).toMatchObject({
      sessionsHeld: 2,
      sessionsAttended: 2,
    });
  });

  it('does not count sessions before a late promotion against the trainee', () => {
    const seats = [{ cohortId: COHORT_A, from: day(4.5) }];
    const attendance = sessions.slice(5).map((session) => record(session, 'present'));
    expect(progress({ seats, sessions, attendance })).toMatchObject({
      sessionsHeld: 5,
      sessionsAttended: 5,
      attendancePercent: 100,
    });
  });

  it('counts both cohorts of a transferred trainee, each while they sat in it', () => {
    const seats = [
      { cohortId: COHORT_A, from: day(-1), until: day(2.5) },
      { cohortId: COHORT_B, from: day(2.5) },
    ];
    const inA = [sessionOn(1), sessionOn(2), sessionOn(3)];
    const inB = [sessionOn(1, COHORT_B), sessionOn(4, COHORT_B), sessionOn(5, COHORT_B)];
    const attendance = [
      record(sessionOn(1), 'present'),
      record(sessionOn(2), 'present'),
      record(sessionOn(4, COHORT_B), 'present'),
    ];
    expect(progress({ seats, sessions: [...inA, ...inB], attendance })).toMatchObject({
      sessionsHeld: 4,
      sessionsAttended: 3,
      attendancePercent: 75,
    });
  });

  it('meets only a 0% minimum before any session is held', () => {
    expect(codes({ sessions: [] })).toEqual(['ATTENDANCE_BELOW_MINIMUM']);
    const none = aTrack({
      completion: { minAttendancePercent: 0, excusedCountsAsAttended: false, minModulesPassed: 2 },
    });
    expect(codes({ track: none, sessions: [] })).toEqual([]);
  });
});

describe('computeProgress: modules', () => {
  const sessions = [sessionOn(1)];
  const attendance = [record(sessionOn(1), 'present')];

  it('names each required module not passed, and too few modules in total', () => {
    const track = aTrack({
      completion: { minAttendancePercent: 0, excusedCountsAsAttended: false, minModulesPassed: 3 },
    });
    const result = progress({
      track,
      sessions,
      attendance,
      assessments: [passed('M2'), { ...passed('M1', 40), passed: false }],
    });
    expect(result.modulesPassed).toEqual(['M2']);
    expect(result.unmet).toEqual([
      {
        code: 'REQUIRED_MODULE_NOT_PASSED',
        moduleCode: 'M1',
        message: {
          vi: 'Chưa đạt học phần bắt buộc M1 (Quản trị dữ liệu)',
          en: 'Required module M1 (Data governance) not passed',
        },
      },
      {
        code: 'TOO_FEW_MODULES_PASSED',
        moduleCode: '',
        message: {
          vi: 'Mới đạt 1 học phần, cần ít nhất 3',
          en: '1 module(s) passed, at least 3 needed',
        },
      },
    ]);
  });

  it('counts any passing attempt and ignores modules outside the track', () => {
    const result = progress({
      sessions,
      attendance,
      assessments: [
        { ...passed('M1', 50), passed: false },
        passed('M1', 75),
        passed('M2'),
        passed('OLD'),
      ],
    });
    expect(result.modulesPassed).toEqual(['M1', 'M2']);
    expect(result.unmet).toEqual([]);
  });
});

describe('countsForTrainee', () => {
  it('counts a session overlapping the seat period at either end', () => {
    const session = sessionOn(1);
    const { startsAt, endsAt } = session.settings;
    expect(
      countsForTrainee(
        session,
        [{ cohortId: COHORT_A, from: new Date(endsAt.getTime() - 1) }],
        aTrack(),
        NOW,
      ),
    ).toBe(true);
    expect(countsForTrainee(session, [{ cohortId: COHORT_A, from: endsAt }], aTrack(), NOW)).toBe(
      false,
    );
    expect(
      countsForTrainee(
        session,
        [{ cohortId: COHORT_A, from: day(-1), until: startsAt }],
        aTrack(),
        NOW,
      ),
    ).toBe(false);
    expect(countsForTrainee(session, [{ cohortId: COHORT_B, from: day(-1) }], aTrack(), NOW)).toBe(
      false,
    );
  });
});
