/**
 * How the portal writes dates, numbers and orders lists, whatever the language: dates as
 * dd/MM/yyyy in Vietnam's time zone (a deadline at 23:59 in Hà Nội is that day, even for a
 * browser set to another zone), and lists in Vietnamese collation (Đ after D, tones ignored
 * before letters), since the names sorted are Vietnamese in both languages.
 */
export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** BCP 47 tags: dd/MM/yyyy in both (en-GB writes dates the Vietnamese way round). */
const DATE_TAG: Readonly<Record<Locale, string>> = { vi: 'vi-VN', en: 'en-GB' };
const NUMBER_TAG: Readonly<Record<Locale, string>> = { vi: 'vi-VN', en: 'en-GB' };

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
function dateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(DATE_TAG[locale], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: VIETNAM_TIME_ZONE,
    });
    dateFormats.set(locale, format);
  }
  return format;
}

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: VIETNAM_TIME_ZONE,
});

type DateInput = string | number | Date | undefined | null;

function toDate(value: DateInput): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** dd/MM/yyyy in Vietnam time; '' for no date (the API leaves unset timestamps out). */
export function formatDate(locale: Locale, value: DateInput): string {
  const date = toDate(value);
  return date === undefined ? '' : dateFormat(locale).format(date);
}

/** dd/MM/yyyy HH:mm in Vietnam time, the date first in both languages. */
export function formatDateTime(locale: Locale, value: DateInput): string {
  const date = toDate(value);
  return date === undefined ? '' : `${dateFormat(locale).format(date)} ${timeFormat.format(date)}`;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
/** 1.234,5 in Vietnamese, 1,234.5 in English. */
export function formatNumber(locale: Locale, value: number | undefined): string {
  if (value === undefined) return '';
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(NUMBER_TAG[locale], { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** Vietnamese collation, numbers compared as numbers ("P2" before "P10"). */
export const vietnameseCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** A sorted copy, in Vietnamese collation of the text each item is sorted by. */
export function sortByVietnamese<T>(items: readonly T[], textOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => vietnameseCollator.compare(textOf(a), textOf(b)));
}

/** Text for search and comparison: lower case, without tones or the bar of đ. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** The yyyy-MM-dd of a date input, for an instant in Vietnam time (and back). */
export function dateInputValue(value: DateInput): string {
  const date = toDate(value);
  if (date === undefined) return '';
  return new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE }).format(date);
}

/** The instant a yyyy-MM-dd date input means: midnight of that day in Vietnam (UTC+7, no DST). */
export function instantOfDateInput(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return new Date(`${value}T00:00:00+07:00`).toISOString();
}
