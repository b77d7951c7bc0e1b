/**
 * Folded words and name sort keys of profile texts, remembered: folding is most of the cost of
 * indexing a profile, and the same words, names and positions recur across thousands of profiles.
 */
import { nameSortKey, tokenise } from '../domain/index.ts';

/** Remembered texts before a cache starts over (bounds memory on unusual data). */
const CACHE_LIMIT = 50_000;

function remembered<T>(cache: Map<string, T>, key: string, derive: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = derive(key);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/**
 * Folding works word by word (a space is no letter, mark or cased character, and no canonical
 * decomposition makes one, so nothing on one side of it changes the other side): a text's folded
 * words are its space-separated chunks' folded words, joined, and chunks repeat far more than
 * texts do.
 */
export class TextCache {
  readonly #chunks = new Map<string, string>();
  readonly #texts = new Map<string, string>();
  readonly #sortKeys = new Map<string, string>();

  /** tokenise(text).join(' '). */
  words(text: string): string {
    if (text.length <= 64) return remembered(this.#texts, text, (short) => this.#fold(short));
    return this.#fold(text);
  }

  /** nameSortKey(fullName). */
  sortKey(fullName: string): string {
    return remembered(this.#sortKeys, fullName, nameSortKey);
  }

  #fold(text: string): string {
    let folded = '';
    for (const chunk of text.split(' ')) {
      if (chunk === '') continue;
      const words = remembered(this.#chunks, chunk, (word) => tokenise(word).join(' '));
      if (words === '') continue;
      folded = folded === '' ? words : `${folded} ${words}`;
    }
    return folded;
  }
}
