import type { components } from '../../api/gen/schema.ts';
import type { MessageKey } from '../../i18n/i18n.tsx';

type ImportRow = components['schemas']['ImportRowResult'];
type Outcome = Exclude<NonNullable<ImportRow['outcome']>, 'IMPORT_ROW_OUTCOME_UNSPECIFIED'>;

export const IMPORT_OUTCOME_LABEL: Readonly<Record<Outcome, MessageKey>> = {
  IMPORT_ROW_OUTCOME_CREATED: 'nominations.import.outcome.created',
  IMPORT_ROW_OUTCOME_UPDATED: 'nominations.import.outcome.updated',
  IMPORT_ROW_OUTCOME_UNCHANGED: 'nominations.import.outcome.unchanged',
  IMPORT_ROW_OUTCOME_INVALID: 'nominations.import.outcome.invalid',
  IMPORT_ROW_OUTCOME_NOT_WRITTEN: 'nominations.import.outcome.notWritten',
};

export interface ReportLine {
  readonly key: string;
  readonly rowNumber: number;
  readonly outcome: string;
  readonly field: string;
  readonly message: string;
  readonly nominationId: string;
}

/**
 * The import report as table lines: one per problem of a row (row, field, message), and one
 * line for a row without problems. Rows in sheet order, problems in the order the API gave.
 */
export function importReportLines(
  rows: readonly ImportRow[],
  textOf: (text: components['schemas']['LocalizedText'] | undefined) => string,
): ReportLine[] {
  const sorted = [...rows].sort((a, b) => (a.rowNumber ?? 0) - (b.rowNumber ?? 0));
  return sorted.flatMap((row) => {
    const rowNumber = row.rowNumber ?? 0;
    const base = {
      rowNumber,
      outcome: row.outcome ?? 'IMPORT_ROW_OUTCOME_UNSPECIFIED',
      nominationId: row.nominationId ?? '',
    };
    const problems = row.problems ?? [];
    if (problems.length === 0) {
      return [{ ...base, key: String(rowNumber), field: '', message: '' }];
    }
    return problems.map((problem, index) => ({
      ...base,
      key: `${String(rowNumber)}-${String(index)}`,
      field: problem.field ?? '',
      message: textOf(problem.message) || (problem.code ?? ''),
    }));
  });
}
