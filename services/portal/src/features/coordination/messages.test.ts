import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

describe('coordination messages', () => {
  it('has the same keys in both languages, all under the feature name', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
    expect(Object.keys(messages.vi).every((key) => key.startsWith('coordination.'))).toBe(true);
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

  it('says places, ratings and hours in both languages', () => {
    const format = (locale: 'vi' | 'en', key: keyof typeof messages.vi, values: object) =>
      new IntlMessageFormat(messages[locale][key], locale === 'vi' ? 'vi-VN' : 'en-GB').format(
        values as Record<string, number>,
      );
    expect(format('en', 'coordination.match.places', { taken: 1, needed: 2, outstanding: 1 })).toBe(
      '1/2 places taken · 1 offer awaiting an answer',
    );
    expect(format('vi', 'coordination.match.places', { taken: 0, needed: 2, outstanding: 0 })).toBe(
      'Đã nhận 0/2 chỗ · không có đề nghị đang chờ',
    );
    expect(format('vi', 'coordination.engagement.ratingOption', { rating: 4 })).toBe('4 – Tốt');
    expect(format('vi', 'coordination.engagement.hoursShort', { hours: 37.5 })).toBe('37,5 giờ');
  });
});
