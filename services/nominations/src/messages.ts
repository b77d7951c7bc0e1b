/** What the nominations service says to people, in Vietnamese first and English. */
export const MESSAGES = {
  INVALID_FIELD: {
    vi: (field: string, detail: string) => `Ô "${field}" không hợp lệ: ${detail}`,
    en: (field: string, detail: string) => `"${field}" is invalid: ${detail}`,
  },
  DUPLICATE_IN_FILE: {
    vi: (row: number) => `Người này (cùng số định danh) đã có ở dòng ${row}`,
    en: (row: number) => `The same person (same national ID) is already on row ${row}`,
  },
  NOT_ELIGIBLE: {
    vi: () => 'Ứng viên chưa đủ điều kiện; hồ sơ được lưu nháp, chưa thể gửi',
    en: () => 'The candidate is not eligible; saved as a draft, it cannot be submitted yet',
  },
  NOT_WRITTEN: {
    vi: () => 'Dòng hợp lệ nhưng không được ghi vì tệp có dòng lỗi (chế độ "tất cả hoặc không")',
    en: () => 'Valid, but not written: another row is invalid ("all or nothing")',
  },
} as const;

type Catalogue = typeof MESSAGES;

/** A message of the catalogue in both languages. */
export function localized<K extends keyof Catalogue>(
  code: K,
  ...args: Parameters<Catalogue[K]['vi']>
): { vi: string; en: string } {
  const entry = MESSAGES[code] as {
    vi: (...values: typeof args) => string;
    en: (...values: typeof args) => string;
  };
  return { vi: entry.vi(...args), en: entry.en(...args) };
}
