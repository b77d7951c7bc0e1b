import type { CellContent } from './cells.ts';
import type { Bilingual, CellProblemCode, MessageParam } from './messages.ts';
import { fold, singleLine } from './text.ts';

/**
 * Readers turn one non-empty cell into the typed value of its field, or say why they cannot.
 * They only read: whether a value is acceptable (a 12-digit ID, a valid e-mail, an age limit)
 * is the nominations service's call, so a readable but wrong value passes through unchanged.
 */
export type Read<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly problem: CellProblemCode;
      readonly params?: Readonly<Record<string, MessageParam>>;
    };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(
  problem: CellProblemCode,
  params?: Readonly<Record<string, MessageParam>>,
): Read<T> => (params === undefined ? { ok: false, problem } : { ok: false, problem, params });

export function readText(content: CellContent): Read<string> {
  switch (content.kind) {
    case 'text':
      return ok(singleLine(content.text));
    case 'number':
      return ok(String(content.value));
    case 'date':
      return ok(isoDate(content.value));
    case 'error':
      return fail('CELL_ERROR', { error: content.error });
    default:
      return fail('CELL_UNREADABLE');
  }
}

/** Items separated by ";", "," or line breaks; empty items dropped. */
export function readList(content: CellContent): Read<string[]> {
  if (content.kind !== 'text') {
    const single = readText(content);
    return single.ok ? ok([single.value]) : single;
  }
  const items = content.text.split(/[;,\r\n]/).map(singleLine);
  return ok(items.filter((item) => item !== ''));
}

/** A day as "YYYY-MM-DD": from a date cell, an Excel serial number, or "dd/mm/yyyy" / "yyyy-mm-dd" text. */
export function readDate(content: CellContent): Read<string> {
  switch (content.kind) {
    case 'date':
      return ok(isoDate(content.value));
    case 'number':
      return dateFromSerial(content.value);
    case 'text':
      return dateFromText(content.text);
    case 'error':
      return fail('CELL_ERROR', { error: content.error });
    default:
      return fail('INVALID_DATE');
  }
}

// exceljs builds dates from the sheet's serial numbers in UTC, so the UTC fields are the day typed.
function isoDate(date: Date): string {
  return calendarDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) ?? '';
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date pasted without its format arrives as a serial number. A bare year ("1985") is also a
 * number, and read as a serial it would be a day in 1905: four-digit serials (days in 1902-1927)
 * are refused rather than guessed at.
 */
function dateFromSerial(serial: number): Read<string> {
  if (Number.isInteger(serial) && serial >= 1000 && serial <= 9999) return fail('INVALID_DATE');
  if (serial < 1 || serial > 2_958_465) return fail('INVALID_DATE');
  return ok(isoDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS)));
}

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})$/;
// Dates typed into a text cell sometimes carry a midnight time from another system.
const TRAILING_TIME = /[\sT]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

function dateFromText(raw: string): Read<string> {
  const text = singleLine(raw).replace(TRAILING_TIME, '');
  const dayFirst = DAY_FIRST.exec(text);
  const yearFirst = YEAR_FIRST.exec(text);
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1]]
    : yearFirst
      ? [yearFirst[1], yearFirst[2], yearFirst[3]]
      : undefined;
  if (parts === undefined) return fail('INVALID_DATE');
  const [year, month, day] = parts.map(Number);
  const date = calendarDate(year ?? 0, month ?? 0, day ?? 0);
  return date === undefined ? fail('INVALID_DATE') : ok(date);
}

