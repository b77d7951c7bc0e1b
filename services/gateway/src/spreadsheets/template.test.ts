import type { DataValidation } from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from './columns.ts';
import { buildNominationTemplate, FIRST_DATA_ROW, HEADER_ROW, KEY_ROW } from './template.ts';
import { openWorkbook } from '../../test/spreadsheets.ts';

const template = await openWorkbook(await buildNominationTemplate());
const sheet = template.worksheets[0];
if (sheet === undefined) throw new Error('no sheet');
const columnOf = (key: string) => COLUMNS.findIndex((column) => column.key === key) + 1;

describe('buildNominationTemplate', () => {
  it('has the nominations sheet first and the instructions after it', () => {
    expect(template.worksheets.map((worksheet) => worksheet.name)).toEqual([
      'Đề cử (Nominations)',
      'Hướng dẫn (Instructions)',
    ]);
  });

  it('labels every column in Vietnamese with English below, marking required ones', () => {
    expect(sheet.getCell(HEADER_ROW, columnOf('candidate.full_name')).value).toBe(
      'Họ và tên *\n(Full name)',
    );
    expect(sheet.getCell(HEADER_ROW, columnOf('candidate.field_of_study')).value).toBe(
      'Chuyên ngành đào tạo\n(Field of study)',
    );
    expect(sheet.getRow(HEADER_ROW).cellCount).toBe(COLUMNS.length);
  });

  it('maps exactly the Candidate fields, the national ID and the prior-training slots', () => {
    const keys = COLUMNS.map((column) => column.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'national_id',
        'candidate.full_name',
        'candidate.date_of_birth',
        'candidate.gender',
        'candidate.position',
        'candidate.unit',
        'candidate.email',
        'candidate.phone',
        'candidate.employment_type',
        'candidate.education_level',
        'candidate.field_of_study',
        'candidate.digital_background',
        'candidate.years_of_service',
        'candidate.years_of_experience',
        'candidate.specialties',
        'candidate.languages',
        'candidate.prior_trainings[0].title',
        'candidate.prior_trainings[0].provider',
        'candidate.prior_trainings[0].year',
      ]),
    );
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes the column keys in a hidden row under the header', () => {
    const keyRow = sheet.getRow(KEY_ROW);
    expect(keyRow.hidden).toBe(true);
    expect(COLUMNS.map((_, index) => keyRow.getCell(index + 1).value)).toEqual(
      COLUMNS.map((column) => column.key),
    );
  });

  it('offers Vietnamese drop-downs on the enum columns', () => {
    const cell = (key: string) => sheet.getCell(FIRST_DATA_ROW, columnOf(key));
    expect(cell('candidate.gender').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"Nam,Nữ,Khác"'],
    });
    expect(cell('candidate.employment_type').dataValidation.formulae).toEqual([
      '"Cán bộ,Công chức,Viên chức,Lao động hợp đồng,Khác"',
    ]);
    expect(cell('candidate.education_level').dataValidation.formulae).toEqual([
      '"Trung học phổ thông,Cao đẳng,Đại học,Thạc sĩ,Tiến sĩ"',
    ]);
    expect(cell('candidate.digital_background').dataValidation.formulae).toEqual(['"Có,Không"']);
    expect(sheet.getCell(FIRST_DATA_ROW + 999, columnOf('candidate.gender')).dataValidation).toBe(
      cell('candidate.gender').dataValidation,
    );
  });

  it('keeps the pop-up texts within what Excel accepts', () => {
    for (const column of COLUMNS) {
      // exceljs types the property as always set; columns without a rule have none.
      const validation = sheet.getCell(FIRST_DATA_ROW, columnOf(column.key)).dataValidation as
        DataValidation | undefined;
      expect(validation?.errorTitle?.length ?? 0).toBeLessThanOrEqual(32);
      expect(validation?.error?.length ?? 0).toBeLessThanOrEqual(255);
    }
  });

  it('formats dates as dates and ID and phone numbers as text', () => {
    expect(sheet.getColumn(columnOf('candidate.date_of_birth')).numFmt).toBe('dd/mm/yyyy');
    expect(
      sheet.getCell(FIRST_DATA_ROW, columnOf('candidate.date_of_birth')).dataValidation,
    ).toMatchObject({ type: 'date' });
    expect(sheet.getColumn(columnOf('national_id')).numFmt).toBe('@');
    expect(sheet.getColumn(columnOf('candidate.phone')).numFmt).toBe('@');
  });

  it('explains every column on the instructions sheet, in both languages', () => {
    const instructions = template.worksheets[1];
    const texts: string[] = [];
    instructions?.eachRow((row) => {
      row.eachCell((cell) => texts.push(cell.text));
    });
    const all = texts.join('\n');
    expect(all).toContain('Mỗi tệp tối đa 1000 người');
    expect(all).toContain('At most 1000 nominees per file');
    for (const column of COLUMNS) expect(all).toContain(column.label.vi);
    expect(all).toContain('Nam, Nữ, Khác\nMale, Female, Other');
  });
});
