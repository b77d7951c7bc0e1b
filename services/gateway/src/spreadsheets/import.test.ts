import { createHash, randomBytes } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import {
  CandidateSchema,
  EducationLevel,
  EmploymentType,
  Gender,
  ImportRowSchema,
  PriorTrainingSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import { SpreadsheetError, type SpreadsheetErrorCode } from './errors.ts';
import { parseNominationWorkbook } from './import.ts';
import { buildNominationTemplate, FIRST_DATA_ROW } from './template.ts';
import {
  filledTemplate,
  openWorkbook,
  plainWorkbook,
  saveWorkbook,
  zipOf,
  type SheetRow,
} from '../../test/spreadsheets.ts';

const complete: SheetRow = {
  'candidate.full_name': 'Nguyễn Thị Thu Hà',
  'candidate.date_of_birth': new Date(Date.UTC(1985, 2, 15)),
  'candidate.gender': 'Nữ',
  national_id: '001085012345',
  'candidate.position': 'Phó Giám đốc Sở',
  'candidate.unit': 'Sở Khoa học và Công nghệ',
  'candidate.employment_type': 'Công chức',
  'candidate.education_level': 'Thạc sĩ',
  'candidate.field_of_study': 'Công nghệ thông tin',
  'candidate.digital_background': 'Có',
  'candidate.years_of_service': 12,
  'candidate.years_of_experience': 5,
  'candidate.specialties': 'Dữ liệu số; An toàn thông tin, Chính phủ số',
  'candidate.languages': 'Tiếng Anh; fr',
  'candidate.email': { text: 'ha.ntt@mst.gov.vn', hyperlink: 'mailto:ha.ntt@mst.gov.vn' },
  'candidate.phone': '0912 345 678',
  'candidate.prior_trainings[0].title': 'Bồi dưỡng chuyển đổi số cơ bản',
  'candidate.prior_trainings[0].provider': 'Học viện Chính trị quốc gia Hồ Chí Minh',
  'candidate.prior_trainings[0].year': 2023,
};

async function failure(bytes: Uint8Array, limits = {}): Promise<SpreadsheetError> {
  const error: unknown = await parseNominationWorkbook(bytes, limits).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof SpreadsheetError)) throw new Error(`expected a SpreadsheetError`);
  return error;
}

async function expectFailure(bytes: Uint8Array, code: SpreadsheetErrorCode, limits = {}) {
  const error = await failure(bytes, limits);
  expect(error.code).toBe(code);
  expect(error.localized.vi).not.toBe('');
  expect(error.localized.en).toBe(error.message);
  return error;
}

