import type { Workbook, Worksheet } from 'exceljs';
import { cellContent } from './cells.ts';
import { COLUMNS, type Column } from './columns.ts';
import { SpreadsheetError } from './errors.ts';
import { TEMPLATE_TEXT } from './messages.ts';
import { fold } from './text.ts';

/**
 * Where the nomination list sits in an uploaded workbook: which sheet, which column holds which
 * field, and where the data starts. Columns are found by the template's hidden key row first,
 * so inserted or reordered columns still work; a sheet without it (data pasted into a fresh
 * workbook) is read by its header labels, in Vietnamese or English, with or without diacritics.
 */
export interface SheetLayout {
  readonly worksheet: Worksheet;
  /** By 1-based column number. */
  readonly columns: ReadonlyMap<number, Column>;
  readonly firstDataRow: number;
  /** Header texts that match no column: ignored, and worth telling the user about. */
  readonly ignoredHeaders: readonly string[];
}

// Headers are looked for this far down, past a title or a note above the table.
const HEADER_SEARCH_ROWS = 10;
// A label row needs this many matches, so a data cell that happens to read "Email" is no header.
const MIN_LABEL_MATCHES = 2;

export function findLayout(workbook: Workbook): SheetLayout {
  const best = workbook.worksheets
    .filter((sheet) => sheet.state === 'visible' || isTemplateSheet(sheet))
    .map(readHeader)
    .filter((layout) => layout.columns.size > 0)
    .sort(byFit)[0];
  if (best === undefined) throw new SpreadsheetError('XLSX_NO_SHEET');
  if (best.duplicates.length > 0) {
    throw new SpreadsheetError('XLSX_DUPLICATE_COLUMNS', {
      params: { columns: columnNames(best.duplicates) },
      columns: best.duplicates,
    });
  }
  requireColumns(best);
  return best;
}

const TEMPLATE_SHEET = fold(
  `${TEMPLATE_TEXT.nominationsSheet.vi} ${TEMPLATE_TEXT.nominationsSheet.en}`,
);

function isTemplateSheet(sheet: Worksheet): boolean {
  return fold(sheet.name) === TEMPLATE_SHEET;
}

function byFit(a: SheetLayout, b: SheetLayout): number {
  const byName = Number(isTemplateSheet(b.worksheet)) - Number(isTemplateSheet(a.worksheet));
  return byName !== 0 ? byName : b.columns.size - a.columns.size;
}

const BY_KEY = new Map(COLUMNS.map((column) => [column.key, column]));
const BY_LABEL = new Map(
  COLUMNS.flatMap((column) => [
    [fold(column.label.vi), column],
    [fold(column.label.en), column],
    [fold(`${column.label.vi} ${column.label.en}`), column],
  ]),
);

interface HeaderRow {
  readonly rowNumber: number;
  readonly byKey: boolean;
  readonly columns: Map<number, Column>;
  readonly unmatched: string[];
  readonly duplicates: Set<string>;
}

function readHeader(worksheet: Worksheet): SheetLayout & { readonly duplicates: string[] } {
  const rows: HeaderRow[] = [];
  const last = Math.min(HEADER_SEARCH_ROWS, worksheet.rowCount);
  for (let rowNumber = 1; rowNumber <= last; rowNumber++) rows.push(matchRow(worksheet, rowNumber));
  const keyRow = widest(rows.filter((row) => row.byKey));
  const labelRow = widest(
    rows.filter((row) => !row.byKey && row.columns.size >= MIN_LABEL_MATCHES),
  );
  const headerRows = [keyRow, labelRow].filter((row) => row !== undefined);
  return {
    worksheet,
    columns: mergeColumns(keyRow, labelRow),
    firstDataRow: Math.max(0, ...headerRows.map((row) => row.rowNumber)) + 1,
    ignoredHeaders: labelRow?.unmatched ?? [],
    duplicates: [...((keyRow ?? labelRow)?.duplicates ?? [])],
  };
}

function widest(rows: readonly HeaderRow[]): HeaderRow | undefined {
  return rows.reduce<HeaderRow | undefined>(
    (best, row) => (best === undefined || row.columns.size > best.columns.size ? row : best),
    undefined,
  );
}

/** The key row wins; label matches fill the columns it lacks (a column added by hand). */
function mergeColumns(keyRow?: HeaderRow, labelRow?: HeaderRow): Map<number, Column> {
  const columns = new Map(keyRow?.columns ?? []);
  const taken = new Set([...columns.values()].map((column) => column.key));
  for (const [number, column] of labelRow?.columns ?? []) {
    if (!columns.has(number) && !taken.has(column.key)) {
      columns.set(number, column);
      taken.add(column.key);
    }
  }
  return columns;
}

function matchRow(worksheet: Worksheet, rowNumber: number): HeaderRow {
  const header: HeaderRow = {
    rowNumber,
    byKey: false,
    columns: new Map(),
    unmatched: [],
    duplicates: new Set(),
  };
  let keys = 0;
  worksheet.getRow(rowNumber).eachCell((cell, columnNumber) => {
    const content = cellContent(cell.value);
    if (content.kind !== 'text') return;
    const byKey = BY_KEY.get(content.text);
    const column = byKey ?? BY_LABEL.get(fold(content.text));
    if (column === undefined) {
      header.unmatched.push(content.text);
      return;
    }
    if (byKey !== undefined) keys++;
    if ([...header.columns.values()].includes(column)) header.duplicates.add(column.key);
    header.columns.set(columnNumber, column);
  });
  return { ...header, byKey: keys > 0 && keys >= header.columns.size / 2 };
}

function requireColumns(layout: SheetLayout): void {
  const present = new Set([...layout.columns.values()].map((column) => column.key));
  const missing = COLUMNS.filter((column) => column.requiredInFile && !present.has(column.key));
  if (missing.length === 0) return;
  const keys = missing.map((column) => column.key);
  throw new SpreadsheetError('XLSX_MISSING_COLUMNS', {
    params: { columns: columnNames(keys) },
    columns: keys,
  });
}

function columnNames(keys: readonly string[]): { vi: string; en: string } {
  const labels = keys.map((key) => BY_KEY.get(key)?.label ?? { vi: key, en: key });
  return {
    vi: labels.map((label) => label.vi).join(', '),
    en: labels.map((label) => label.en).join(', '),
  };
}
