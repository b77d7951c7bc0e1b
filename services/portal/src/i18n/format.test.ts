import { describe, expect, it } from 'vitest';
import {
  dateInputValue,
  foldVietnamese,
  formatDate,
  formatDateTime,
  formatNumber,
  instantOfDateInput,
  sortByVietnamese,
} from './format.ts';

describe('formatting for Vietnam', () => {
  it('writes dates dd/MM/yyyy in Vietnam time in both languages', () => {
    // 17:30 UTC on 31 December is already 1 January in Hà Nội.
    expect(formatDate('vi', '2026-12-31T17:30:00Z')).toBe('01/01/2027');
    expect(formatDate('en', '2026-12-31T17:30:00Z')).toBe('01/01/2027');
    expect(formatDateTime('vi', '2026-03-05T01:02:00Z')).toBe('05/03/2026 08:02');
    expect(formatDate('vi', undefined)).toBe('');
    expect(formatDate('vi', 'not a date')).toBe('');
  });

  it('uses Vietnamese separators in Vietnamese', () => {
    expect(formatNumber('vi', 1234567.5)).toBe('1.234.567,5');
    expect(formatNumber('en', 1234567.5)).toBe('1,234,567.5');
  });

  it('sorts in Vietnamese collation', () => {
    const names = ['Đặng', 'Dương', 'Bùi', 'Ân', 'An', 'Zô', 'Ơn', 'O'];
    expect(sortByVietnamese(names, (name) => name)).toEqual([
      'An',
      'Ân',
      'Bùi',
      'Dương',
      'Đặng',
      'O',
      'Ơn',
      'Zô',
    ]);
  });

  it('folds tones and đ for search', () => {
    expect(foldVietnamese('Chuyển đổi SỐ')).toBe('chuyen doi so');
  });

  it('maps date inputs to Vietnamese midnight and back', () => {
    expect(instantOfDateInput('2027-02-06')).toBe('2027-02-05T17:00:00.000Z');
    expect(dateInputValue('2027-02-05T17:00:00.000Z')).toBe('2027-02-06');
    expect(instantOfDateInput('06/02/2027')).toBeUndefined();
  });
});
