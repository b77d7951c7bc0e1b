/**
 * Test support: files as a nominating officer would produce them, written with exceljs (not with
 * the code under test), and a minimal zip writer for files that only look like workbooks.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { buildNominationTemplate, FIRST_DATA_ROW, KEY_ROW } from '../src/spreadsheets/template.ts';

type ExcelBytes = Parameters<Workbook['xlsx']['load']>[0];

export type SheetRow = Readonly<Record<string, CellValue>>;

export async function openWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  // Same typing gap as in workbook.ts: exceljs takes a Node Buffer at run time.
  await workbook.xlsx.load(bytes as unknown as ExcelBytes);
  return workbook;
}

export async function saveWorkbook(workbook: Workbook): Promise<Buffer> {
  return Buffer.from((await workbook.xlsx.writeBuffer()) as unknown as Uint8Array);
}

/** The downloaded template with `rows` typed in, by column key; `null` leaves a row empty. */
export async function filledTemplate(
  rows: readonly (SheetRow | null)[],
  edit?: (sheet: Worksheet) => void,
): Promise<Buffer> {
  const workbook = await openWorkbook(await buildNominationTemplate());
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('the template has no sheet');
  const columnOf = new Map<string, number>();
  sheet.getRow(KEY_ROW).eachCell((cell, column) => columnOf.set(cell.text, column));
  rows.forEach((row, index) => {
    for (const [key, value] of Object.entries(row ?? {})) {
      const column = columnOf.get(key);
      if (column === undefined) throw new Error(`no column ${key}`);
      sheet.getCell(FIRST_DATA_ROW + index, column).value = value;
    }
  });
  edit?.(sheet);
  return saveWorkbook(workbook);
}

/** A workbook of one sheet with plain header labels and no key row, as if typed from scratch. */
export async function plainWorkbook(
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[],
  sheetName = 'Sheet1',
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  return saveWorkbook(workbook);
}

/** A zip archive of the given parts, deflated. */
export function zipOf(files: Readonly<Record<string, string | Buffer>>): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = typeof content === 'string' ? Buffer.from(content) : content;
    const packed = deflateRawSync(data);
    const fileName = Buffer.from(name);
    const sizes = Buffer.alloc(16);
    sizes.writeUInt32LE(crc32(data), 0);
    sizes.writeUInt32LE(packed.length, 4);
    sizes.writeUInt32LE(data.length, 8);
    sizes.writeUInt16LE(fileName.length, 12);
    const local = Buffer.concat([
      u32(0x04034b50),
      Buffer.from([20, 0, 0, 0, 8, 0, 0, 0, 0, 0]),
      sizes,
      fileName,
    ]);
    const central = Buffer.concat([
      u32(0x02014b50),
      Buffer.from([20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0]),
      sizes,
      Buffer.alloc(10),
      u32(offset),
      fileName,
    ]);
    locals.push(local, packed);
    directory.push(central);
    offset += local.length + packed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(directory.length, 8);
  end.writeUInt16LE(directory.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

function u32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}

/** RFC 4180 records back into fields, to check the writer against an independent reader. */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text.charAt(index + 1) === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      fields.push(field);
      field = '';
    } else if (char === '\r' && text.charAt(index + 1) === '\n') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      index++;
    } else field += char;
  }
  return records;
}
