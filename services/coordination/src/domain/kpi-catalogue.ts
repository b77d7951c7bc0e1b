import type { LocalizedText } from '@expertnet/platform';

/** The programme KPIs this service computes, by the names the domain uses. */
export const KPIS = [
  'nominees-planned',
  'nominations-submitted',
  'nominations-accepted',
  'trainees-enrolled',
  'trainees-graduated',
  'experts-certified',
  'experts-engaged',
  'expert-utilisation',
  'mentorships-active',
  'support-requests-received',
  'support-requests-open',
  'support-requests-completed',
  'support-requests-fulfilled',
  'median-days-to-match',
  'median-days-to-staff',
  'average-request-rating',
] as const;
export type KpiName = (typeof KPIS)[number];

const PEOPLE: LocalizedText = { vi: 'người', en: 'people' };
const REQUESTS: LocalizedText = { vi: 'yêu cầu', en: 'requests' };
const PAIRS: LocalizedText = { vi: 'cặp', en: 'pairs' };
const WORKING_DAYS: LocalizedText = { vi: 'ngày làm việc', en: 'working days' };
const PERCENT: LocalizedText = { vi: '%', en: '%' };
const POINTS: LocalizedText = { vi: 'điểm', en: 'points' };

/** The message catalogue of the KPIs: label and unit in Vietnamese and English. */
export const KPI_CATALOGUE: Readonly<
  Record<KpiName, { readonly label: LocalizedText; readonly unit: LocalizedText }>
> = {
  'nominees-planned': {
    label: {
      vi: 'Số người dự kiến cử (chỉ tiêu tối thiểu)',
      en: 'Planned nominees (quota floors)',
    },
    unit: PEOPLE,
  },
  'nominations-submitted': {
    label: { vi: 'Hồ sơ đề cử đã nộp', en: 'Nominations submitted' },
    unit: PEOPLE,
  },
  'nominations-accepted': {
    label: { vi: 'Hồ sơ đề cử được chấp thuận', en: 'Nominations accepted' },
    unit: PEOPLE,
  },
  'trainees-enrolled': {
    label: { vi: 'Học viên nhập học', en: 'Trainees enrolled' },
    unit: PEOPLE,
  },
  'trainees-graduated': {
    label: { vi: 'Học viên tốt nghiệp', en: 'Trainees graduated' },
    unit: PEOPLE,
  },
  'experts-certified': {
    label: { vi: 'Chuyên gia CĐS được công nhận', en: 'Certified digital-transformation experts' },
    unit: PEOPLE,
  },
  'experts-engaged': {
    label: { vi: 'Chuyên gia tham gia hỗ trợ', en: 'Experts engaged in support' },
    unit: PEOPLE,
  },
  'expert-utilisation': {
    label: { vi: 'Tỷ lệ chuyên gia được huy động', en: 'Expert utilisation' },
    unit: PERCENT,
  },
  'mentorships-active': {
    label: { vi: 'Cặp kèm cặp đang hoạt động', en: 'Active mentorships' },
    unit: PAIRS,
  },
  'support-requests-received': {
    label: { vi: 'Yêu cầu hỗ trợ đã nhận', en: 'Support requests received' },
    unit: REQUESTS,
  },
  'support-requests-open': {
    label: { vi: 'Yêu cầu hỗ trợ đang xử lý', en: 'Support requests open' },
    unit: REQUESTS,
  },
  'support-requests-completed': {
    label: { vi: 'Yêu cầu hỗ trợ đã hoàn thành', en: 'Support requests completed' },
    unit: REQUESTS,
  },
  'support-requests-fulfilled': {
    label: { vi: 'Yêu cầu hỗ trợ được đáp ứng đủ', en: 'Support requests fulfilled' },
    unit: REQUESTS,
  },
  'median-days-to-match': {
    label: {
      vi: 'Thời gian điều phối chuyên gia (trung vị)',
      en: 'Median time to match an expert',
    },
    unit: WORKING_DAYS,
  },
  'median-days-to-staff': {
    label: { vi: 'Thời gian bố trí đủ chuyên gia (trung vị)', en: 'Median time to staff' },
    unit: WORKING_DAYS,
  },
  'average-request-rating': {
    label: { vi: 'Điểm đánh giá hỗ trợ trung bình', en: 'Average support rating' },
    unit: POINTS,
  },
};

/** Decision 146's national target: 1,000 certified digital-transformation experts. */
export const NATIONAL_CERTIFIED_TARGET = 1000;
