/**
 * The gateway's spreadsheet module: nomination template download, .xlsx upload parsing
 * (nominations, attendance), .xlsx/CSV export.
 */
export { buildNominationTemplate } from './template.ts';
export {
  DEFAULT_IMPORT_LIMITS,
  parseNominationWorkbook,
  type ImportLimits,
  type ParsedWorkbook,
} from './import.ts';
export { parseAttendanceWorkbook, type ParsedAttendance } from './attendance-import.ts';
export { SpreadsheetError, type SpreadsheetErrorCode } from './errors.ts';
export {
  MEDIA_TYPES,
  nominationsToCsv,
  nominationsToXlsx,
  quotaLedgerToCsv,
  quotaLedgerToXlsx,
  type CsvOptions,
  type ExportOptions,
  type LedgerExportOptions,
} from './export.ts';
export type { Bilingual, CellProblemCode } from './messages.ts';
