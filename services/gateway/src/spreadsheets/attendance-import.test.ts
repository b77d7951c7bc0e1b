import { createHash, randomBytes } from 'node:crypto';
import { AttendanceStatus } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseAttendanceWorkbook } from './attendance-import.ts';
import { SpreadsheetError } from './errors.ts';
import { plainWorkbook, saveWorkbook } from '../../test/spreadsheets.ts';

async function expectFailure(
  bytes: Uint8Array,
  code: string,
  columns: readonly string[] = [],
  limits: Parameters<typeof parseAttendanceWorkbook>[1] = {},
) {
  const error = await parseAttendanceWorkbook(bytes, limits).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SpreadsheetError);
  expect(error).toMatchObject({ code, columns });
}

describe('parseAttendanceWorkbook', () => {
  it('reads a list under a title, by Vietnamese headers, into import rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Buổi 1');
    sheet.addRow(['Danh sách điểm danh — Khóa CĐS 01, buổi 1']);
    sheet.addRow([]);
    sheet.addRow(['STT', 'Họ và tên', 'Email', 'Điểm danh', 'Ghi chú']);
    sheet.addRow([1, 'Nguyễn Thị Thu Hà', 'ha.ntt@mst.gov.vn', 'Có mặt', '']);
    sheet.addRow([
      2,
      'Trần Văn Nam',
      { text: 'nam.tv@mof.gov.vn', hyperlink: 'mailto:nam.tv@mof.gov.vn' },
      'đi muộn',
      'Kẹt xe',
    ]);
    sheet.addRow([3, 'Lê Minh', 'minh.l@moh.gov.vn', 'VANG CO PHEP', 'Ốm']);
    sheet.addRow([4, 'Phạm An', 'an.p@mic.gov.vn', 'x']);
    sheet.addRow([]);
    sheet.addRow([5, 'Võ Lan', 'lan.v@moet.gov.vn', 'ATTENDANCE_STATUS_ABSENT']);
    const bytes = await saveWorkbook(workbook);

    const parsed = await parseAttendanceWorkbook(bytes);
    expect(parsed.sheetName).toBe('Buổi 1');
    expect(parsed.fileSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(
      parsed.rows.map(({ rowNumber, traineeEmail, status, note, cellProblems }) => ({
        rowNumber,
        traineeEmail,
        status,
        note,
        problems: cellProblems.length,
      })),
    ).toEqual([
      {
        rowNumber: 4,
        traineeEmail: 'ha.ntt@mst.gov.vn',
        status: AttendanceStatus.PRESENT,
        note: '',
        problems: 0,
      },
      {
        rowNumber: 5,
        traineeEmail: 'nam.tv@mof.gov.vn',
        status: AttendanceStatus.LATE,
        note: 'Kẹt xe',
        problems: 0,
      },
      {
        rowNumber: 6,
        traineeEmail: 'minh.l@moh.gov.vn',
        status: AttendanceStatus.EXCUSED,
        note: 'Ốm',
        problems: 0,
      },
      {
        rowNumber: 7,
        traineeEmail: 'an.p@mic.gov.vn',
        status: AttendanceStatus.PRESENT,
        note: '',
        problems: 0,
      },
      {
        rowNumber: 9,
        traineeEmail: 'lan.v@moet.gov.vn',
        status: AttendanceStatus.ABSENT,
        note: '',
        problems: 0,
      },
    ]);
  });

  it('takes English headers, typed without care, in any order', async () => {
    const bytes = await plainWorkbook(
      ['Note', 'ATTENDANCE', 'e-mail', 'Unit'],
      [['', 'Excused', 'ha.ntt@mst.gov.vn', 'Sở KH&CN']],
    );
    const [row] = (await parseAttendanceWorkbook(bytes)).rows;
    expect(row).toMatchObject({
      rowNumber: 2,
      traineeEmail: 'ha.ntt@mst.gov.vn',
      status: AttendanceStatus.EXCUSED,
    });
  });

  it('reports an unknown attendance word on its row, leaving empty cells to the service', async () => {
    const bytes = await plainWorkbook(
      ['Email', 'Trạng thái'],
      [
        ['ha.ntt@mst.gov.vn', 'có mặt một nửa'],
        ['nam.tv@mof.gov.vn', null],
      ],
    );
    const [unknown, empty] = (await parseAttendanceWorkbook(bytes)).rows;
    expect(unknown?.status).toBe(AttendanceStatus.UNSPECIFIED);
    expect(unknown?.cellProblems).toEqual([
      expect.objectContaining({
        field: 'status',
        code: 'UNKNOWN_OPTION',
        message: expect.objectContaining({
          vi: 'Điểm danh: giá trị không có trong danh sách; hãy chọn một trong: Có mặt, Đi muộn, Vắng, Vắng có phép.',
          en: 'Attendance: not one of the allowed values: Present, Late, Absent, Excused.',
        }) as unknown,
      }),
    ]);
    expect(empty).toMatchObject({ status: AttendanceStatus.UNSPECIFIED, cellProblems: [] });
  });

  it('reports a cell longer than the limit without reading it', async () => {
    const bytes = await plainWorkbook(
      ['Email', 'Điểm danh', 'Ghi chú'],
      [['ha.ntt@mst.gov.vn', 'Vắng', 'x'.repeat(50)]],
    );
    const [row] = (await parseAttendanceWorkbook(bytes, { maxCellLength: 20 })).rows;
    expect(row?.note).toBe('');
    expect(row?.cellProblems).toEqual([
      expect.objectContaining({ field: 'note', code: 'CELL_TOO_LONG' }),
    ]);
  });

  it('refuses files it cannot use as a whole', async () => {
    await expectFailure(randomBytes(2048), 'XLSX_MALFORMED');
    await expectFailure(
      await plainWorkbook(['Họ và tên', 'Đơn vị'], [['Nguyễn Thị Thu Hà', 'Sở KH&CN']]),
      'XLSX_NO_ATTENDANCE_SHEET',
    );
    await expectFailure(
      await plainWorkbook(['Email', 'Ghi chú'], [['ha.ntt@mst.gov.vn', '']]),
      'XLSX_MISSING_COLUMNS',
      ['status'],
    );
    await expectFailure(
      await plainWorkbook(['Email', 'Điểm danh', 'Status'], [['ha.ntt@mst.gov.vn', 'x', 'x']]),
      'XLSX_DUPLICATE_COLUMNS',
      ['status'],
    );
    await expectFailure(await plainWorkbook(['Email', 'Điểm danh'], []), 'XLSX_EMPTY');
    await expectFailure(
      await plainWorkbook(
        ['Email', 'Điểm danh'],
        [
          ['a@b.vn', 'x'],
          ['c@d.vn', 'x'],
          ['e@f.vn', 'x'],
        ],
      ),
      'XLSX_TOO_MANY_ROWS',
      [],
      { maxRows: 2 },
    );
  });
});
