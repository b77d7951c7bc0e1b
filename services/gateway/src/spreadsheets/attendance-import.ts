import { createHash } from 'node:crypto';
import { create } from '@bufbuild/protobuf';
import {
  AttendanceImportRowSchema,
  AttendanceStatus,
  ImportProblemSchema,
  type AttendanceImportRow,
  type ImportProblem,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { Workbook, Worksheet } from 'exceljs';
import { cellContent, type CellContent } from './cells.ts';
import { SpreadsheetError } from './errors.ts';
import { openUploadedWorkbook, withDefaults, type ImportLimits } from './import.ts';
import {
  ATTENDANCE_COLUMN_ALIASES,
  ATTENDANCE_COLUMN_LABELS,
  ATTENDANCE_STATUS_ALIASES,
  ATTENDANCE_STATUS_LABELS,
  CELL_PROBLEMS,
  formatMessage,
  type Bilingual,
  type CellProblemCode,
  type MessageParam,
} from './messages.ts';
import { readOption, readText, type Read } from './readers.ts';
import { fold } from './text.ts';

export interface ParsedAttendance {
  /** One per non-empty data row, in sheet order, ready for ImportAttendanceRequest.rows. */
  readonly rows: AttendanceImportRow[];
  /** Hex SHA-256 of the uploaded bytes, ImportAttendanceRequest.file_sha256. */
  readonly fileSha256: string;
  readonly sheetName: string;
}

type ColumnKey = keyof typeof ATTENDANCE_COLUMN_LABELS;

/** Without these every row would fail, so their absence is reported once for the file. */
const REQUIRED: readonly ColumnKey[] = ['trainee_email', 'status'];

/**
 * Reads an attendance list for one session: a sheet with the columns Email, Attendance and
 * optionally Note, found by their header labels. Throws SpreadsheetError when the file as a
 * whole is unusable; a cell that cannot be read becomes a problem of its row, reported with the
 * service's own checks (unknown trainee, not in the cohort, duplicate row).
 */
export async function parseAttendanceWorkbook(
  bytes: Uint8Array,
  limits: Partial<ImportLimits> = {},
): Promise<ParsedAttendance> {
  const { maxRows, maxUncompressedBytes, maxCellLength } = withDefaults(limits);
  const layout = findAttendanceLayout(await openUploadedWorkbook(bytes, maxUncompressedBytes));
  const rows: AttendanceImportRow[] = [];
  layout.worksheet.eachRow((row, rowNumber) => {
    if (rowNumber <= layout.headerRow) return;
    const cells = [...layout.columns].map(
      ([column, key]) => [key, cellContent(row.getCell(column).value)] as const,
    );
    if (cells.some(([, content]) => content.kind !== 'empty')) {
      rows.push(attendanceRow(rowNumber, cells, maxCellLength));
    }
  });
  if (rows.length === 0) throw new SpreadsheetError('XLSX_EMPTY');
  if (rows.length > maxRows) {
    throw new SpreadsheetError('XLSX_TOO_MANY_ROWS', {
      params: { count: rows.length, max: maxRows },
    });
  }
  return {
    rows,
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    sheetName: layout.worksheet.name,
  };
}

interface AttendanceLayout {
  readonly worksheet: Worksheet;
  readonly headerRow: number;
  /** Column number → the field it fills. */
  readonly columns: ReadonlyMap<number, ColumnKey>;
  readonly duplicates: readonly ColumnKey[];
}

// Headers are looked for this far down, past a title (course, session, date) above the table.
const HEADER_SEARCH_ROWS = 10;

const LABELS = new Map<string, ColumnKey>(
  (Object.keys(ATTENDANCE_COLUMN_LABELS) as ColumnKey[]).flatMap((key) => {
    const { vi, en } = ATTENDANCE_COLUMN_LABELS[key];
    return [vi, en, `${vi} ${en}`, ...ATTENDANCE_COLUMN_ALIASES[key]].map(
      (label) => [fold(label), key] as const,
    );
  }),
);

/** The visible sheet whose header row names the most attendance columns. */
function findAttendanceLayout(workbook: Workbook): AttendanceLayout {
  let best: AttendanceLayout | undefined;
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state !== 'visible') continue;
    const last = Math.min(HEADER_SEARCH_ROWS, worksheet.rowCount);
    for (let rowNumber = 1; rowNumber <= last; rowNumber++) {
      const layout = headerLayout(worksheet, rowNumber);
      if (layout.columns.size > (best?.columns.size ?? 0)) best = layout;
    }
  }
  if (best === undefined) throw new SpreadsheetError('XLSX_NO_ATTENDANCE_SHEET');
  if (best.duplicates.length > 0) {
    throw new SpreadsheetError('XLSX_DUPLICATE_COLUMNS', {
      params: { columns: columnNames(best.duplicates) },
      columns: best.duplicates,
    });
  }
  const present = new Set(best.columns.values());
  const missing = REQUIRED.filter((key) => !present.has(key));
  if (missing.length > 0) {
    throw new SpreadsheetError('XLSX_MISSING_COLUMNS', {
      params: { columns: columnNames(missing) },
      columns: missing,
    });
  }
  return best;
}

