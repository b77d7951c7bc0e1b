import type { Cell, Fill, Row } from 'exceljs';
import type { Bilingual } from './messages.ts';

/** Vietnamese first, English on the line below, as everywhere in the interface. */
export function twoLines(text: Bilingual, separator = '\n'): string {
  return text.en === '' ? text.vi : `${text.vi}${separator}${text.en}`;
}

/** Excel forbids "/" in sheet names, so "Đề cử (Nominations)" rather than "Đề cử / Nominations". */
export function sheetName(name: Bilingual): string {
  return `${name.vi} (${name.en})`;
}

/** A header cell: Vietnamese, then English in brackets on the next line. */
export function headerText(label: Bilingual, required = false): string {
  return `${label.vi}${required ? ' *' : ''}\n(${label.en})`;
}

const fill = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export const FILLS = {
  header: fill('FFDDEBF7'),
  requiredHeader: fill('FFFCE4D6'),
  warning: fill('FFFFF2CC'),
} as const;

export function styleHeaderCell(cell: Cell, background: Fill = FILLS.header): void {
  cell.font = { bold: true };
  cell.fill = background;
  cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  cell.border = { bottom: { style: 'thin' }, right: { style: 'hair' } };
}

export function styleHeaderRow(row: Row, height = 48): void {
  row.height = height;
  row.eachCell((cell) => {
    styleHeaderCell(cell);
  });
}
