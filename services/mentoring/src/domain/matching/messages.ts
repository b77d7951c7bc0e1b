/**
 * What matching says to people, Vietnamese first and English. Logic refers to entries by key, so
 * wording changes (and a reviewer's check of the Vietnamese) happen here only.
 */
import type { AvailabilityStatus, LocalizedText, MeetingMode } from './types.ts';

const list = (names: readonly string[]) => names.join(', ');
const vi = (names: readonly LocalizedText[]) => list(names.map((name) => name.vi));
const en = (names: readonly LocalizedText[]) => list(names.map((name) => name.en || name.vi));

/**
 * "Khoảng 120 km" reads as an estimate because it is one: province centres, straight line. Finer
 * than 5 km (10 km past 100) would promise a precision the data does not have.
 */
export function roundedKm(km: number): number {
  const step = km < 100 ? 5 : 10;
  return Math.max(step, Math.round(km / step) * step);
}

export const MODE_LABELS: Readonly<Record<MeetingMode, LocalizedText>> = {
  online: { vi: 'trực tuyến', en: 'online' },
  'in-person': { vi: 'trực tiếp', en: 'in person' },
  any: { vi: 'trực tuyến hoặc trực tiếp', en: 'online or in person' },
};

export const AVAILABILITY_REASONS: Readonly<Record<AvailabilityStatus, LocalizedText>> = {
  available: { vi: 'Đang sẵn sàng nhận kèm cặp', en: 'Available to mentor' },
  limited: { vi: 'Thời gian kèm cặp hạn chế', en: 'Limited time to mentor' },
  unavailable: { vi: 'Hiện không sẵn sàng', en: 'Currently unavailable' },
};

/** Why a part of the score is what it is. */
export const SCORE_MESSAGES = {
  SKILLS: (
    verified: readonly LocalizedText[],
    declared: readonly LocalizedText[],
  ): LocalizedText => {
    if (verified.length > 0 && declared.length > 0) {
      return {
        vi: `Cùng kỹ năng đã xác thực: ${vi(verified)}; tự khai: ${vi(declared)}`,
        en: `Shared verified skills: ${en(verified)}; self-declared: ${en(declared)}`,
      };
    }
    if (verified.length > 0) {
      return {
        vi: `Cùng kỹ năng đã xác thực: ${vi(verified)}`,
        en: `Shared verified skills: ${en(verified)}`,
      };
    }
    return {
      vi: `Cùng kỹ năng tự khai: ${vi(declared)}`,
      en: `Shared self-declared skills: ${en(declared)}`,
    };
  },
  NO_SHARED_SKILLS: {
    vi: 'Không có kỹ năng học viên cần phát triển',
    en: 'None of the skills the mentee wants to grow',
  },
  TOPICS: (names: readonly LocalizedText[]): LocalizedText => ({
    vi: `Nhận kèm cặp về: ${vi(names)}`,
    en: `Offers mentoring in: ${en(names)}`,
  }),
  NO_SHARED_TOPICS: {
    vi: 'Không nhận kèm cặp về chủ đề học viên quan tâm',
    en: 'Offers none of the topics the mentee asked for',
  },
  LANGUAGE_VIETNAMESE: { vi: 'Trao đổi bằng tiếng Việt', en: 'Works in Vietnamese' },
  LANGUAGE_SHARED: (language: string): LocalizedText => ({
    vi: `Sử dụng được ngôn ngữ học viên chọn (${language})`,
    en: `Speaks the mentee's language (${language})`,
  }),
  LANGUAGE_MISSING: (language: string): LocalizedText => ({
    vi: `Không sử dụng ngôn ngữ học viên chọn (${language})`,
    en: `Does not speak the mentee's language (${language})`,
  }),
  MODE_ONLINE: { vi: 'Có thể gặp trực tuyến', en: 'Can meet online' },
  MODE_INCOMPATIBLE: (mentor: MeetingMode, mentee: MeetingMode): LocalizedText => ({
    vi: `Hình thức gặp không phù hợp: người hướng dẫn ${MODE_LABELS[mentor].vi}, học viên ${MODE_LABELS[mentee].vi}`,
    en: `Meeting modes do not fit: mentor ${MODE_LABELS[mentor].en}, mentee ${MODE_LABELS[mentee].en}`,
  }),
  /** The mentee wants in person only; a mentor offering both may well prefer online. */
  MENTOR_ALSO_ONLINE: (inPerson: LocalizedText): LocalizedText => ({
    vi: `${inPerson.vi}; người hướng dẫn nhận cả hình thức trực tuyến`,
    en: `${inPerson.en}; the mentor would also meet online`,
  }),
  IN_PERSON_SAME_PROVINCE: { vi: 'Gặp trực tiếp, cùng tỉnh/thành', en: 'In person, same province' },
  IN_PERSON_DISTANCE: (km: number): LocalizedText => ({
    vi: `Gặp trực tiếp, cách khoảng ${roundedKm(km)} km`,
    en: `In person, about ${roundedKm(km)} km away`,
  }),
  IN_PERSON_DISTANCE_UNKNOWN: {
    vi: 'Gặp trực tiếp, chưa rõ khoảng cách',
    en: 'In person, distance not known',
  },
  DISTANCE: (km: number): LocalizedText => ({
    vi: `Cách khoảng ${roundedKm(km)} km`,
    en: `About ${roundedKm(km)} km away`,
  }),
  LOAD: (held: number, max: number): LocalizedText => ({
    vi: `Đã nhận ${held}/${max} học viên`,
    en: `${held} of ${max} mentee places taken`,
  }),
} as const;

/** Why a pair may not be made, one entry per guardrail. */
export const GUARDRAIL_MESSAGES = {
  SAME_PERSON: { vi: 'Là chính học viên', en: 'Is the mentee themselves' },
  SAME_UNIT: { vi: 'Cùng đơn vị công tác', en: 'Same unit' },
  REPORTING_LINE: {
    vi: 'Cùng tuyến quản lý: đơn vị của người này nằm trong đơn vị của người kia',
    en: "Same reporting line: one's unit is within the other's",
  },
  NOMINATOR_OR_REVIEWER: {
    vi: 'Là người đề cử hoặc thẩm định hồ sơ của học viên',
    en: 'Nominated or reviewed the mentee',
  },
  REPEAT_PAIR: {
    vi: 'Đã từng kèm cặp học viên này ở chương trình trước',
    en: 'Mentored this mentee in an earlier programme',
  },
  AT_CAPACITY: (held: number, max: number): LocalizedText => ({
    vi: `Đã đủ số học viên (${held}/${max})`,
    en: `At capacity (${held}/${max})`,
  }),
  NOT_WILLING: {
    vi: 'Hiện không nhận kèm cặp',
    en: 'Not taking mentees at present',
  },
  UNAVAILABLE: AVAILABILITY_REASONS.unavailable,
  DECLINED_BEFORE: {
    vi: 'Đã từ chối hoặc để quá hạn đề xuất kèm cặp học viên này',
    en: 'Declined, or let lapse, a proposal to mentor this mentee',
  },
  TOO_FAR: (km: number, limitKm: number): LocalizedText => ({
    vi: `Cách khoảng ${roundedKm(km)} km, xa hơn giới hạn ${limitKm} km để gặp trực tiếp`,
    en: `About ${roundedKm(km)} km away, beyond the ${limitKm} km limit for meeting in person`,
  }),
} as const;