function headerLayout(worksheet: Worksheet, rowNumber: number): AttendanceLayout {
  const columns = new Map<number, ColumnKey>();
  const duplicates = new Set<ColumnKey>();
  worksheet.getRow(rowNumber).eachCell((cell, columnNumber) => {
    const content = cellContent(cell.value);
    const key = content.kind === 'text' ? LABELS.get(fold(content.text)) : undefined;
    if (key === undefined) return;
    if ([...columns.values()].includes(key)) duplicates.add(key);
    columns.set(columnNumber, key);
  });
  return { worksheet, headerRow: rowNumber, columns, duplicates: [...duplicates] };
}

function columnNames(keys: readonly ColumnKey[]): Bilingual {
  const labels = keys.map((key) => ATTENDANCE_COLUMN_LABELS[key]);
  return {
    vi: labels.map((label) => label.vi).join(', '),
    en: labels.map((label) => label.en).join(', '),
  };
}

const STATUS_BY_NAME = {
  PRESENT: AttendanceStatus.PRESENT,
  LATE: AttendanceStatus.LATE,
  ABSENT: AttendanceStatus.ABSENT,
  EXCUSED: AttendanceStatus.EXCUSED,
} as const satisfies Record<keyof typeof ATTENDANCE_STATUS_LABELS, AttendanceStatus>;

/** Folded label, alias or contract name ("ATTENDANCE_STATUS_LATE") → status. */
const STATUS_OPTIONS = new Map<string, AttendanceStatus>(
  (Object.keys(STATUS_BY_NAME) as (keyof typeof STATUS_BY_NAME)[]).flatMap((name) => {
    const { vi, en } = ATTENDANCE_STATUS_LABELS[name];
    return [vi, en, `ATTENDANCE_STATUS_${name}`, ...ATTENDANCE_STATUS_ALIASES[name]].map(
      (label) => [fold(label), STATUS_BY_NAME[name]] as const,
    );
  }),
);

const STATUS_LIST: Bilingual = {
  vi: Object.values(ATTENDANCE_STATUS_LABELS)
    .map((label) => label.vi)
    .join(', '),
  en: Object.values(ATTENDANCE_STATUS_LABELS)
    .map((label) => label.en)
    .join(', '),
};

type Failure = Extract<Read<unknown>, { ok: false }>;

/**
 * One row. A cell left empty stays at its default (no status, no e-mail) for the service to
 * report with its own words; only what cannot be read at all is reported here.
 */
function attendanceRow(
  rowNumber: number,
  cells: readonly (readonly [ColumnKey, CellContent])[],
  maxCellLength: number,
): AttendanceImportRow {
  const row = create(AttendanceImportRowSchema, { rowNumber });
  for (const [key, content] of cells) {
    if (content.kind === 'empty') continue;
    if (content.kind === 'text' && content.text.length > maxCellLength) {
      row.cellProblems.push(cellProblem(key, 'CELL_TOO_LONG', { max: maxCellLength }));
      continue;
    }
    const failure = READERS[key](content, row);
    if (failure !== undefined)
      row.cellProblems.push(cellProblem(key, failure.problem, failure.params));
  }
  return row;
}

/** Reads a non-empty cell into its field of the row, or says why it cannot. */
type CellReader = (content: CellContent, row: AttendanceImportRow) => Failure | undefined;

function into<T>(
  read: (content: CellContent) => Read<T>,
  set: (row: AttendanceImportRow, value: T) => void,
): CellReader {
  return (content, row) => {
    const result = read(content);
    if (!result.ok) return result;
    set(row, result.value);
    return undefined;
  };
}

/**
 * Only reading happens here: whether an address belongs to a trainee of the cohort is the
 * service's call, so a readable but wrong value passes through unchanged.
 */
const READERS: Readonly<Record<ColumnKey, CellReader>> = {
  trainee_email: into(readText, (row, email) => {
    row.traineeEmail = email;
  }),
  status: into(
    (content) => readOption(content, STATUS_OPTIONS, STATUS_LIST),
    (row, status) => {
      row.status = status;
    },
  ),
  note: into(readText, (row, note) => {
    row.note = note;
  }),
};

function cellProblem(
  key: ColumnKey,
  code: CellProblemCode,
  params: Readonly<Record<string, MessageParam>> = {},
): ImportProblem {
  return create(ImportProblemSchema, {
    field: key,
    code,
    message: formatMessage(CELL_PROBLEMS[code], {
      ...params,
      column: ATTENDANCE_COLUMN_LABELS[key],
    }),
  });
}
