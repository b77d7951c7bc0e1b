import type { CellValue } from 'exceljs';
import { cleanText } from './text.ts';

/**
 * What a cell holds, whatever way Excel stored it: rich text, a formula's cached result and an
 * auto-linked e-mail address all come down to the text or number the user sees.
 */
export type CellContent =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly value: Date }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'error'; readonly error: string };

const EMPTY: CellContent = { kind: 'empty' };

export function cellContent(value: CellValue): CellContent {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return textContent(value);
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', error: '#NUM!' };
  }
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? { kind: 'error', error: '#VALUE!' }
      : { kind: 'date', value };
  }
  if ('error' in value) return { kind: 'error', error: value.error };
  if ('richText' in value) return textContent(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return hyperlinkContent(value.text, value.hyperlink);
  // A formula counts as its last computed result; without one (never calculated) it is empty.
  return cellContent(value.result);
}

function textContent(raw: string): CellContent {
  const text = cleanText(raw);
  return text === '' ? EMPTY : { kind: 'text', text };
}

/**
 * Excel turns typed e-mail addresses into mailto links; the text shown is what the user meant.
 * exceljs may also hand the text over as rich text, hence the loose type.
 */
function hyperlinkContent(text: unknown, hyperlink: string): CellContent {
  const shown = isRichText(text) ? text.richText.map((run) => run.text).join('') : text;
  if (typeof shown === 'string' && cleanText(shown) !== '') return textContent(shown);
  return textContent(hyperlink.replace(/^mailto:/i, ''));
}

function isRichText(value: unknown): value is { richText: readonly { text: string }[] } {
  return typeof value === 'object' && value !== null && 'richText' in value;
}
