/**
 * RFC 4180 CSV: fields quoted when they hold the delimiter, a quote or a line break, quotes
 * doubled, records ended by CRLF. The UTF-8 byte-order mark makes Excel read the file as UTF-8;
 * without it Vietnamese appears as mojibake ("Nguyá»…n").
 */
export type CsvDelimiter = ',' | ';';

const BOM = '\uFEFF';

/**
 * A spreadsheet opening the file runs any field starting with one of these as a formula
 * ("=HYPERLINK(...)" typed into a name by anyone who can edit a nomination). OWASP's advice:
 * prefix such text with an apostrophe, which Excel shows as a text marker.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvDocument(
  records: readonly (readonly (string | number)[])[],
  delimiter: CsvDelimiter = ',',
): Buffer {
  const lines = records.map((fields) =>
    fields.map((field) => csvField(field, delimiter)).join(delimiter),
  );
  return Buffer.from(`${BOM}${lines.map((line) => `${line}\r\n`).join('')}`, 'utf8');
}

/** Numbers are the exporter's own counts and scores, never user text, so they are not guarded. */
export function csvField(value: string | number, delimiter: CsvDelimiter = ','): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = /["\r\n]/.test(text) || text.includes(delimiter);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}
