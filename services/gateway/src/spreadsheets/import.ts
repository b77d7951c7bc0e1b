import { createHash } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import {
  CandidateSchema,
  ImportProblemSchema,
  ImportRowSchema,
  type ImportProblem,
  type ImportRow,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { Row, Workbook } from 'exceljs';
import { cellContent, type CellContent } from './cells.ts';
import type { CellFailure, Column, RowDraft } from './columns.ts';
import { SpreadsheetError } from './errors.ts';
import { findLayout, type SheetLayout } from './layout.ts';
import { CELL_PROBLEMS, formatMessage } from './messages.ts';
import { loadWorkbook } from './workbook.ts';
import { inspectWorkbookZip } from './zip.ts';

export interface ImportLimits {
  /** Non-empty data rows per file; the contract takes at most 1,000 rows per import. */
  readonly maxRows: number;
  /** What the .xlsx (a zip) may unpack to: a small upload must not inflate into gigabytes. */
  readonly maxUncompressedBytes: number;
  /**
   * Characters read from one cell. A transport guard, not a business rule: every field the
   * contract has is far shorter, and 1,000 rows of Excel's 32,767-character cells would not fit
   * in a gRPC message.
   */
  readonly maxCellLength: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxRows: 1000,
  maxUncompressedBytes: 64 * 1024 * 1024,
  maxCellLength: 2000,
};

export interface ParsedWorkbook {
  /** One per non-empty data row, in sheet order, ready for ImportNominationsRequest.rows. */
  readonly rows: ImportRow[];
  /** Hex SHA-256 of the uploaded bytes, ImportNominationsRequest.file_sha256. */
  readonly fileSha256: string;
  readonly sheetName: string;
  /** Header texts matching no template column; their cells were not read. */
  readonly ignoredHeaders: readonly string[];
}

/**
 * Reads a filled nomination template (or any sheet with its columns) into import rows. Throws
 * SpreadsheetError when the file as a whole is unusable; a cell that cannot be read into its
 * field never throws but becomes an ImportProblem of its row, reported with the service's checks.
 */
export async function parseNominationWorkbook(
  bytes: Uint8Array,
  limits: Partial<ImportLimits> = {},
): Promise<ParsedWorkbook> {
  const { maxRows, maxUncompressedBytes, maxCellLength } = withDefaults(limits);
  const layout = findLayout(await openUploadedWorkbook(bytes, maxUncompressedBytes));
  const dataRows = nonEmptyRows(layout);
  if (dataRows.length === 0) throw new SpreadsheetError('XLSX_EMPTY');
  if (dataRows.length > maxRows) {
    throw new SpreadsheetError('XLSX_TOO_MANY_ROWS', {
      params: { count: dataRows.length, max: maxRows },
    });
  }
  return {
    rows: dataRows.map((row) => importRow(row, maxCellLength)),
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    sheetName: layout.worksheet.name,
    ignoredHeaders: layout.ignoredHeaders,
  };
}

export function withDefaults(limits: Partial<ImportLimits>): ImportLimits {
  return {
    maxRows: limits.maxRows ?? DEFAULT_IMPORT_LIMITS.maxRows,
    maxUncompressedBytes: limits.maxUncompressedBytes ?? DEFAULT_IMPORT_LIMITS.maxUncompressedBytes,
    maxCellLength: limits.maxCellLength ?? DEFAULT_IMPORT_LIMITS.maxCellLength,
  };
}

/** The upload as a workbook, once its zip has passed the checks of inspectWorkbookZip. */
export async function openUploadedWorkbook(
  bytes: Uint8Array,
  maxUncompressedBytes: number,
): Promise<Workbook> {
  await inspectWorkbookZip(bytes, maxUncompressedBytes);
  try {
    return await loadWorkbook(bytes);
  } catch (error) {
    // The zip is sound (checked above), so any failure here is in the workbook's XML.
    throw new SpreadsheetError('XLSX_MALFORMED', { cause: error });
  }
}

interface DataRow {
  readonly rowNumber: number;
  readonly cells: readonly (readonly [Column, CellContent])[];
}

/** Rows with something in a template column; a row filled only in unknown columns is empty. */
function nonEmptyRows(layout: SheetLayout): DataRow[] {
  const rows: DataRow[] = [];
  layout.worksheet.eachRow((row, rowNumber) => {
    if (rowNumber < layout.firstDataRow) return;
    const cells = readCells(row, layout.columns);
    if (cells.length > 0) rows.push({ rowNumber, cells });
  });
  return rows;
}

function readCells(row: Row, columns: ReadonlyMap<number, Column>): [Column, CellContent][] {
  const cells: [Column, CellContent][] = [];
  for (const [columnNumber, column] of columns) {
    const content = cellContent(row.getCell(columnNumber).value);
    if (content.kind !== 'empty') cells.push([column, content]);
  }
  return cells;
}

function importRow({ rowNumber, cells }: DataRow, maxCellLength: number): ImportRow {
  const draft: RowDraft = {
    candidate: create(CandidateSchema),
    nationalId: '',
    trainings: new Map(),
  };
  const problems: ImportProblem[] = [];
  for (const [column, content] of cells) {
    const failure: CellFailure | undefined =
      content.kind === 'text' && content.text.length > maxCellLength
        ? { ok: false, problem: 'CELL_TOO_LONG', params: { max: maxCellLength } }
        : column.readInto(content, draft);
    if (failure !== undefined) problems.push(cellProblem(column, failure));
  }
  draft.candidate.priorTrainings = [...draft.trainings.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, training]) => training);
  return create(ImportRowSchema, {
    rowNumber,
    candidate: draft.candidate,
    nationalId: draft.nationalId,
    cellProblems: problems,
  });
}

function cellProblem(column: Column, failure: CellFailure): ImportProblem {
  return create(ImportProblemSchema, {
    field: column.key,
    code: failure.problem,
    message: formatMessage(CELL_PROBLEMS[failure.problem], {
      ...failure.params,
      column: column.label,
    }),
  });
}
