import { describe, expect, it } from 'vitest';
import { foldVietnamese, toSearchKey } from './fold-vietnamese.ts';

describe('foldVietnamese', () => {
  it('drops tone and vowel marks and lower-cases', () => {
    expect(foldVietnamese('Hà Nội')).toBe('ha noi');
    expect(foldVietnamese('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(foldVietnamese('ỦY BAN DÂN TỘC')).toBe('uy ban dan toc');
  });

  it('folds đ and Đ to d', () => {
    expect(foldVietnamese('Đồng Nai')).toBe('dong nai');
    expect(foldVietnamese('Bộ Giáo dục và Đào tạo')).toBe('bo giao duc va dao tao');
  });

  it('gives the same result for composed and decomposed input', () => {
    const composed = 'Đắk Lắk'.normalize('NFC');
    const decomposed = 'Đắk Lắk'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(foldVietnamese(composed)).toBe(foldVietnamese(decomposed));
    expect(foldVietnamese(decomposed)).toBe('dak lak');
  });

  it('accepts either placement of the tone mark', () => {
    expect(foldVietnamese('Khánh Hòa')).toBe(foldVietnamese('Khánh Hoà'));
  });
});

describe('toSearchKey', () => {
  it('reduces punctuation and runs of spaces to single spaces', () => {
    expect(toSearchKey('  Bà Rịa – Vũng Tàu ')).toBe('ba ria vung tau');
    expect(toSearchKey('Văn hóa, Thể thao và Du lịch')).toBe('van hoa the thao va du lich');
    expect(toSearchKey('TP.HCM')).toBe('tp hcm');
  });

  it('is empty for text without letters or digits', () => {
    expect(toSearchKey(' – ')).toBe('');
  });
});
