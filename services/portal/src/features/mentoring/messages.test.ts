import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

describe('mentoring messages', () => {
  it('has the same keys in both languages, all under the feature name', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
    expect(Object.keys(messages.vi).every((key) => key.startsWith('mentoring.'))).toBe(true);
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

  it('says plurals and ratings in both languages', () => {
    const format = (locale: 'vi' | 'en', key: keyof typeof messages.vi, values: object) =>
      new IntlMessageFormat(messages[locale][key], locale === 'vi' ? 'vi-VN' : 'en-GB').format(
        values as Record<string, number>,
      );
    expect(format('en', 'mentoring.board.publish', { count: 1 })).toBe('Publish 1 pair');
    expect(format('en', 'mentoring.board.publish', { count: 3 })).toBe('Publish 3 pairs');
    expect(format('vi', 'mentoring.board.publish', { count: 3 })).toBe('Công bố 3 cặp');
    expect(format('vi', 'mentoring.feedback.ratingOption', { rating: 4 })).toBe('4 – Tốt');
    expect(format('en', 'mentoring.feedback.ratingOption', { rating: 1 })).toBe('1 – Poor');
  });
});
