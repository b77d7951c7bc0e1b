/**
 * Text clean-up shared by the reader and the header matcher. Spreadsheets arrive from many
 * keyboards: Vietnamese typed on macOS or converted from old encodings is often decomposed (NFD),
 * web copies carry zero-width and non-breaking spaces, and headers get retyped without diacritics.
 */

// Invisible characters pasted from web pages and Word; they break matching and validation.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** NFC so "Nguyễn" is one byte sequence whatever the keyboard; invisible characters removed. */
export function cleanText(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, '').trim();
}

/** One line of text: runs of spaces, tabs and line breaks become one space. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A matching key: lower case, no diacritics ("Đ" counts as "d"), punctuation as spaces.
 * "Họ và tên *" and "ho va ten" fold alike; so do "Nữ" and "nu".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
