import { describe, expect, it } from 'vitest';
import { nameSortKey, tokenise } from '../domain/index.ts';
import { Random } from '../../test/random-profiles.ts';
import { TextCache } from './text-cache.ts';

/** Characters where folding could depend on a neighbour, if anything did. */
const PIECES = [
  'Nguyễn',
  'ĐỖ',
  'đ',
  'Hoà',
  'Hòa',
  'e\u0301',
  '\u0301',
  '\u0323a',
  'ΟΔΟΣ',
  'Σ',
  'İ',
  'ß',
  'ﬁ',
  '\u00a0',
  '\t',
  '\n',
  '-',
  '–',
  '.',
  ',',
  '/',
  '2025',
  '😀',
  '\ufeff',
  '',
];

describe('TextCache', () => {
  it('folds texts chunk by chunk exactly as tokenise folds them whole', () => {
    const random = new Random(99);
    const cache = new TextCache();
    for (let round = 0; round < 3000; round += 1) {
      const text = Array.from({ length: random.integer(8) }, () => random.pick(PIECES)).join(
        random.pick([' ', '  ', '', ' \u0301']),
      );
      expect(cache.words(text), JSON.stringify(text)).toBe(tokenise(text).join(' '));
      // A second time comes from the cache, and must not differ.
      expect(cache.words(text)).toBe(tokenise(text).join(' '));
      expect(cache.sortKey(text)).toBe(nameSortKey(text));
    }
  });
});
