import { describe, expect, it } from 'vitest';
import { cellContent, type CellContent } from './cells.ts';
import {
  readDate,
  readList,
  readNationalId,
  readPhone,
  readWholeNumber,
  type Read,
} from './readers.ts';

const text = (value: string): CellContent => ({ kind: 'text', text: value });
const number = (value: number): CellContent => ({ kind: 'number', value });
const value = <T>(read: Read<T>): T | string => (read.ok ? read.value : read.problem);

describe('cellContent', () => {
  it('reduces rich text, links and formula results to what the user sees', () => {
    expect(cellContent({ richText: [{ text: 'Nguyễn ' }, { text: 'Hà' }] })).toEqual(
      text('Nguyễn Hà'),
    );
    expect(cellContent({ text: 'ha@mst.gov.vn', hyperlink: 'mailto:ha@mst.gov.vn' })).toEqual(
      text('ha@mst.gov.vn'),
    );
    expect(cellContent({ formula: 'A1*2', result: 10 })).toEqual(number(10));
    expect(cellContent({ formula: 'A1' })).toEqual({ kind: 'empty' });
    expect(cellContent({ error: '#N/A' })).toEqual({ kind: 'error', error: '#N/A' });
  });

  it('normalises Vietnamese to NFC and drops invisible characters', () => {
    const decomposed = 'Nguyễn Thị Hà'.normalize('NFD');
    expect(cellContent(`\u200B ${decomposed}\u00A0`)).toEqual(text('Nguyễn Thị Hà'));
    expect(cellContent('   ')).toEqual({ kind: 'empty' });
  });
});

describe('readDate', () => {
  it.each([
    ['15/03/1985', '1985-03-15'],
    ['5/3/1985', '1985-03-05'],
    ['15-03-1985', '1985-03-15'],
    ['15.03.1985', '1985-03-15'],
    ['1985-03-15', '1985-03-15'],
    ['1985-03-15 00:00:00', '1985-03-15'],
    ['29/02/2000', '2000-02-29'],
  ])('reads the text %s', (input, expected) => {
    expect(value(readDate(text(input)))).toBe(expected);
  });

  it.each(['31/02/1990', '29/02/1999', '15/13/1985', '15/03/85', 'March 1985', '1985'])(
    'refuses the text %s',
    (input) => {
      expect(value(readDate(text(input)))).toBe('INVALID_DATE');
    },
  );

  it('reads date cells by their UTC day and serial numbers as Excel dates', () => {
    expect(value(readDate({ kind: 'date', value: new Date(Date.UTC(1985, 2, 15)) }))).toBe(
      '1985-03-15',
    );
    expect(value(readDate(number(31121)))).toBe('1985-03-15');
    expect(value(readDate(number(31121.75)))).toBe('1985-03-15');
  });

  it('does not take a bare year for a serial date', () => {
    expect(value(readDate(number(1985)))).toBe('INVALID_DATE');
  });
});

describe('readNationalId', () => {
  it('keeps text as typed, without spaces', () => {
    expect(value(readNationalId(text('001 085 012345')))).toBe('001085012345');
    expect(value(readNationalId(text('12345')))).toBe('12345');
  });

  it('restores the leading zeros Excel dropped from a number', () => {
    expect(value(readNationalId(number(1085012345)))).toBe('001085012345');
    expect(value(readNationalId(number(79090001234)))).toBe('079090001234');
  });

  it.each([123456789, 1234567890123, 1.5e11 + 0.5, -1085012345])(
    'flags %s, which cannot be recovered',
    (input) => {
      expect(value(readNationalId(number(input)))).toBe('NATIONAL_ID_DIGITS_LOST');
    },
  );
});

describe('readPhone', () => {
  it.each([
    [text('0912 345 678'), '0912345678'],
    [text('(024) 3822.1234'), '02438221234'],
    [number(912345678), '0912345678'],
    [number(2438221234), '02438221234'],
    [number(84912345678), '+84912345678'],
  ])('reads %o as %s', (input, expected) => {
    expect(value(readPhone(input))).toBe(expected);
  });
});

describe('readWholeNumber', () => {
  it.each([
    [number(12), 12],
    [text('12'), 12],
    [text('5 năm'), 5],
    [text('5 years'), 5],
    [text('-3'), -3],
  ])('reads %o as %s', (input, expected) => {
    expect(value(readWholeNumber(input))).toBe(expected);
  });

  it.each([number(5.5), text('5,5'), text('nhiều'), number(3e10)])('refuses %o', (input) => {
    expect(value(readWholeNumber(input))).toBe('NOT_A_WHOLE_NUMBER');
  });
});

describe('readList', () => {
  it('splits on semicolons, commas and line breaks, dropping empty items', () => {
    expect(value(readList(text('Dữ liệu số; An toàn thông tin,\nChính phủ  số;;')))).toEqual([
      'Dữ liệu số',
      'An toàn thông tin',
      'Chính phủ số',
    ]);
  });
});
