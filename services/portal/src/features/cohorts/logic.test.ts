import { describe, expect, it } from 'vitest';
import {
  attendanceCounts,
  attendanceRoster,
  changedMarks,
  checkInUrl,
  checkInWindowState,
  graduationPreview,
  instantOfLocalInput,
  latestAttempts,
  localInputOfInstant,
  nextRefreshDelay,
  parseScore,
  parseWholeNumber,
  secondsUntil,
  sessionsInOrder,
} from './logic.ts';
import type { Enrolment } from './types.ts';

const enrolment = (id: string, unmet: number, status: Enrolment['status']): Enrolment => ({
  id,
  status,
  trainee: { fullName: `Học viên ${id}`, email: `${id}@demo.vn` },
  progress: {
    unmet: Array.from({ length: unmet }, () => ({ code: 'ATTENDANCE_BELOW_MINIMUM' })),
  },
});

describe('check-in display', () => {
  it('points the QR code at the expert check-in page with the session and code', () => {
    expect(checkInUrl('https://portal.vn', 'abc-1', '012345')).toBe(
      'https://portal.vn/check-in?session=abc-1&code=012345',
    );
  });

  it('counts down whole seconds and refreshes just after the rotation', () => {
    const code = { validUntil: '2026-12-06T18:07:00Z' };
    const now = Date.parse('2026-12-06T18:06:30.500Z');
    expect(secondsUntil(code.validUntil, now)).toBe(30);
    expect(secondsUntil(code.validUntil, now + 60_000)).toBe(0);
    expect(nextRefreshDelay(code, now)).toBe(29_800);
    expect(nextRefreshDelay(code, now + 60_000)).toBe(1000);
    expect(nextRefreshDelay({}, now)).toBe(15_000);
  });

  it('tells whether the check-in window is open', () => {
    const code = {
      windowOpensAt: '2026-12-07T17:46:00Z',
      windowClosesAt: '2026-12-07T19:01:00Z',
    };
    expect(checkInWindowState(code, Date.parse('2026-12-07T17:00:00Z'))).toBe('not-open');
    expect(checkInWindowState(code, Date.parse('2026-12-07T18:00:00Z'))).toBe('open');
    expect(checkInWindowState(code, Date.parse('2026-12-07T19:01:00Z'))).toBe('closed');
  });
});

describe('sessions', () => {
  it('orders sessions by start', () => {
    const ordered = sessionsInOrder([
      { id: 'b', settings: { startsAt: '2026-12-14T01:00:00Z' } as never },
      { id: 'a', settings: { startsAt: '2026-12-07T01:00:00Z' } as never },
    ]);
    expect(ordered.map((session) => session.id)).toEqual(['a', 'b']);
  });

  it('converts datetime-local values in Vietnam time both ways', () => {
    expect(localInputOfInstant('2026-12-07T01:30:00Z')).toBe('2026-12-07T08:30');
    expect(instantOfLocalInput('2026-12-07T08:30')).toBe('2026-12-07T01:30:00.000Z');
    expect(instantOfLocalInput('2026-12-07')).toBe('');
    expect(localInputOfInstant(undefined)).toBe('');
  });
});

describe('graduation preview', () => {
  it('graduates enrolled trainees with nothing unmet and lists the others', () => {
    const preview = graduationPreview([
      enrolment('1', 0, 'ENROLMENT_STATUS_ENROLLED'),
      enrolment('2', 2, 'ENROLMENT_STATUS_ENROLLED'),
      enrolment('3', 0, 'ENROLMENT_STATUS_GRADUATED'),
      enrolment('4', 0, 'ENROLMENT_STATUS_DROPPED'),
    ]);
    expect(preview.eligible.map((e) => e.id)).toEqual(['1']);
    expect(preview.notEligible.map((e) => e.id)).toEqual(['2']);
  });
});

describe('attendance', () => {
  const enrolments = [
    enrolment('1', 0, 'ENROLMENT_STATUS_ENROLLED'),
    enrolment('2', 0, 'ENROLMENT_STATUS_ENROLLED'),
    enrolment('3', 0, 'ENROLMENT_STATUS_DROPPED'),
  ];
  const records = [
    { enrolmentId: '1', status: 'ATTENDANCE_STATUS_PRESENT' as const, note: '' },
    { enrolmentId: '3', status: 'ATTENDANCE_STATUS_LATE' as const, traineeName: 'Người đã nghỉ' },
  ];

  it('lists enrolled trainees, then marked people no longer enrolled', () => {
    const roster = attendanceRoster(enrolments, records);
    expect(roster.map((row) => [row.enrolmentId, row.record?.status])).toEqual([
      ['1', 'ATTENDANCE_STATUS_PRESENT'],
      ['2', undefined],
      ['3', 'ATTENDANCE_STATUS_LATE'],
    ]);
    expect(roster[2]?.name).toBe('Người đã nghỉ');
    const counts = attendanceCounts(roster);
    expect(counts.ATTENDANCE_STATUS_PRESENT).toBe(1);
    expect(counts.ATTENDANCE_STATUS_LATE).toBe(1);
    expect(counts.unmarked).toBe(1);
  });

  it('sends only the marks that changed', () => {
    const roster = attendanceRoster(enrolments, records);
    expect(
      changedMarks(roster, {
        '1': { status: 'ATTENDANCE_STATUS_PRESENT', note: '' },
        '2': { status: 'ATTENDANCE_STATUS_EXCUSED', note: ' Ốm ' },
        '3': { status: '', note: 'x' },
      }),
    ).toEqual([{ enrolmentId: '2', status: 'ATTENDANCE_STATUS_EXCUSED', note: 'Ốm' }]);
  });
});

describe('assessments', () => {
  it('keeps each trainee’s latest attempt per module', () => {
    const latest = latestAttempts([
      { enrolmentId: '1', moduleCode: 'M1', attempt: 1, score: 40 },
      { enrolmentId: '1', moduleCode: 'M1', attempt: 2, score: 75 },
      { enrolmentId: '1', moduleCode: 'M2', attempt: 1, score: 90 },
    ]);
    expect(latest.get('1 M1')?.score).toBe(75);
    expect(latest.get('1 M2')?.score).toBe(90);
  });

  it('reads scores 0..100 only', () => {
    expect(parseScore(' 85 ')).toBe(85);
    expect(parseScore('100')).toBe(100);
    expect(parseScore('101')).toBeUndefined();
    expect(parseScore('8.5')).toBeUndefined();
    expect(parseScore('')).toBeUndefined();
    expect(parseWholeNumber('40')).toBe(40);
    expect(parseWholeNumber('-1')).toBeUndefined();
  });
});
