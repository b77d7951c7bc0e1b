import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  DocumentKind,
  EducationLevel,
  EmploymentType,
  Gender,
  NominationSchema,
  NominationStatus,
  QuotaLedgerEntrySchema,
  type Nomination,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField } from './csv.ts';
import {
  nominationsToCsv,
  nominationsToXlsx,
  quotaLedgerToCsv,
  quotaLedgerToXlsx,
} from './export.ts';
import { openWorkbook, parseCsv } from '../../test/spreadsheets.ts';

const BOM = [0xef, 0xbb, 0xbf];

function nomination(): Nomination {
  return create(NominationSchema, {
    id: '7b0d3c1e-2f4a-4c8e-9a11-0d5e6f7a8b9c',
    status: NominationStatus.SUBMITTED,
    organisation: { code: 'P01' },
    effectiveOrganisation: { code: 'P01' },
    candidate: {
      fullName: 'Nguyễn Thị Thu Hà',
      gender: Gender.FEMALE,
      position: 'Phó Giám đốc Sở',
      unit: 'Sở Khoa học và Công nghệ',
      email: 'ha.ntt@hanoi.gov.vn',
      employmentType: EmploymentType.CIVIL_SERVANT,
      educationLevel: EducationLevel.MASTER,
      digitalBackground: true,
      yearsOfService: 12,
      specialties: ['Dữ liệu số', 'An toàn thông tin'],
      languages: ['en', 'xx'],
      priorTrainings: [{ title: 'CĐS cơ bản', provider: 'Học viện CTQG', year: 2023 }],
    },
    documents: [{ kind: DocumentKind.DECISION_LETTER }],
    eligibility: {
      eligible: false,
      findings: [{ message: { vi: 'Tuổi 46 vượt giới hạn 45', en: 'Age 46 above limit 45' } }],
    },
    submittedAt: timestampFromDate(new Date('2025-09-01T02:30:00Z')),
  });
}

function csvRecords(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual(BOM);
  return parseCsv(bytes.subarray(3).toString('utf8'));
}

function asObjects(records: string[][]): Record<string, string>[] {
  const [header = [], ...rows] = records;
  return rows.map((row) =>
    Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])),
  );
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['Hà Nội, Việt Nam', '"Hà Nội, Việt Nam"'],
    ['say "xin chào"', '"say ""xin chào"""'],
    ['two\nlines', '"two\nlines"'],
    ['two\r\nlines', '"two\r\nlines"'],
  ])('writes %j as %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+84912345678', "'+84912345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=cmd', "'\t=cmd"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
  ])('defuses the formula %j', (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it('leaves numbers alone and quotes the chosen delimiter', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
  });
});

describe('csvDocument', () => {
  it('starts with the UTF-8 BOM and ends every record with CRLF', () => {
    const bytes = csvDocument([
      ['Họ và tên', 'Số'],
      ['Đặng Thị Ánh', 3],
    ]);
    expect([...bytes.subarray(0, 3)]).toEqual(BOM);
    expect(bytes.subarray(3).toString('utf8')).toBe('Họ và tên,Số\r\nĐặng Thị Ánh,3\r\n');
  });
});

