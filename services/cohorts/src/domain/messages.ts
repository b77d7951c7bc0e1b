import { vietnamMomentText, vietnamTimeOf } from '@expertnet/platform';
/**
 * What the cohorts domain says to people, Vietnamese first and English. Logic refers to entries by
 * key; wording changes (and a reviewer's check of the Vietnamese) happen here only.
 */
import type { EnrolmentStatus, LocalizedText } from './types.ts';

const STATUS_NAMES: Readonly<Record<EnrolmentStatus, LocalizedText>> = {
  pooled: { vi: 'đang chờ xếp lớp', en: 'waiting to be placed in a cohort' },
  waitlisted: { vi: 'trong danh sách chờ', en: 'on a waitlist' },
  enrolled: { vi: 'đang học', en: 'enrolled' },
  graduated: { vi: 'đã tốt nghiệp', en: 'graduated' },
  dropped: { vi: 'đã thôi học', en: 'dropped out' },
  removed: { vi: 'đã bị rút khỏi chương trình', en: 'removed from the programme' },
};

export const MESSAGES = {
  CHECK_IN_NOT_OPEN_YET: {
    vi: (opens: Date, closes: Date) =>
      `Chưa đến giờ điểm danh: mở từ ${vietnamMomentText(opens)} đến ${vietnamTimeOf(closes)} (giờ Việt Nam)`,
    en: (opens: Date, closes: Date) =>
      `Check-in is not open yet: from ${vietnamMomentText(opens)} to ${vietnamTimeOf(closes)} (Vietnam time)`,
  },
  CHECK_IN_CLOSED: {
    vi: (_opens: Date, closes: Date) =>
      `Đã hết giờ điểm danh (đóng lúc ${vietnamMomentText(closes)}); hãy báo giảng viên`,
    en: (_opens: Date, closes: Date) =>
      `Check-in closed at ${vietnamMomentText(closes)} (Vietnam time); ask the facilitator`,
  },
  CHECK_IN_CODE_EXPIRED: {
    vi: (_opens: Date, closes: Date) =>
      `Mã điểm danh đã hết hạn; hãy nhập mã đang hiển thị trước ${vietnamTimeOf(closes)}`,
    en: (_opens: Date, closes: Date) =>
      `That check-in code has expired; enter the code shown now, before ${vietnamTimeOf(closes)}`,
  },
  CHECK_IN_CODE_INVALID: {
    vi: (_opens: Date, closes: Date) =>
      `Mã điểm danh không đúng; hãy nhập mã đang hiển thị trước ${vietnamTimeOf(closes)}`,
    en: (_opens: Date, closes: Date) =>
      `That check-in code is not right; enter the code shown now, before ${vietnamTimeOf(closes)}`,
  },
  ATTENDANCE_BELOW_MINIMUM: {
    vi: (percent: number, minimum: number) =>
      `Tỷ lệ tham dự ${percent}% thấp hơn mức tối thiểu ${minimum}%`,
    en: (percent: number, minimum: number) =>
      `Attendance of ${percent}% is below the minimum of ${minimum}%`,
  },
  REQUIRED_MODULE_NOT_PASSED: {
    vi: (code: string, title: LocalizedText) => `Chưa đạt học phần bắt buộc ${code} (${title.vi})`,
    en: (code: string, title: LocalizedText) =>
      `Required module ${code} (${title.en || title.vi}) not passed`,
  },
  TOO_FEW_MODULES_PASSED: {
    vi: (passed: number, minimum: number) => `Mới đạt ${passed} học phần, cần ít nhất ${minimum}`,
    en: (passed: number, minimum: number) =>
      `${passed} module(s) passed, at least ${minimum} needed`,
  },
  NOT_ENROLLED: {
    vi: (status: EnrolmentStatus) =>
      `Học viên ${STATUS_NAMES[status].vi}, không thể xét tốt nghiệp`,
    en: (status: EnrolmentStatus) => `The trainee is ${STATUS_NAMES[status].en}: not graduable`,
  },
  EMAIL_MISSING: {
    vi: () => 'Thiếu email học viên',
    en: () => 'The trainee email is missing',
  },
  UNKNOWN_TRAINEE: {
    vi: (email: string) => `Không có học viên nào với email ${email}`,
    en: (email: string) => `No trainee has the email ${email}`,
  },
  NOT_IN_COHORT: {
    vi: (email: string) => `Học viên ${email} không đang học trong lớp của buổi học này`,
    en: (email: string) => `Trainee ${email} does not hold a seat in this session's cohort`,
  },
  DUPLICATE_ROW: {
    vi: (row: number) => `Học viên này đã có ở dòng ${row}`,
    en: (row: number) => `This trainee is already on row ${row}`,
  },
  STATUS_MISSING: {
    vi: () => 'Thiếu trạng thái điểm danh (có mặt / muộn / vắng / có phép)',
    en: () => 'The attendance status is missing (present / late / absent / excused)',
  },
  NOTE_TOO_LONG: {
    vi: (max: number) => `Ghi chú dài quá ${max} ký tự`,
    en: (max: number) => `The note is longer than ${max} characters`,
  },
  SESSION_NOT_STARTED: {
    vi: () => 'Buổi học chưa bắt đầu: trước giờ học chỉ ghi được "có phép"',
    en: () => 'The session has not started: before it, only "excused" can be recorded',
  },
} as const;

type Catalogue = typeof MESSAGES;
export type MessageCode = keyof Catalogue;

/** A message of the catalogue in both languages. */
export function localized<K extends MessageCode>(
  code: K,
  ...args: Parameters<Catalogue[K]['vi']>
): LocalizedText {
  const entry = MESSAGES[code] as {
    vi: (...values: typeof args) => string;
    en: (...values: typeof args) => string;
  };
  return { vi: entry.vi(...args), en: entry.en(...args) };
}
