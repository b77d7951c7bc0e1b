import type { Bilingual } from './messages.ts';

/**
 * The contract's own (CEL) rules, by the id each has in the .proto files. Their English follows
 * the rule's message there, with fields named as a person would name them.
 */
export const CONTRACT_RULE_MESSAGES: Readonly<Record<string, Bilingual>> = contractRuleMessages();

function contractRuleMessages(): Record<string, Bilingual> {
  const localisedText = (what: Bilingual, min: number, max: number): Bilingual => ({
    vi: `bắt buộc có ${what.vi} tiếng Việt từ ${min} đến ${max} ký tự; ${what.vi} tiếng Anh không quá ${max} ký tự`,
    en: `a Vietnamese ${what.en} of ${min} to ${max} characters is required; the English ${what.en} may have up to ${max}`,
  });
  const name = { vi: 'tên', en: 'name' };
  const title = { vi: 'tiêu đề', en: 'title' };
  const endNotBeforeStart = {
    vi: 'ngày kết thúc không được trước ngày bắt đầu',
    en: 'the end date must not be before the start date',
  };
  const leapDay = {
    vi: 'ngày 29 tháng 2 chỉ có trong năm nhuận',
    en: '29 February is a day only in a leap year',
  };
  const declineReason = {
    vi: 'từ chối cần có lý do (ít nhất 3 ký tự)',
    en: 'a decline needs a reason (at least 3 characters)',
  };
  const skillOnce = {
    vi: 'mỗi kỹ năng chỉ được liệt kê một lần',
    en: 'each skill may be listed only once',
  };
  return {
    'rubric.name': localisedText(name, 1, 200),
    'round.name': localisedText(name, 3, 200),
    'round.closes_after_opens': {
      vi: 'thời điểm đóng phải sau thời điểm mở',
      en: 'the closing time must be after the opening time',
    },
    'round.rubric_codes_unique': {
      vi: 'mã các tiêu chí chấm điểm không được trùng nhau',
      en: 'rubric criterion codes must be unique',
    },
    'quota.floor_within_ceiling': {
      vi: 'chỉ tiêu tối thiểu không được lớn hơn chỉ tiêu tối đa',
      en: 'the floor must not exceed the ceiling',
    },
    'quotas.organisations_unique': {
      vi: 'mỗi đơn vị chỉ được xuất hiện một lần',
      en: 'each organisation may appear only once',
    },
    'score.criteria_unique': {
      vi: 'mỗi tiêu chí chỉ được chấm điểm một lần',
      en: 'each rubric criterion may be scored only once',
    },
    'module.title': localisedText(title, 2, 200),
    'track.name': localisedText(name, 3, 200),
    'track.module_codes_unique': {
      vi: 'mã các học phần không được trùng nhau',
      en: 'module codes must be unique',
    },
    'track.min_modules_reachable': {
      vi: 'số học phần phải đạt vượt quá số học phần của chương trình',
      en: 'the number of modules to pass exceeds the number of modules',
    },
    'cohort.name': localisedText(name, 3, 200),
    'cohort.ends_after_starts': endNotBeforeStart,
    'cohort.facilitators_unique': {
      vi: 'mỗi giảng viên chỉ được liệt kê một lần',
      en: 'a facilitator may be listed only once',
    },
    'session.ends_after_starts': {
      vi: 'thời điểm kết thúc phải sau thời điểm bắt đầu',
      en: 'the end time must be after the start time',
    },
    'session.place_or_link': {
      vi: 'buổi học trực tiếp cần có địa điểm, buổi học trực tuyến cần có đường dẫn phòng họp',
      en: 'an in-person session needs a location, an online one a meeting link',
    },
    'attendance.enrolments_unique': {
      vi: 'mỗi học viên chỉ được điểm danh một lần trong một yêu cầu',
      en: 'each trainee may be marked only once per request',
    },
    'assessment.enrolments_unique': {
      vi: 'mỗi học viên chỉ được chấm điểm một lần trong một yêu cầu',
      en: 'each trainee may be scored only once per request',
    },
    'respond.decline_reason': declineReason,
    'end.outcome': {
      vi: 'kết quả phải là hoàn thành hoặc kết thúc sớm, và kết thúc sớm cần có lý do (ít nhất 3 ký tự)',
      en: 'the outcome must be completed or ended early, and ending early needs a reason (at least 3 characters)',
    },
    'meeting.place_or_link': {
      vi: 'buổi gặp trực tuyến cần có đường dẫn, buổi gặp trực tiếp cần có địa điểm',
      en: 'an online meeting needs a link, an in-person one a location',
    },
    'meeting.cancel_reason': {
      vi: 'huỷ buổi gặp cần có lý do (ít nhất 3 ký tự)',
      en: 'a cancellation needs a reason (at least 3 characters)',
    },
    'programme.window': {
      vi: 'ngày đóng của chương trình không được trước ngày mở',
      en: 'the programme must close on or after the day it opens',
    },
    'programme.leap_day': leapDay,
    'request.leap_day': leapDay,
    'request.dates_ordered': endNotBeforeStart,
    'request.address_on_site': {
      vi: 'hỗ trợ trực tiếp hoặc kết hợp cần có địa chỉ (ít nhất 5 ký tự)',
      en: 'on-site or hybrid support needs an address (at least 5 characters)',
    },
    'request.skills_unique': skillOnce,
    'review.decline_reason': declineReason,
    'dispatch.decline_reason': declineReason,
    'triage.reason': {
      vi: 'yêu cầu bổ sung, từ chối hoặc gộp cần có lý do (ít nhất 3 ký tự)',
      en: 'asking for changes, rejecting or merging needs a reason (at least 3 characters)',
    },
    'triage.merge_target': {
      vi: 'gộp yêu cầu cần chọn yêu cầu được gộp vào',
      en: 'a merge names the request it merges into',
    },
    'release.refusal_reason': {
      vi: 'không đồng ý cử chuyên gia cần có lý do (ít nhất 3 ký tự)',
      en: 'a refusal needs a reason (at least 3 characters)',
    },
    'announcement.expiry_after_publish': {
      vi: 'thời điểm hết hạn phải sau thời điểm đăng',
      en: 'the expiry time must be after the publishing time',
    },
    'announcement.title': localisedText(title, 3, 200),
    'announcement.body': {
      vi: 'bắt buộc có nội dung tiếng Việt không quá 20000 ký tự; nội dung tiếng Anh không quá 20000 ký tự',
      en: 'a Vietnamese body of up to 20000 characters is required; the English body may have up to 20000',
    },
    'kpis.period_ordered': {
      vi: 'kỳ kết thúc không được trước kỳ bắt đầu',
      en: 'the end of the period must not be before its start',
    },
    'skills.codes_unique': skillOnce,
    'availability.until_only_when_limited': {
      vi: 'chỉ nhập thời hạn khi trạng thái là hạn chế hoặc không sẵn sàng',
      en: 'a date until applies only when availability is limited or unavailable',
    },
    'mentoring.capacity_when_willing': {
      vi: 'chuyên gia sẵn sàng kèm cặp phải nhận tối đa từ 1 người trở lên',
      en: 'a willing mentor needs a maximum of at least 1 mentee',
    },
    'match.period_ordered': {
      vi: 'ngày cuối của khoảng thời gian không được trước ngày đầu',
      en: 'the end of the availability period must not be before its start',
    },
    'skill.name': localisedText(name, 2, 120),
  };
}
