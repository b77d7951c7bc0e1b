import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

describe('expert messages', () => {
  it('has the same keys in both languages, all under the feature name', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
    expect(Object.keys(messages.vi).every((key) => key.startsWith('expert.'))).toBe(true);
  });

  it('compiles every message as ICU MessageFormat', () => {
    for (const [locale, catalogue] of [
      ['vi-VN', messages.vi],
      ['en-GB', messages.en],
    ] as const) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect(() => new IntlMessageFormat(text, locale), key).not.toThrow();
      }
    }
  });

  it('says plurals in English', () => {
    const format = (count: number) =>
      new IntlMessageFormat(messages.en['expert.directory.count'], 'en-GB').format({
        count,
        shown: String(count),
      });
    expect(format(0)).toBe('No experts found');
    expect(format(1)).toBe('1 expert found, showing 1');
    expect(format(120)).toBe('120 experts found, showing 120');
  });
});
