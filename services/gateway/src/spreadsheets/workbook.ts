import ExcelJS from 'exceljs';
import type { DataValidation, Workbook, Worksheet } from 'exceljs';

/**
 * The few places where exceljs's typings and our strict settings disagree, kept in one file.
 * exceljs types its byte input and output as its own `Buffer` alias of ArrayBuffer, while at
 * run time it takes and returns Node Buffers (through JSZip).
 */
type ExcelBytes = Parameters<Workbook['xlsx']['load']>[0];

/**
 * Parts of a sheet the import never reads. exceljs expands every data-validation range into one
 * entry per cell while loading, so a user's validation on whole columns (a million cells) would
 * stall the gateway; drawings and conditional formats are just as useless for the data.
 */
const IGNORED_ON_LOAD = ['dataValidations', 'conditionalFormatting', 'extLst', 'drawing'];

export function newWorkbook(): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ExpertNet';
  return workbook;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelBytes, { ignoreNodes: IGNORED_ON_LOAD });
  return workbook;
}

export async function workbookBytes(workbook: Workbook): Promise<Buffer> {
  const written: unknown = await workbook.xlsx.writeBuffer();
  if (Buffer.isBuffer(written)) return written;
  if (written instanceof ArrayBuffer) return Buffer.from(written);
  throw new TypeError('exceljs returned an unexpected type from writeBuffer');
}

/** `worksheet.dataValidations` exists at run time but is missing from exceljs's typings. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: DataValidation): unknown };
}

/** One validation for a whole range, written as one rule instead of one per cell. */
export function validateRange(worksheet: Worksheet, range: string, validation: DataValidation) {
  (worksheet as unknown as RangeValidations).dataValidations.add(range, validation);
}
