import { describe, expect, it } from 'vitest';
import { importReportLines } from './importReport.ts';

describe('importReportLines', () => {
  it('gives one line per problem and one per clean row, in sheet order', () => {
    const lines = importReportLines(
      [
        {
          rowNumber: 5,
          outcome: 'IMPORT_ROW_OUTCOME_INVALID',
          problems: [
            { field: 'candidate.email', code: 'X', message: { vi: 'Email sai', en: 'Bad email' } },
            { field: 'nationalId', code: 'NATIONAL_ID', message: {} },
          ],
        },
        { rowNumber: 3, outcome: 'IMPORT_ROW_OUTCOME_CREATED', nominationId: 'n1' },
      ],
      (text) => text?.vi ?? '',
    );
    expect(lines.map((line) => [line.rowNumber, line.field, line.message])).toEqual([
      [3, '', ''],
      [5, 'candidate.email', 'Email sai'],
      [5, 'nationalId', 'NATIONAL_ID'],
    ]);
    expect(new Set(lines.map((line) => line.key)).size).toBe(3);
  });

  it('writes messages in the chosen language', () => {
    const [line] = importReportLines(
      [{ rowNumber: 2, problems: [{ field: 'a', message: { vi: 'Sai', en: 'Wrong' } }] }],
      (text) => text?.en ?? '',
    );
    expect(line?.message).toBe('Wrong');
  });
});
