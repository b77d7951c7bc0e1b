import { describe, expect, it } from 'vitest';
import {
  importAttendance,
  type AttendanceImportRow,
  type ImportOptions,
} from './attendance-import.ts';
import {
  aContext,
  anActor,
  anEnrolment,
  aSession,
  aTrainee,
  aView,
  COHORT_B,
  minutesAfter,
  SESSION_START,
} from '../../test/fixtures.ts';

const ha = anEnrolment();
const binh = anEnrolment({
  id: 'e-binh',
  trainee: aTrainee({ fullName: 'Trần Văn Bình', email: 'binh@example.gov.vn' }),
});
const elsewhere = anEnrolment({
  id: 'e-lan',
  cohortId: COHORT_B,
  trainee: aTrainee({ email: 'lan@example.gov.vn' }),
});
const enrolments = [ha, binh, elsewhere];
const context = aContext({
  actor: anActor({ subject: 'fac-1', roles: [] }),
  now: minutesAfter(SESSION_START, 240),
});
const WRITE: ImportOptions = { allOrNothing: false, dryRun: false };

const row = (
  rowNumber: number,
  traineeEmail: string,
  status: AttendanceImportRow['status'] = 'present',
): AttendanceImportRow => ({
  rowNumber,
  traineeEmail,
  status,
  note: '',
  cellProblems: [],
});

const run = (rows: readonly AttendanceImportRow[], options = WRITE) =>
  importAttendance(aSession(), aView(), rows, enrolments, [], options, context);

describe('importAttendance', () => {
  it('writes good rows, matching emails whatever their case', () => {
    const result = run([row(2, 'HA.NTT@example.gov.vn'), row(3, 'binh@example.gov.vn', 'absent')]);
    expect(result).toMatchObject({ written: 2, invalid: 0 });
    expect(result.rows).toEqual([
      { rowNumber: 2, written: true, enrolmentId: ha.id, problems: [] },
      { rowNumber: 3, written: true, enrolmentId: 'e-binh', problems: [] },
    ]);
    expect(
      result.records.map((record) => [record.enrolmentId, record.status, record.source]),
    ).toEqual([
      [ha.id, 'present', 'import'],
      ['e-binh', 'absent', 'import'],
    ]);
    expect(result.events).toHaveLength(2);
  });

  it('reports each bad row with a stable code and a bilingual message', () => {
    const unreadable = {
      ...row(6, 'binh@example.gov.vn'),
      status: undefined,
      cellProblems: [
        { field: 'status', code: 'UNKNOWN_STATUS', message: { vi: 'Không rõ', en: 'Unknown' } },
      ],
    };
    const result = run([
      row(2, 'nobody@example.gov.vn'),
      row(3, 'lan@example.gov.vn'),
      row(4, ''),
      { ...row(5, 'ha.ntt@example.gov.vn'), status: undefined },
      unreadable,
      row(7, 'ha.ntt@example.gov.vn'),
    ]);
    expect(
      result.rows.map((report) => [
        report.rowNumber,
        report.written,
        report.problems.map((problem) => problem.code),
      ]),
    ).toEqual([
      [2, false, ['UNKNOWN_TRAINEE']],
      [3, false, ['NOT_IN_COHORT']],
      [4, false, ['EMAIL_MISSING']],
      [5, false, ['STATUS_MISSING']],
      [6, false, ['UNKNOWN_STATUS']],
      [7, false, ['DUPLICATE_ROW']],
    ]);
    expect(result.rows[5]?.problems[0]?.message).toEqual({
      vi: 'Học viên này đã có ở dòng 5',
      en: 'This trainee is already on row 5',
    });
    expect(result).toMatchObject({ written: 0, invalid: 6 });
  });

  it('writes nothing when all or nothing is asked and a row is bad', () => {
    const result = run([row(2, 'ha.ntt@example.gov.vn'), row(3, 'nobody@example.gov.vn')], {
      allOrNothing: true,
      dryRun: false,
    });
    expect(result).toMatchObject({ written: 0, invalid: 1, records: [], events: [] });
    expect(result.rows[0]).toMatchObject({ written: false, problems: [] });
  });

  it('writes the good rows of a bad file otherwise', () => {
    const result = run([row(2, 'ha.ntt@example.gov.vn'), row(3, 'nobody@example.gov.vn')]);
    expect(result).toMatchObject({ written: 1, invalid: 1 });
  });

  it('reports without writing on a dry run', () => {
    const result = run([row(2, 'ha.ntt@example.gov.vn')], { allOrNothing: false, dryRun: true });
    expect(result).toMatchObject({ written: 0, invalid: 0, records: [], events: [] });
  });

  it('refuses presence before the session starts', () => {
    const early = aContext({ now: minutesAfter(SESSION_START, -60) });
    const result = importAttendance(
      aSession(),
      aView(),
      [row(2, 'ha.ntt@example.gov.vn'), row(3, 'binh@example.gov.vn', 'excused')],
      enrolments,
      [],
      WRITE,
      early,
    );
    expect(result.rows.map((report) => report.problems.map((problem) => problem.code))).toEqual([
      ['SESSION_NOT_STARTED'],
      [],
    ]);
  });

  it('counts a row equal to the stored record as written without publishing it again', () => {
    const first = run([row(2, 'ha.ntt@example.gov.vn')]);
    const again = importAttendance(
      aSession(),
      aView(),
      [row(2, 'ha.ntt@example.gov.vn')],
      enrolments,
      first.records,
      WRITE,
      context,
    );
    expect(again).toMatchObject({ written: 1, records: [], events: [] });
  });
});
