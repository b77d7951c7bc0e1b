/**
 * The pieces of the domain's scoreProfile (search.ts) the read model scores with: field weights
 * by posting info byte, wordMatch, containsPhrase. They must agree with search.ts; the
 * equivalence tests compare against scoreProfile itself.
 */
import { FIELD_WEIGHTS, MIN_PREFIX, PREFIX_FACTOR, type SearchField } from '../domain/index.ts';

/** The order scoreProfile looks at fields in: the first field holding the phrase earns it. */
export const FIELD_ORDER = Object.keys(FIELD_WEIGHTS) as SearchField[];

if (FIELD_ORDER.length > 4) throw new Error('posting info holds four fields');

/** A field's bit in a posting's info byte: low nibble "starts a word", high nibble "is a word". */
export const FIELD_BIT: Readonly<Record<SearchField, number>> = {
  name: 1 << FIELD_ORDER.indexOf('name'),
  skills: 1 << FIELD_ORDER.indexOf('skills'),
  position: 1 << FIELD_ORDER.indexOf('position'),
  bio: 1 << FIELD_ORDER.indexOf('bio'),
};
export const wordInfo = (field: SearchField) => FIELD_BIT[field] << 4;
export const prefixInfo = (field: SearchField) => FIELD_BIT[field];
/** The fields where the token is a whole word: only there can the query be a phrase. */
export const wordFieldsOf = (info: number) => info >> 4;

/** scoreProfile's best field weight of a token, by info byte. */
export const WEIGHT_OF_INFO = new Float64Array(256).map((_, info) =>
  Math.max(
    0,
    ...FIELD_ORDER.map((field) =>
      (info >> 4) & FIELD_BIT[field]
        ? FIELD_WEIGHTS[field]
        : info & FIELD_BIT[field]
          ? FIELD_WEIGHTS[field] * PREFIX_FACTOR
          : 0,
    ),
  ),
);

/** The largest field weight among a set of field bits (the most a phrase there can earn). */
export const STRONGEST_WEIGHT = new Float64Array(16).map((_, fields) =>
  Math.max(
    0,
    ...FIELD_ORDER.map((field) => (fields & FIELD_BIT[field] ? FIELD_WEIGHTS[field] : 0)),
  ),
);

/** search.ts's wordMatch: 1 for the word, PREFIX_FACTOR when it starts one, else 0. */
export function wordMatch(token: string, words: readonly string[]): number {
  if (words.includes(token)) return 1;
  if (token.length >= MIN_PREFIX && words.some((word) => word.startsWith(token))) {
    return PREFIX_FACTOR;
  }
  return 0;
}

const SPACE = 0x20;

/** search.ts's containsPhrase, on the words already joined by single spaces. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (text.length < phrase.length) return false;
  if (text === phrase) return true;
  return (
    (text.startsWith(phrase) && text.charCodeAt(phrase.length) === SPACE) ||
    (text.endsWith(phrase) && text.charCodeAt(text.length - phrase.length - 1) === SPACE) ||
    text.includes(` ${phrase} `)
  );
}
