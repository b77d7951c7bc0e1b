import { describe, expect, it } from 'vitest';
import { checkIn, CheckInRefused, type CheckInAttempt } from './check-in.ts';
import { checkInCodeAt, checkInStep } from './check-in-code.ts';
import {
  aCohort,
  aContext,
  anActor,
  anEnrolment,
  aSession,
  aView,
  caught,
  CHECK_IN_KEY,
  COHORT_A,
  COHORT_B,
  minutesAfter,
  SESSION_ID,
  SESSION_START,
} from '../../test/fixtures.ts';
import type { AttendanceRecord } from './types.ts';

/** The session starts at 08:30 Vietnam time; check-in opens 08:15, is late after 08:40, closes 09:00. */
const at = (minutes: number, seconds = 0) =>
  new Date(minutesAfter(SESSION_START, minutes).getTime() + seconds * 1000);
const codeAt = (now: Date) => checkInCodeAt(CHECK_IN_KEY, SESSION_ID, checkInStep(now, 60));
const trainee = (now: Date) =>
  aContext({ actor: anActor({ subject: 'trainee-1', roles: [] }), now });

function attempt(now: Date, overrides: Partial<CheckInAttempt> = {}): CheckInAttempt {
  return {
    session: aSession(),
    view: aView(),
    enrolment: anEnrolment(),
    code: codeAt(now),
    key: CHECK_IN_KEY,
    ...overrides,
  };
}

describe('checkIn: the window', () => {
  it.each<[string, Date, 'present' | 'late' | 'CHECK_IN_NOT_OPEN_YET' | 'CHECK_IN_CLOSED']>([
    ['08:14:59', at(-15, -1), 'CHECK_IN_NOT_OPEN_YET'],
    ['08:15 (opening)', at(-15), 'present'],
    ['08:30 (start)', at(0), 'present'],
    ['08:40 (the late mark itself)', at(10), 'present'],
    ['08:40:01', at(10, 1), 'late'],
    ['08:59:59', at(29, 59), 'late'],
    ['09:00 (closing)', at(30), 'CHECK_IN_CLOSED'],
    ['10:00', at(90), 'CHECK_IN_CLOSED'],
  ])('at %s: %s', (_time, now, expected) => {
    const act = () => checkIn(attempt(now), trainee(now));
    if (expected === 'present' || expected === 'late') {
      expect(act().record).toMatchObject({
        status: expected,
        source: 'check-in',
        recordedBy: 'trainee-1',
        recordedAt: now,
      });
    } else {
      expect(caught(act)).toMatchObject({ kind: 'failed-precondition', code: expected });
    }
  });

  it('says when the window is, in Vietnamese and English', () => {
    const now = at(-60);
    const error = caught(() => checkIn(attempt(now), trainee(now)));
    expect(error).toBeInstanceOf(CheckInRefused);
    const { text } = error as unknown as CheckInRefused;
    expect(text.vi).toBe('Chưa đến giờ điểm danh: mở từ 08:15 06/10/2025 đến 09:00 (giờ Việt Nam)');
    expect(text.en).toBe('Check-in is not open yet: from 08:15 06/10/2025 to 09:00 (Vietnam time)');
    expect(error.message).toBe(`${text.vi} (${text.en})`);
  });

  it('judges the window before the code, so an early trainee learns when to come back', () => {
    const now = at(-30);
    expect(caught(() => checkIn(attempt(now, { code: '000000' }), trainee(now))).code).toBe(
      'CHECK_IN_NOT_OPEN_YET',
    );
  });
});

describe('checkIn: the code', () => {
  it('refuses an expired code and a wrong one with their own codes', () => {
    const now = at(5);
    const old = codeAt(at(2));
    expect(caught(() => checkIn(attempt(now, { code: old }), trainee(now)))).toMatchObject({
      code: 'CHECK_IN_CODE_EXPIRED',
      message: expect.stringContaining('hết hạn') as unknown,
    });
    const wrong = codeAt(now) === '123456' ? '654321' : '123456';
    expect(caught(() => checkIn(attempt(now, { code: wrong }), trainee(now))).code).toBe(
      'CHECK_IN_CODE_INVALID',
    );
  });
});

describe('checkIn: the record', () => {
  it('publishes SessionAttended with what consumers count', () => {
    const now = at(1);
    const result = checkIn(attempt(now), trainee(now));
    expect(result.records).toEqual([result.record]);
    expect(result.events).toEqual([
      {
        type: 'cohorts.session.attended',
        orgCode: 'BKHCN',
        payload: {
          sessionId: SESSION_ID,
          moduleCode: 'M1',
          sessionStartsAt: SESSION_START,
          enrolmentId: anEnrolment().id,
          traineeUserSubject: 'trainee-1',
          cohort: expect.objectContaining({ cohortId: COHORT_A }) as unknown,
          status: 'present',
          source: 'check-in',
          recordedAt: now,
        },
      },
    ]);
  });

  it('keeps a record already there (a facilitator mark or an earlier check-in) and publishes nothing', () => {
    const now = at(1);
    const existing: AttendanceRecord = {
      sessionId: SESSION_ID,
      enrolmentId: anEnrolment().id,
      traineeName: 'Nguyễn Thị Thu Hà',
      status: 'excused',
      source: 'facilitator',
      note: 'Đi công tác',
      recordedBy: 'fac-1',
      recordedAt: at(-60),
    };
    expect(checkIn(attempt(now, { existing }), trainee(now))).toEqual({
      record: existing,
      records: [],
      events: [],
    });
  });

  it('refuses a cancelled session and a trainee without a seat in the cohort', () => {
    const now = at(1);
    expect(
      caught(() => checkIn(attempt(now, { session: aSession({ cancelled: true }) }), trainee(now)))
        .code,
    ).toBe('SESSION_CANCELLED');
    const elsewhere = anEnrolment({ cohortId: COHORT_B });
    expect(caught(() => checkIn(attempt(now, { enrolment: elsewhere }), trainee(now))).code).toBe(
      'NOT_IN_COHORT',
    );
    const waiting = anEnrolment({ status: 'waitlisted' });
    expect(caught(() => checkIn(attempt(now, { enrolment: waiting }), trainee(now))).code).toBe(
      'NOT_IN_COHORT',
    );
  });

  it('treats a session of another cohort as a bug of the caller', () => {
    const now = at(1);
    expect(() =>
      checkIn(attempt(now, { view: aView(aCohort({ id: COHORT_B })) }), trainee(now)),
    ).toThrow(/belongs to cohort/);
  });
});
