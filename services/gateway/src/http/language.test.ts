import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './language.ts';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, 'vi'],
    ['', 'vi'],
    ['en', 'en'],
    ['en-US,en;q=0.9', 'en'],
    ['vi-VN,vi;q=0.9,en;q=0.8', 'vi'],
    ['fr, en;q=0.5', 'en'],
    ['en;q=0.4, vi;q=0.6', 'vi'],
    ['de, ja', 'vi'],
    ['en;q=0', 'vi'],
    ['*', 'vi'],
  ])('%s → %s', (header, language) => {
    expect(negotiateLanguage(header)).toBe(language);
  });
});