describe('parseNominationWorkbook: round trip through the template', () => {
  it('reads a filled template into import rows, skipping empty rows', async () => {
    const second: SheetRow = {
      'candidate.full_name': '  Trần   Văn Bình ',
      'candidate.date_of_birth': '01/07/1990',
      'candidate.gender': 'Male',
      national_id: '079090001234',
      'candidate.position': 'Chuyên viên',
      'candidate.unit': 'Văn phòng UBND tỉnh',
      'candidate.employment_type': 'public employee',
      'candidate.education_level': 'Thạc sỹ',
      'candidate.digital_background': 'No',
      'candidate.years_of_service': '3 năm',
      'candidate.languages': 'English (B2, IELTS 6.5)',
      'candidate.email': 'binh.tv@laocai.gov.vn',
      'candidate.phone': 912345678,
    };
    const bytes = await filledTemplate([complete, null, second]);
    const parsed = await parseNominationWorkbook(bytes);

    expect(parsed.sheetName).toBe('Đề cử (Nominations)');
    expect(parsed.ignoredHeaders).toEqual([]);
    expect(parsed.rows).toEqual([
      create(ImportRowSchema, {
        rowNumber: FIRST_DATA_ROW,
        nationalId: '001085012345',
        candidate: create(CandidateSchema, {
          fullName: 'Nguyễn Thị Thu Hà',
          dateOfBirth: '1985-03-15',
          gender: Gender.FEMALE,
          position: 'Phó Giám đốc Sở',
          unit: 'Sở Khoa học và Công nghệ',
          email: 'ha.ntt@mst.gov.vn',
          phone: '0912345678',
          employmentType: EmploymentType.CIVIL_SERVANT,
          educationLevel: EducationLevel.MASTER,
          fieldOfStudy: 'Công nghệ thông tin',
          digitalBackground: true,
          yearsOfService: 12,
          yearsOfExperience: 5,
          specialties: ['Dữ liệu số', 'An toàn thông tin', 'Chính phủ số'],
          languages: ['en', 'fr'],
          priorTrainings: [
            create(PriorTrainingSchema, {
              title: 'Bồi dưỡng chuyển đổi số cơ bản',
              provider: 'Học viện Chính trị quốc gia Hồ Chí Minh',
              year: 2023,
            }),
          ],
        }),
      }),
      create(ImportRowSchema, {
        rowNumber: FIRST_DATA_ROW + 2,
        nationalId: '079090001234',
        candidate: create(CandidateSchema, {
          fullName: 'Trần Văn Bình',
          dateOfBirth: '1990-07-01',
          gender: Gender.MALE,
          position: 'Chuyên viên',
          unit: 'Văn phòng UBND tỉnh',
          email: 'binh.tv@laocai.gov.vn',
          phone: '0912345678',
          employmentType: EmploymentType.PUBLIC_EMPLOYEE,
          educationLevel: EducationLevel.MASTER,
          digitalBackground: false,
          yearsOfService: 3,
          languages: ['en'],
        }),
      }),
    ]);
  });

  it('gives the SHA-256 of the file, the same for the same bytes', async () => {
    const bytes = await filledTemplate([complete]);
    const first = await parseNominationWorkbook(bytes);
    const again = await parseNominationWorkbook(Buffer.from(bytes));
    expect(first.fileSha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(first.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(again.fileSha256).toBe(first.fileSha256);
  });

  it('keeps Vietnamese typed in decomposed form (NFD) as composed text (NFC)', async () => {
    const decomposed = 'Nguyễn Thị Thu Hà'.normalize('NFD');
    const bytes = await filledTemplate([{ ...complete, 'candidate.full_name': decomposed }]);
    const [row] = (await parseNominationWorkbook(bytes)).rows;
    expect(row?.candidate?.fullName).toBe('Nguyễn Thị Thu Hà'.normalize('NFC'));
  });

  it('recovers a national ID that Excel stored as a number without its leading zeros', async () => {
    const bytes = await filledTemplate([{ ...complete, national_id: 1085012345 }]);
    const [row] = (await parseNominationWorkbook(bytes)).rows;
    expect(row?.nationalId).toBe('001085012345');
    expect(row?.cellProblems).toEqual([]);
  });

  it('flags a national ID number that cannot be recovered', async () => {
    const bytes = await filledTemplate([{ ...complete, national_id: 123456789 }]);
    const [row] = (await parseNominationWorkbook(bytes)).rows;
    expect(row?.nationalId).toBe('');
    expect(row?.cellProblems.map((problem) => [problem.field, problem.code])).toEqual([
      ['national_id', 'NATIONAL_ID_DIGITS_LOST'],
    ]);
  });

  it('finds columns by their keys after columns are reordered and one is added', async () => {
    const bytes = await filledTemplate([complete], (sheet) => {
      sheet.spliceColumns(1, 0, ['STT (No.)', null, 1]);
      // Column values are indexed by row number; splicing takes them from row 1.
      const moved = sheet.getColumn(2).values.slice(1);
      sheet.spliceColumns(2, 1);
      sheet.spliceColumns(10, 0, moved);
    });
    const parsed = await parseNominationWorkbook(bytes);
    expect(parsed.ignoredHeaders).toEqual(['STT (No.)']);
    expect(parsed.rows[0]?.candidate?.fullName).toBe('Nguyễn Thị Thu Hà');
    expect(parsed.rows[0]?.candidate?.dateOfBirth).toBe('1985-03-15');
    expect(parsed.rows[0]?.cellProblems).toEqual([]);
  });

  it('repeats a value merged down several rows into each of them', async () => {
    const second = { ...complete, 'candidate.full_name': 'Lê Văn Cường', 'candidate.unit': null };
    const bytes = await filledTemplate([complete, second], (sheet) => {
      sheet.mergeCells(FIRST_DATA_ROW, 6, FIRST_DATA_ROW + 1, 6);
    });
    const units = (await parseNominationWorkbook(bytes)).rows.map((row) => row.candidate?.unit);
    expect(units).toEqual(['Sở Khoa học và Công nghệ', 'Sở Khoa học và Công nghệ']);
  });
});

describe('parseNominationWorkbook: cells that cannot be read', () => {
  it('reports each as a problem of its row with the field path, reading the rest', async () => {
    const bytes = await filledTemplate([
      {
        ...complete,
        'candidate.date_of_birth': '31/02/1990',
        'candidate.gender': 'Nam giới?',
        'candidate.years_of_service': 'nhiều',
        'candidate.languages': 'Tiếng Anh; Klingon',
        'candidate.digital_background': 'có lẽ',
        'candidate.unit': { error: '#N/A' },
        'candidate.prior_trainings[1].year': 'năm ngoái',
      },
    ]);
    const [row] = (await parseNominationWorkbook(bytes)).rows;
    expect(row?.cellProblems.map((problem) => [problem.field, problem.code])).toEqual([
      ['candidate.date_of_birth', 'INVALID_DATE'],
      ['candidate.gender', 'UNKNOWN_OPTION'],
      ['candidate.unit', 'CELL_ERROR'],
      ['candidate.digital_background', 'UNKNOWN_OPTION'],
      ['candidate.years_of_service', 'NOT_A_WHOLE_NUMBER'],
      ['candidate.languages', 'UNKNOWN_LANGUAGE'],
      ['candidate.prior_trainings[1].year', 'NOT_A_WHOLE_NUMBER'],
    ]);
    expect(row?.candidate?.fullName).toBe('Nguyễn Thị Thu Hà');
    expect(row?.candidate?.dateOfBirth).toBe('');
    expect(row?.candidate?.gender).toBe(Gender.UNSPECIFIED);
  });

  it('words each problem in Vietnamese and English, naming the column', async () => {
    const bytes = await filledTemplate([{ ...complete, 'candidate.gender': 'X' }]);
    const [problem] = (await parseNominationWorkbook(bytes)).rows[0]?.cellProblems ?? [];
    expect(problem?.message?.vi).toBe(
      'Giới tính: giá trị không có trong danh sách; hãy chọn một trong: Nam, Nữ, Khác.',
    );
    expect(problem?.message?.en).toBe(
      'Gender: not one of the allowed values: Male, Female, Other.',
    );
  });

  it('does not read overlong cells', async () => {
    const bytes = await filledTemplate([{ ...complete, 'candidate.position': 'x'.repeat(50) }]);
    const [row] = (await parseNominationWorkbook(bytes, { maxCellLength: 40 })).rows;
    expect(row?.candidate?.position).toBe('');
    expect(row?.cellProblems[0]?.code).toBe('CELL_TOO_LONG');
  });
});

describe('parseNominationWorkbook: sheets without the template', () => {
  const headers = [
    'Email',
    'Họ và tên',
    'Ngay sinh',
    'Gender',
    'Số định danh cá nhân (CCCD)',
    'Chức vụ',
    'Đơn vị công tác',
    'Employment type',
    'Trình độ đào tạo',
    'Số điện thoại',
    'Ghi chú',
  ];

  it('reads columns by their labels, in either language, in any order', async () => {
    const bytes = await plainWorkbook(headers, [
      [
        'ha@mst.gov.vn',
        'Phạm Thu Hà',
        '20/11/1988',
        'Female',
        '001188000111',
        'Trưởng phòng',
        'Cục Chuyển đổi số quốc gia',
        'Civil servant',
        'Đại học',
        '0987654321',
        'đề cử bổ sung',
      ],
    ]);
    const parsed = await parseNominationWorkbook(bytes);
    expect(parsed.ignoredHeaders).toEqual(['Ghi chú']);
    expect(parsed.rows[0]?.rowNumber).toBe(2);
    expect(parsed.rows[0]?.candidate).toMatchObject({
      fullName: 'Phạm Thu Hà',
      dateOfBirth: '1988-11-20',
      gender: Gender.FEMALE,
      educationLevel: EducationLevel.BACHELOR,
      email: 'ha@mst.gov.vn',
    });
  });

  it('names the required columns that are missing', async () => {
    const bytes = await plainWorkbook(['Họ và tên', 'Email', 'Ngày sinh'], [['A', 'a@b.vn', '']]);
    const error = await expectFailure(bytes, 'XLSX_MISSING_COLUMNS');
    expect(error.columns).toEqual([
      'candidate.gender',
      'national_id',
      'candidate.position',
      'candidate.unit',
      'candidate.employment_type',
      'candidate.education_level',
      'candidate.phone',
    ]);
    expect(error.localized.vi).toContain('Giới tính, Số định danh cá nhân (CCCD), Chức vụ');
  });

  it('finds a column deleted from the template missing', async () => {
    const bytes = await filledTemplate([complete], (sheet) => {
      sheet.spliceColumns(3, 1);
    });
    const error = await expectFailure(bytes, 'XLSX_MISSING_COLUMNS');
    expect(error.columns).toEqual(['candidate.gender']);
  });

  it('refuses a column given twice', async () => {
    const bytes = await plainWorkbook([...headers, 'Thư điện tử'], [['a@b.vn']]);
    const error = await expectFailure(bytes, 'XLSX_DUPLICATE_COLUMNS');
    expect(error.columns).toEqual(['candidate.email']);
  });

  it('refuses a workbook with no nomination sheet', async () => {
    await expectFailure(
      await plainWorkbook(['Tên tỉnh', 'Dân số'], [['Lào Cai', 1]]),
      'XLSX_NO_SHEET',
    );
  });
});

describe('parseNominationWorkbook: files it refuses', () => {
  it('refuses the empty template', async () => {
    await expectFailure(await buildNominationTemplate(), 'XLSX_EMPTY');
  });

  it('refuses more rows than the limit, saying how many', async () => {
    const bytes = await filledTemplate([complete, complete, complete]);
    const error = await expectFailure(bytes, 'XLSX_TOO_MANY_ROWS', { maxRows: 2 });
    expect(error.localized.vi).toContain('Tệp có 3 dòng dữ liệu, vượt giới hạn 2 dòng');
    await expect(parseNominationWorkbook(bytes, { maxRows: 3 })).resolves.toBeDefined();
  });

  it('refuses random bytes as malformed', async () => {
    await expectFailure(randomBytes(4096), 'XLSX_MALFORMED');
    await expectFailure(Buffer.alloc(0), 'XLSX_MALFORMED');
  });

  it('refuses a zip that is not a workbook (a .docx) as malformed', async () => {
    const docx = zipOf({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': '<w:document/>',
    });
    await expectFailure(docx, 'XLSX_MALFORMED');
  });

  it('refuses a truncated workbook and one with broken XML as malformed', async () => {
    const bytes = await filledTemplate([complete]);
    await expectFailure(bytes.subarray(0, Math.floor(bytes.length / 2)), 'XLSX_MALFORMED');
    const broken = zipOf({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook><sheets><sheet name="a" sheetId="1"',
    });
    await expectFailure(broken, 'XLSX_MALFORMED');
  });

  it('refuses a well-formed workbook without any sheet', async () => {
    const sheetless = zipOf({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook/>',
    });
    await expectFailure(sheetless, 'XLSX_NO_SHEET');
  });

  it('refuses an old .xls or encrypted workbook with its own message', async () => {
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      randomBytes(512),
    ]);
    await expectFailure(ole, 'XLSX_UNSUPPORTED_FORMAT');
  });

  it('refuses a small file that unpacks into too much', async () => {
    const bomb = zipOf({
      '[Content_Types].xml': '<Types/>',
      'xl/workbook.xml': '<workbook/>',
      'xl/worksheets/sheet1.xml': Buffer.alloc(8 * 1024 * 1024, 0x20),
    });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = await expectFailure(bomb, 'XLSX_TOO_LARGE', {
      maxUncompressedBytes: 2 * 1024 * 1024,
    });
    expect(error.localized.en).toContain('more than 2 MB');
  });

  it('reads a workbook written by exceljs after a round trip of its own', async () => {
    const workbook = await openWorkbook(await filledTemplate([complete]));
    const parsed = await parseNominationWorkbook(await saveWorkbook(workbook));
    expect(parsed.rows).toHaveLength(1);
  });
});
