import { describe, expect, it } from 'vitest';
import { markAttendance, markProblem, type AttendanceMark } from './attendance.ts';
import {
  aContext,
  anActor,
  anEnrolment,
  aSession,
  aTrainee,
  aView,
  caught,
  COHORT_B,
  minutesAfter,
  SESSION_ID,
  SESSION_START,
} from '../../test/fixtures.ts';
import type { AttendanceRecord, AttendanceStatus } from './types.ts';

const ha = anEnrolment();
const binh = anEnrolment({
  id: 'e0000000-0000-5000-8000-000000000002',
  trainee: aTrainee({
    fullName: 'Trần Văn Bình',
    email: 'binh@example.gov.vn',
    userSubject: 'trainee-2',
    organisationCode: 'P-OLD',
    effectiveOrganisationCode: 'P-OLD',
  }),
});
const afterStart = minutesAfter(SESSION_START, 120);
const facilitator = (now = afterStart) =>
  aContext({ actor: anActor({ subject: 'fac-1', roles: [] }), now });
const mark = (enrolmentId: string, status: AttendanceStatus, note = ''): AttendanceMark => ({
  enrolmentId,
  status,
  note,
});

describe('markProblem', () => {
  it.each<[string, AttendanceStatus, Date, string | undefined]>([
    ['present after the start', 'present', afterStart, undefined],
    ['absent before the start', 'absent', minutesAfter(SESSION_START, -1), 'SESSION_NOT_STARTED'],
    ['excused before the start', 'excused', minutesAfter(SESSION_START, -600), undefined],
  ])('%s', (_case, status, now, problem) => {
    expect(markProblem(aSession(), ha, status, now)).toBe(problem);
  });

  it('refuses trainees without a seat in the cohort', () => {
    expect(markProblem(aSession(), undefined, 'present', afterStart)).toBe('NOT_IN_COHORT');
    expect(
      markProblem(aSession(), anEnrolment({ cohortId: COHORT_B }), 'present', afterStart),
    ).toBe('NOT_IN_COHORT');
    expect(markProblem(aSession(), anEnrolment({ status: 'dropped' }), 'present', afterStart)).toBe(
      'NOT_IN_COHORT',
    );
  });
});

describe('markAttendance', () => {
  it('writes each mark with its event, in the trainee organisation in force', () => {
    const change = markAttendance(
      aSession(),
      aView(),
      [mark(ha.id, 'late', ' Đến muộn 20 phút '), mark(binh.id, 'absent')],
      [ha, binh],
      [],
      facilitator(),
    );
    expect(change.records).toEqual([
      expect.objectContaining({
        enrolmentId: ha.id,
        status: 'late',
        note: 'Đến muộn 20 phút',
        source: 'facilitator',
        recordedBy: 'fac-1',
      }),
      expect.objectContaining({
        enrolmentId: binh.id,
        traineeName: 'Trần Văn Bình',
        status: 'absent',
      }),
    ]);
    expect(
      change.events.map((event) => [
        event.orgCode,
        event.payload.status,
        event.payload.traineeUserSubject,
      ]),
    ).toEqual([
      ['BKHCN', 'late', 'trainee-1'],
      ['P-OLD', 'absent', 'trainee-2'],
    ]);
  });

  it('overrides a check-in, and publishes a correction to absent too', () => {
    const checkedIn: AttendanceRecord = {
      sessionId: SESSION_ID,
      enrolmentId: ha.id,
      traineeName: ha.trainee.fullName,
      status: 'present',
      source: 'check-in',
      note: '',
      recordedBy: 'trainee-1',
      recordedAt: SESSION_START,
    };
    const change = markAttendance(
      aSession(),
      aView(),
      [mark(ha.id, 'absent', 'Nhờ người điểm danh hộ')],
      [ha],
      [checkedIn],
      facilitator(),
    );
    expect(change.records[0]).toMatchObject({ status: 'absent', source: 'facilitator' });
    expect(change.events[0]?.payload.status).toBe('absent');
  });

  it('writes nothing again for the same mark (a retried request)', () => {
    const first = markAttendance(
      aSession(),
      aView(),
      [mark(ha.id, 'present')],
      [ha],
      [],
      facilitator(),
    );
    const again = markAttendance(
      aSession(),
      aView(),
      [mark(ha.id, 'present')],
      [ha],
      first.records,
      facilitator(),
    );
    expect(again).toEqual({ records: [], events: [] });
  });

  it('reports every refused mark at once', () => {
    const outsider = anEnrolment({ id: 'outsider', cohortId: COHORT_B });
    const early = minutesAfter(SESSION_START, -30);
    expect(
      caught(() =>
        markAttendance(
          aSession(),
          aView(),
          [mark(outsider.id, 'present'), mark(ha.id, 'absent')],
          [outsider, ha],
          [],
          facilitator(early),
        ),
      ),
    ).toMatchObject({
      kind: 'failed-precondition',
      code: 'NOT_IN_COHORT',
      violations: [
        {
          field: 'marks[0].enrolment_id',
          description: "does not hold a seat in the session's cohort",
        },
        { field: 'marks[1].status', description: 'only excused before the session starts' },
      ],
    });
  });

  it('refuses an over-long note and a cancelled session', () => {
    expect(
      caught(() =>
        markAttendance(
          aSession(),
          aView(),
          [mark(ha.id, 'present', 'x'.repeat(501))],
          [ha],
          [],
          facilitator(),
        ),
      ).code,
    ).toBe('INVALID_ARGUMENT');
    expect(
      caught(() =>
        markAttendance(
          aSession({ cancelled: true }),
          aView(),
          [mark(ha.id, 'present')],
          [ha],
          [],
          facilitator(),
        ),
      ).code,
    ).toBe('SESSION_CANCELLED');
  });
});
