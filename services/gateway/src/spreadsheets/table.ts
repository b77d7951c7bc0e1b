import { VIETNAM_UTC_OFFSET_MS } from '@expertnet/platform';
import type { Cell } from 'exceljs';
import { csvDocument, type CsvDelimiter } from './csv.ts';
import type { Bilingual } from './messages.ts';
import { FILLS, headerText, styleHeaderRow } from './style.ts';
import { newWorkbook, workbookBytes } from './workbook.ts';

/**
 * A list of records laid out as a table, written either as .xlsx (typed cells: numbers, real
 * dates) or as CSV (text). The exporters only say which columns a list has.
 */
export type ExportValue =
  | string
  | number
  | undefined
  /** A calendar day, "YYYY-MM-DD". */
  | { readonly day: string }
  /** A moment, shown in Vietnam time. */
  | { readonly instant: Date };

export interface ExportColumn<T> {
  readonly label: Bilingual;
  readonly width: number;
  readonly value: (item: T) => ExportValue;
  /** Marks a cell that needs attention (a unit below its quota floor). */
  readonly highlight?: (item: T) => boolean;
}

export async function tableToXlsx<T>(
  sheetName: string,
  columns: readonly ExportColumn<T>[],
  items: readonly T[],
): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(sheetName, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  styleHeaderRow(sheet.addRow(columns.map((column) => headerText(column.label))));
  for (const item of items) {
    const row = sheet.addRow([]);
    columns.forEach((column, index) => {
      const cell = row.getCell(index + 1);
      writeCell(cell, column.value(item));
      if (column.highlight?.(item) === true) cell.fill = FILLS.warning;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return workbookBytes(workbook);
}

export function tableToCsv<T>(
  columns: readonly ExportColumn<T>[],
  items: readonly T[],
  delimiter: CsvDelimiter = ',',
): Buffer {
  const header = columns.map((column) => `${column.label.vi} (${column.label.en})`);
  const rows = items.map((item) => columns.map((column) => csvValue(column.value(item))));
  return csvDocument([header, ...rows], delimiter);
}

// Vietnam has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact.

function writeCell(cell: Cell, value: ExportValue): void {
  if (value === undefined) return;
  if (typeof value === 'string' || typeof value === 'number') {
    // A string cell is stored as text, never as a formula: unlike CSV, no injection guard needed.
    cell.value = value;
  } else if ('day' in value) {
    const [year, month, day] = value.day.split('-').map(Number);
    const date = new Date(Date.UTC(year ?? NaN, (month ?? NaN) - 1, day ?? NaN));
    // Written as text if it is not a day after all, rather than as an invalid date.
    cell.value = Number.isNaN(date.getTime()) ? value.day : date;
    cell.numFmt = 'dd/mm/yyyy';
  } else {
    // Excel has no time zones: the cell holds Vietnam wall-clock time.
    cell.value = new Date(value.instant.getTime() + VIETNAM_UTC_OFFSET_MS);
    cell.numFmt = 'dd/mm/yyyy hh:mm';
  }
}

function csvValue(value: ExportValue): string | number {
  if (value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if ('day' in value) return value.day;
  const local = new Date(value.instant.getTime() + VIETNAM_UTC_OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}