/** "YYYY-MM-DD" for a day that exists (no 31/02), else undefined. */
function calendarDate(year: number, month: number, day: number): string | undefined {
  // Also keeps Date.UTC away from years 0-99, which it maps to 1900-1999.
  if (year < 1000 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year)}-${pad(month)}-${pad(day)}`;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** Looks the cell's text up among the option labels and aliases, folded. */
export function readOption<T>(
  content: CellContent,
  options: ReadonlyMap<string, T>,
  optionList: Bilingual,
): Read<T> {
  if (content.kind === 'error') return fail('CELL_ERROR', { error: content.error });
  const key =
    content.kind === 'text'
      ? fold(content.text)
      : content.kind === 'number'
        ? String(content.value)
        : '';
  const value = options.get(key);
  return value === undefined ? fail('UNKNOWN_OPTION', { options: optionList }) : ok(value);
}

/** Excel's own TRUE/FALSE, or the Yes/No options (with their aliases) as text. */
export function readBoolean(
  content: CellContent,
  options: ReadonlyMap<string, boolean>,
  optionList: Bilingual,
): Read<boolean> {
  if (content.kind === 'boolean') return ok(content.value);
  return readOption(content, options, optionList);
}

const INT32_MAX = 2_147_483_647;
// "5 năm" / "5 years" is how people write a duration; the unit is dropped.
const WHOLE_NUMBER_TEXT = /^([+-]?\d+)(?:\s*(?:năm|nam|years?))?$/iu;

/** A whole number that fits the contract's int32 (a larger one could not even be sent). */
export function readWholeNumber(content: CellContent): Read<number> {
  if (content.kind === 'error') return fail('CELL_ERROR', { error: content.error });
  let value: number | undefined;
  if (content.kind === 'number') value = content.value;
  if (content.kind === 'text') {
    const digits = WHOLE_NUMBER_TEXT.exec(singleLine(content.text))?.[1];
    value = digits === undefined ? undefined : Number(digits);
  }
  if (value === undefined || !Number.isInteger(value) || Math.abs(value) > INT32_MAX) {
    return fail('NOT_A_WHOLE_NUMBER');
  }
  return ok(value);
}

const NATIONAL_ID_DIGITS = 12;

/**
 * The 12-digit personal ID (CCCD) starts with a 0 (its first three digits are a province code
 * from 001 to 096), so Excel always drops at least one digit when it takes the ID for a number.
 * Numbers of 10 to 12 digits are padded back to 12; any other number cannot be recovered and
 * is flagged.
 * Text is passed on as typed, without spaces, for the service to check.
 */
export function readNationalId(content: CellContent): Read<string> {
  switch (content.kind) {
    case 'text':
      return ok(content.text.replace(/[\s.-]/g, ''));
    case 'number':
      return nationalIdFromNumber(content.value);
    case 'error':
      return fail('CELL_ERROR', { error: content.error });
    default:
      return fail('CELL_UNREADABLE');
  }
}

function nationalIdFromNumber(value: number): Read<string> {
  if (!Number.isSafeInteger(value) || value < 0) return fail('NATIONAL_ID_DIGITS_LOST');
  const digits = String(value);
  if (digits.length < NATIONAL_ID_DIGITS - 2 || digits.length > NATIONAL_ID_DIGITS) {
    return fail('NATIONAL_ID_DIGITS_LOST');
  }
  return ok(digits.padStart(NATIONAL_ID_DIGITS, '0'));
}

/**
 * Phone numbers lose their leading 0 the same way: Vietnamese numbers are 0 + 9 or 10 digits, or
 * +84 + the same, so a number of 9-10 digits gets its 0 back and one of 11-12 starting 84 its +.
 * Spaces, dots, dashes and brackets people group digits with are removed.
 */
export function readPhone(content: CellContent): Read<string> {
  switch (content.kind) {
    case 'text':
      return ok(content.text.replace(/[\s.\-()]/g, ''));
    case 'number':
      return ok(phoneFromNumber(content.value));
    case 'error':
      return fail('CELL_ERROR', { error: content.error });
    default:
      return fail('CELL_UNREADABLE');
  }
}

function phoneFromNumber(value: number): string {
  const digits = String(value);
  if (!Number.isSafeInteger(value) || value < 0) return digits;
  if (digits.length === 9 || digits.length === 10) return `0${digits}`;
  if ((digits.length === 11 || digits.length === 12) && digits.startsWith('84'))
    return `+${digits}`;
  return digits;
}

/**
 * Languages as ISO 639-1 codes, from codes or names ("Tiếng Anh", "Anh văn", "English (B2)"),
 * `names` being keyed by `languageKey`. Levels in brackets are dropped before splitting, since
 * they often hold commas ("English (B2, IELTS 6.5)"). Unknown names are reported together.
 */
export function readLanguages(
  content: CellContent,
  names: ReadonlyMap<string, string>,
): Read<string[]> {
  const withoutLevels =
    content.kind === 'text'
      ? { ...content, text: content.text.replace(/\([^)]*\)/g, ' ') }
      : content;
  const items = readList(withoutLevels);
  if (!items.ok) return items;
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const item of items.value) {
    const code = /^[a-zA-Z]{2}$/.test(item) ? item.toLowerCase() : names.get(languageKey(item));
    if (code === undefined) unknown.push(item);
    else if (!codes.includes(code)) codes.push(code);
  }
  return unknown.length > 0 ? fail('UNKNOWN_LANGUAGE', { values: unknown.join('; ') }) : ok(codes);
}

/** "Tiếng Anh", "tieng anh", "Anh văn" and "Anh ngữ" all key as "anh". */
export function languageKey(name: string): string {
  return fold(name)
    .replace(/^(tieng|ngoai ngu) /, '')
    .replace(/ (van|ngu)$/, '');
}
