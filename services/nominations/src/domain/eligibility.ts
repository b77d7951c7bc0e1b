import { invalidArgument, isCalendarDate, vietnameseDateText } from '@expertnet/platform';
import { ageOn, closingDayOf } from './calendar.ts';
import {
  EDUCATION_LEVELS,
  type Candidate,
  type EducationLevel,
  type EligibilityFinding,
  type EligibilityResult,
  type EmploymentType,
  type RoundSettings,
} from './types.ts';

const EMPLOYMENT_LABELS: Readonly<Record<EmploymentType, { vi: string; en: string }>> = {
  official: { vi: 'cán bộ', en: 'official' },
  'civil-servant': { vi: 'công chức', en: 'civil servant' },
  'public-employee': { vi: 'viên chức', en: 'public employee' },
  'contract-staff': { vi: 'lao động hợp đồng', en: 'contract staff' },
  other: { vi: 'khác', en: 'other' },
};

const EDUCATION_LABELS: Readonly<Record<EducationLevel, { vi: string; en: string }>> = {
  secondary: { vi: 'trung học phổ thông', en: 'secondary' },
  college: { vi: 'cao đẳng', en: 'college' },
  bachelor: { vi: 'đại học', en: "bachelor's" },
  master: { vi: 'thạc sĩ', en: "master's" },
  doctorate: { vi: 'tiến sĩ', en: 'doctorate' },
};

type RoundRules = Pick<RoundSettings, 'eligibility' | 'closesAt'>;

/** The day ages are counted on: the rule's own date, else the round's closing day. */
export function ageReferenceDate(round: RoundRules): string {
  return round.eligibility.ageReferenceDate ?? closingDayOf(round.closesAt);
}

/**
 * Checks a candidate against the round's declarative rules and says every rule they fail, so
 * the form can show all problems at once rather than one per attempt.
 */
export function evaluateEligibility(candidate: Candidate, round: RoundRules): EligibilityResult {
  const findings = [
    employmentTypeFinding(candidate, round),
    yearsOfServiceFinding(candidate, round),
    ageFinding(candidate, round),
    educationFinding(candidate, round),
    digitalBackgroundFinding(candidate, round),
    priorTrainingFinding(candidate, round),
  ].filter((finding) => finding !== undefined);
  return { eligible: findings.length === 0, findings };
}

function employmentTypeFinding(
  candidate: Candidate,
  { eligibility }: RoundRules,
): EligibilityFinding | undefined {
  const allowed = eligibility.employmentTypes;
  if (allowed.length === 0 || allowed.includes(candidate.employmentType)) return undefined;
  const label = EMPLOYMENT_LABELS[candidate.employmentType];
  const list = (language: 'vi' | 'en') =>
    allowed.map((type) => EMPLOYMENT_LABELS[type][language]).join(', ');
  return {
    reason: 'employment-type-not-allowed',
    field: 'candidate.employment_type',
    message: {
      vi: `Đối tượng ${label.vi} không thuộc diện được cử (chỉ nhận: ${list('vi')})`,
      en: `Employment type ${label.en} is not eligible (allowed: ${list('en')})`,
    },
  };
}

function yearsOfServiceFinding(
  candidate: Candidate,
  { eligibility }: RoundRules,
): EligibilityFinding | undefined {
  const minimum = eligibility.minYearsOfService;
  if (minimum === undefined || candidate.yearsOfService >= minimum) return undefined;
  const years = candidate.yearsOfService;
  return {
    reason: 'years-of-service-too-low',
    field: 'candidate.years_of_service',
    message: {
      vi: `Thâm niên công tác ${years} năm, chưa đủ ${minimum} năm`,
      en: `${years} years of service, fewer than the required ${minimum}`,
    },
  };
}

function ageFinding(candidate: Candidate, round: RoundRules): EligibilityFinding | undefined {
  const limit = round.eligibility.maxAge;
  if (limit === undefined) return undefined;
  if (!isCalendarDate(candidate.dateOfBirth)) {
    throw invalidArgument([
      { field: 'candidate.date_of_birth', description: 'must be a real date "YYYY-MM-DD"' },
    ]);
  }
  const onDate = ageReferenceDate(round);
  const age = ageOn(candidate.dateOfBirth, onDate);
  if (age <= limit) return undefined;
  return {
    reason: 'age-above-limit',
    field: 'candidate.date_of_birth',
    message: {
      vi: `Tuổi ${age} vượt giới hạn ${limit} (tính đến ngày ${vietnameseDateText(onDate)})`,
      en: `Age ${age} is above the limit of ${limit} (on ${onDate})`,
    },
  };
}

function educationFinding(
  candidate: Candidate,
  { eligibility }: RoundRules,
): EligibilityFinding | undefined {
  const minimum = eligibility.minEducationLevel;
  if (minimum === undefined) return undefined;
  const rank = (level: EducationLevel) => EDUCATION_LEVELS.indexOf(level);
  if (rank(candidate.educationLevel) >= rank(minimum)) return undefined;
  const has = EDUCATION_LABELS[candidate.educationLevel];
  const needs = EDUCATION_LABELS[minimum];
  return {
    reason: 'education-below-minimum',
    field: 'candidate.education_level',
    message: {
      vi: `Trình độ ${has.vi} thấp hơn yêu cầu tối thiểu (${needs.vi})`,
      en: `Education level ${has.en} is below the required ${needs.en}`,
    },
  };
}

function digitalBackgroundFinding(
  candidate: Candidate,
  { eligibility }: RoundRules,
): EligibilityFinding | undefined {
  if (!eligibility.requireDigitalBackground || candidate.digitalBackground) return undefined;
  return {
    reason: 'no-digital-background',
    field: 'candidate.digital_background',
    message: {
      vi: 'Chưa có bằng cấp hoặc vị trí công tác về công nghệ thông tin, chuyển đổi số',
      en: 'No IT or digital transformation degree or role',
    },
  };
}

function priorTrainingFinding(
  candidate: Candidate,
  { eligibility }: RoundRules,
): EligibilityFinding | undefined {
  if (!eligibility.requirePriorTraining || candidate.priorTrainings.length > 0) return undefined;
  return {
    reason: 'no-prior-training',
    field: 'candidate.prior_trainings',
    message: {
      vi: 'Chưa qua khoá đào tạo nào về chuyển đổi số',
      en: 'No earlier training in digital transformation',
    },
  };
}
