import { inflateRaw } from 'node:zlib';
import { SpreadsheetError } from './errors.ts';

/**
 * Checks an upload before exceljs touches it. exceljs unzips every part into memory without a
 * limit, so a small upload could inflate into gigabytes and take the gateway down; and it
 * accepts any zip (a .docx too), failing later with unclear errors. Here the zip directory is
 * read, each part really inflated under a shared byte budget (declared sizes can lie), and the
 * parts every workbook has are required.
 */
export async function inspectWorkbookZip(bytes: Uint8Array, maxUncompressedBytes: number) {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (startsWith(buffer, OLE_SIGNATURE)) throw new SpreadsheetError('XLSX_UNSUPPORTED_FORMAT');
  if (!startsWith(buffer, LOCAL_HEADER_SIGNATURE)) throw new SpreadsheetError('XLSX_MALFORMED');
  const entries = readCentralDirectory(buffer);
  const names = new Set(entries.map((entry) => entry.name));
  if (!REQUIRED_PARTS.every((part) => names.has(part))) {
    throw new SpreadsheetError('XLSX_MALFORMED');
  }
  let budget = maxUncompressedBytes;
  for (const entry of entries) {
    budget -= await inflatedSize(buffer, entry, budget, maxUncompressedBytes);
  }
}

// Legacy .xls and password-protected .xlsx are both OLE compound files, not zips.
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const LOCAL_HEADER_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const REQUIRED_PARTS = ['[Content_Types].xml', 'xl/workbook.xml'];
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x1;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

function startsWith(buffer: Buffer, signature: Buffer): boolean {
  return (
    buffer.length >= signature.length && buffer.subarray(0, signature.length).equals(signature)
  );
}

function readCentralDirectory(buffer: Buffer): ZipEntry[] {
  const end = findEndOfDirectory(buffer);
  const count = buffer.readUInt16LE(end + 10);
  let offset = buffer.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== DIRECTORY_ENTRY) {
      throw new SpreadsheetError('XLSX_MALFORMED');
    }
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    entries.push({
      flags: buffer.readUInt16LE(offset + 8),
      method: buffer.readUInt16LE(offset + 10),
      compressedSize: buffer.readUInt32LE(offset + 20),
      localHeaderOffset: buffer.readUInt32LE(offset + 42),
      // Part names of a workbook are ASCII; latin1 cannot fail on other bytes.
      name: buffer.toString('latin1', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * The end-of-directory record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
 * ZIP64 archives (over 65,535 parts or 4 GiB) are refused: no nomination list comes near that.
 */
function findEndOfDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let offset = buffer.length - 22; offset >= lowest; offset--) {
    if (buffer.readUInt32LE(offset) === END_OF_DIRECTORY) {
      if (buffer.readUInt16LE(offset + 10) === 0xffff) break;
      if (buffer.readUInt32LE(offset + 16) === 0xffffffff) break;
      return offset;
    }
  }
  throw new SpreadsheetError('XLSX_MALFORMED');
}

async function inflatedSize(
  buffer: Buffer,
  entry: ZipEntry,
  budget: number,
  maxUncompressedBytes: number,
): Promise<number> {
  if ((entry.flags & ENCRYPTED_FLAG) !== 0) throw new SpreadsheetError('XLSX_UNSUPPORTED_FORMAT');
  const data = entryData(buffer, entry);
  const tooLarge = () =>
    new SpreadsheetError('XLSX_TOO_LARGE', {
      params: { max: Math.floor(maxUncompressedBytes / (1024 * 1024)) },
    });
  if (entry.method === STORED) {
    if (data.length > budget) throw tooLarge();
    return data.length;
  }
  if (entry.method !== DEFLATED) throw new SpreadsheetError('XLSX_MALFORMED');
  const inflated = await inflateWithin(data, budget);
  if (inflated === 'too-large' || inflated > budget) throw tooLarge();
  return inflated;
}

function entryData(buffer: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL_HEADER) {
    throw new SpreadsheetError('XLSX_MALFORMED');
  }
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw new SpreadsheetError('XLSX_MALFORMED');
  return buffer.subarray(start, end);
}

/** Inflates on the libuv pool (not the event loop), stopping as soon as the budget is passed. */
function inflateWithin(data: Buffer, budget: number): Promise<number | 'too-large'> {
  return new Promise((resolve, reject) => {
    inflateRaw(data, { maxOutputLength: Math.max(1, budget) }, (error, result) => {
      if (error === null) resolve(result.length);
      else if (error instanceof RangeError) resolve('too-large');
      else reject(new SpreadsheetError('XLSX_MALFORMED', { cause: error }));
    });
  });
}
