import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { COLUMNS, type Column } from './columns.ts';
import { DEFAULT_IMPORT_LIMITS } from './import.ts';
import { formatMessage, TEMPLATE_TEXT, TEMPLATE_VALIDATION } from './messages.ts';
import {
  FILLS,
  headerText,
  sheetName,
  styleHeaderCell,
  styleHeaderRow,
  twoLines,
} from './style.ts';
import { newWorkbook, validateRange, workbookBytes } from './workbook.ts';

/** Row 1: the labels people read; row 2 (hidden): the field keys the importer reads. */
export const HEADER_ROW = 1;
export const KEY_ROW = 2;
export const FIRST_DATA_ROW = 3;

/**
 * The .xlsx a nominating officer downloads, fills in and uploads: one row per nominee, drop-downs
 * for the enum columns, date and text formats where Excel would otherwise mangle the value
 * (leading zeros of ID and phone numbers), and the instructions on a second sheet.
 */
export async function buildNominationTemplate(): Promise<Buffer> {
  const workbook = newWorkbook();
  workbook.title = TEMPLATE_TEXT.title.vi;
  addNominationsSheet(workbook);
  addInstructionsSheet(workbook);
  return workbookBytes(workbook);
}

function addNominationsSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(sheetName(TEMPLATE_TEXT.nominationsSheet), {
    views: [{ state: 'frozen', xSplit: 1, ySplit: KEY_ROW }],
  });
  COLUMNS.forEach((column, index) => {
    const number = index + 1;
    const header = sheet.getCell(HEADER_ROW, number);
    header.value = headerText(column.label, column.requiredInFile);
    header.note = twoLines(column.hint);
    sheet.getCell(KEY_ROW, number).value = column.key;
    const sheetColumn = sheet.getColumn(number);
    sheetColumn.width = column.width;
    const numFmt = NUMBER_FORMATS[column.format];
    if (numFmt !== undefined) sheetColumn.numFmt = numFmt;
    const validation = validationFor(column);
    if (validation !== undefined) validateRange(sheet, dataRange(sheetColumn.letter), validation);
  });
  styleHeaderRow(sheet.getRow(HEADER_ROW), 64);
  COLUMNS.forEach((column, index) => {
    if (column.requiredInFile) {
      styleHeaderCell(sheet.getCell(HEADER_ROW, index + 1), FILLS.requiredHeader);
    }
  });
  sheet.getRow(KEY_ROW).hidden = true;
}

/** Column formats, so Excel keeps "001085012345" as typed and shows dates the Vietnamese way. */
const NUMBER_FORMATS: Readonly<Record<Column['format'], string | undefined>> = {
  text: '@',
  date: 'dd/mm/yyyy',
  wholeNumber: '0',
  general: undefined,
};

function dataRange(letter: string): string {
  const lastRow = FIRST_DATA_ROW + DEFAULT_IMPORT_LIMITS.maxRows - 1;
  return `${letter}${String(FIRST_DATA_ROW)}:${letter}${String(lastRow)}`;
}

/**
 * Warnings rather than refusals: the importer also takes English labels and common spellings
 * ("Thạc sỹ"), and it reports anything it cannot read row by row anyway.
 */
function validationFor(column: Column): DataValidation | undefined {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: twoLines(TEMPLATE_VALIDATION.title, ' / '),
  } as const;
  if (column.options.length > 0) {
    const list = column.options.map((option) => option.vi).join(',');
    return {
      ...common,
      type: 'list',
      formulae: [`"${list}"`],
      error: twoLines(TEMPLATE_VALIDATION.list, ' / '),
    };
  }
  if (column.format === 'date') {
    return {
      ...common,
      type: 'date',
      operator: 'greaterThan',
      formulae: [new Date(Date.UTC(1900, 0, 1))],
      error: twoLines(TEMPLATE_VALIDATION.date, ' / '),
    };
  }
  if (column.format === 'wholeNumber') {
    return {
      ...common,
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      error: twoLines(TEMPLATE_VALIDATION.wholeNumber, ' / '),
    };
  }
  return undefined;
}

function addInstructionsSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(sheetName(TEMPLATE_TEXT.instructionsSheet));
  sheet.columns = [{ width: 42 }, { width: 12 }, { width: 60 }, { width: 40 }];
  const title = sheet.addRow([twoLines(TEMPLATE_TEXT.title)]);
  title.font = { bold: true, size: 14 };
  title.height = 40;
  sheet.addRow([]);
  for (const step of TEMPLATE_TEXT.steps) {
    const text = formatMessage(step, { maxRows: DEFAULT_IMPORT_LIMITS.maxRows });
    sheet.addRow([text.vi]);
    sheet.addRow([text.en]).font = { italic: true, color: { argb: 'FF595959' } };
  }
  sheet.addRow([]);
  sheet.addRow([twoLines(TEMPLATE_TEXT.columnsHeading, ' / ')]).font = { bold: true, size: 12 };
  addColumnTable(sheet);
  sheet.addRow([twoLines(TEMPLATE_TEXT.requiredMark, ' / ')]);
}

function addColumnTable(sheet: Worksheet): void {
  const header = sheet.addRow(
    [
      TEMPLATE_TEXT.columnHeader,
      TEMPLATE_TEXT.requiredHeader,
      TEMPLATE_TEXT.howToHeader,
      TEMPLATE_TEXT.optionsHeader,
    ].map((label) => headerText(label)),
  );
  styleHeaderRow(header, 32);
  for (const column of COLUMNS) {
    const row = sheet.addRow([
      headerText(column.label),
      column.requiredInFile ? twoLines(TEMPLATE_TEXT.yes, ' / ') : '',
      twoLines(column.hint),
      twoLines({
        vi: column.options.map((option) => option.vi).join(', '),
        en: column.options.map((option) => option.en).join(', '),
      }),
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
}