describe('nominationsToCsv', () => {
  it('writes Vietnamese labels and values that survive a round trip', () => {
    const [row] = asObjects(csvRecords(nominationsToCsv([nomination()])));
    expect(row).toMatchObject({
      'Họ và tên (Full name)': 'Nguyễn Thị Thu Hà',
      'Trạng thái (Status)': 'Đã gửi',
      'Giới tính (Gender)': 'Nữ',
      'Đối tượng (Employment type)': 'Công chức',
      'Trình độ đào tạo (Education level)': 'Thạc sĩ',
      'Lĩnh vực chuyên sâu (Specialties)': 'Dữ liệu số; An toàn thông tin',
      'Ngoại ngữ (Languages)': 'Tiếng Anh; xx',
      'Khóa bồi dưỡng CĐS đã tham gia (Prior digital training)': 'CĐS cơ bản (Học viện CTQG, 2023)',
      'Đã có quyết định cử (Decision letter attached)': 'Có',
      'Đủ điều kiện (Eligible)': 'Không',
      'Lý do chưa đủ điều kiện (Eligibility findings)': 'Tuổi 46 vượt giới hạn 45',
      'Ngày gửi (giờ Việt Nam) (Submitted at (Vietnam time))': '2025-09-01 09:30',
      'Số năm công tác (Years of service)': '12',
    });
  });

  it('never has a national ID column, and date of birth and phone only when present', () => {
    const [header = []] = csvRecords(nominationsToCsv([nomination()]));
    expect(header.join('|')).not.toMatch(/định danh|national id|CCCD/i);
    expect(header.join('|')).not.toContain('Ngày sinh');
    expect(header.join('|')).not.toContain('Số điện thoại');

    const withPersonalData = nomination();
    if (withPersonalData.candidate) {
      withPersonalData.candidate.dateOfBirth = '1985-03-15';
      withPersonalData.candidate.phone = '+84912345678';
    }
    const rows = asObjects(csvRecords(nominationsToCsv([withPersonalData, nomination()])));
    expect(rows.map((row) => row['Ngày sinh (Date of birth)'])).toEqual(['1985-03-15', '']);
    expect(rows.map((row) => row['Số điện thoại (Phone)'])).toEqual(["'+84912345678", '']);
  });

  it('defuses formulas typed into nomination fields', () => {
    const hostile: Nomination = nomination();
    if (hostile.candidate) hostile.candidate.fullName = '=HYPERLINK("http://evil","Bấm")';
    hostile.returnReason = '@cmd';
    const [row] = asObjects(csvRecords(nominationsToCsv([hostile])));
    expect(row?.['Họ và tên (Full name)']).toBe('\'=HYPERLINK("http://evil","Bấm")');
    expect(row?.['Lý do trả lại (Return reason)']).toBe("'@cmd");
  });

  it('uses a semicolon when asked and adds organisation names when given', () => {
    const text = nominationsToCsv([nomination()], {
      delimiter: ';',
      organisationName: (code) => (code === 'P01' ? 'Thành phố Hà Nội' : undefined),
    })
      .subarray(3)
      .toString('utf8');
    const [row] = asObjects(parseCsv(text, ';'));
    expect(row?.['Cơ quan đề cử (Nominating organisation)']).toBe('Thành phố Hà Nội');
  });
});

describe('nominationsToXlsx', () => {
  it('writes typed cells under bilingual headers', async () => {
    const withBirthDate = nomination();
    if (withBirthDate.candidate) withBirthDate.candidate.dateOfBirth = '1985-03-15';
    const workbook = await openWorkbook(await nominationsToXlsx([withBirthDate]));
    const sheet = workbook.worksheets[0];
    const headers = (sheet?.getRow(1).values ?? []) as unknown[];
    const cell = (label: string) => sheet?.getRow(2).getCell(headers.indexOf(label));

    expect(sheet?.name).toBe('Danh sách đề cử (Nominations)');
    expect(headers).toContain('Họ và tên\n(Full name)');
    expect(headers.join('|')).not.toMatch(/định danh|national id/i);
    expect(cell('Họ và tên\n(Full name)')?.value).toBe('Nguyễn Thị Thu Hà');
    expect(cell('Ngày sinh\n(Date of birth)')?.value).toEqual(new Date(Date.UTC(1985, 2, 15)));
    expect(cell('Số năm công tác\n(Years of service)')?.value).toBe(12);
    expect(cell('Ngày gửi (giờ Việt Nam)\n(Submitted at (Vietnam time))')?.value).toEqual(
      new Date('2025-09-01T09:30:00Z'),
    );
  });
});

describe('quota ledger export', () => {
  const entries = [
    create(QuotaLedgerEntrySchema, {
      organisation: { code: 'P01' },
      floor: 30,
      ceiling: 40,
      submitted: 25,
      accepted: 10,
      shortfall: 5,
      remaining: 15,
    }),
    create(QuotaLedgerEntrySchema, {
      organisation: { code: 'BKHCN' },
      floor: 10,
      ceiling: 20,
      submitted: 12,
      remaining: 8,
    }),
  ];
  const totals = create(QuotaLedgerEntrySchema, { floor: 40, ceiling: 60, submitted: 37 });

  it('writes one CSV row per organisation and the totals', () => {
    const rows = asObjects(csvRecords(quotaLedgerToCsv(entries, { totals })));
    expect(rows.map((row) => row['Mã cơ quan đề cử (Nominating organisation code)'])).toEqual([
      'P01',
      'BKHCN',
      'Tổng cộng',
    ]);
    expect(rows[0]?.['Còn thiếu so với tối thiểu (Shortfall below floor)']).toBe('5');
  });

  it('writes numbers as numbers and marks a shortfall', async () => {
    const workbook = await openWorkbook(await quotaLedgerToXlsx(entries, { totals }));
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Chỉ tiêu (Quota ledger)');
    expect(sheet?.getRow(2).getCell(2).value).toBe(30);
    expect(sheet?.getRow(2).getCell(9).fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect(sheet?.getRow(3).getCell(9).fill).toBeUndefined();
    expect(sheet?.getRow(4).getCell(1).value).toBe('Tổng cộng');
  });
});
