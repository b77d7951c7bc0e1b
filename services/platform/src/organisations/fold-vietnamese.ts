/**
 * Search keys for Vietnamese text. People type names without tone marks, in any case, and with
 * "d" for "đ", so "ha noi" has to find "Hà Nội" and "dong nai" "Đồng Nai".
 */

/** Lower-cases and strips every diacritic; "đ" is a separate letter, not a mark, so it is mapped. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
}

/**
 * Folds and reduces punctuation and runs of spaces to single spaces, so "Bà Rịa – Vũng Tàu" and
 * "ba ria vung tau" give the same key. Compare keys with `includes` for substring search.
 */
export function toSearchKey(text: string): string {
  return foldVietnamese(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
