import { describe, expect, it } from 'vitest';
import { ageReferenceDate, evaluateEligibility } from './eligibility.ts';
import { aCandidate, caught, CLOSES_AT } from '../../test/fixtures.ts';
import type { EligibilityRules } from './types.ts';

const noRules: EligibilityRules = {
  employmentTypes: [],
  requireDigitalBackground: false,
  requirePriorTraining: false,
};

const roundWith = (rules: Partial<EligibilityRules>, closesAt = CLOSES_AT) => ({
  eligibility: { ...noRules, ...rules },
  closesAt,
});

describe('evaluateEligibility', () => {
  it('finds anyone eligible when no rule applies', () => {
    const candidate = aCandidate({
      employmentType: 'other',
      educationLevel: 'secondary',
      digitalBackground: false,
      yearsOfService: 0,
      priorTrainings: [],
      dateOfBirth: '1950-01-01',
    });
    expect(evaluateEligibility(candidate, roundWith({}))).toEqual({ eligible: true, findings: [] });
  });

  it('finds a candidate meeting every rule eligible', () => {
    const rules = roundWith({
      employmentTypes: ['civil-servant', 'public-employee'],
      minYearsOfService: 5,
      maxAge: 45,
      minEducationLevel: 'bachelor',
      requireDigitalBackground: true,
      requirePriorTraining: true,
    });
    expect(evaluateEligibility(aCandidate(), rules).eligible).toBe(true);
  });

  it('names every failed rule at once, each with its reason, field and messages', () => {
    const candidate = aCandidate({
      employmentType: 'contract-staff',
      yearsOfService: 2,
      dateOfBirth: '1979-01-10',
      educationLevel: 'college',
      digitalBackground: false,
      priorTrainings: [],
    });
    const rules = roundWith({
      employmentTypes: ['civil-servant', 'public-employee'],
      minYearsOfService: 5,
      maxAge: 45,
      minEducationLevel: 'bachelor',
      requireDigitalBackground: true,
      requirePriorTraining: true,
    });
    const result = evaluateEligibility(candidate, rules);
    expect(result.eligible).toBe(false);
    expect(result.findings).toEqual([
      {
        reason: 'employment-type-not-allowed',
        field: 'candidate.employment_type',
        message: {
          vi: 'Đối tượng lao động hợp đồng không thuộc diện được cử (chỉ nhận: công chức, viên chức)',
          en: 'Employment type contract staff is not eligible (allowed: civil servant, public employee)',
        },
      },
      {
        reason: 'years-of-service-too-low',
        field: 'candidate.years_of_service',
        message: {
          vi: 'Thâm niên công tác 2 năm, chưa đủ 5 năm',
          en: '2 years of service, fewer than the required 5',
        },
      },
      {
        reason: 'age-above-limit',
        field: 'candidate.date_of_birth',
        message: {
          vi: 'Tuổi 46 vượt giới hạn 45 (tính đến ngày 30/09/2025)',
          en: 'Age 46 is above the limit of 45 (on 2025-09-30)',
        },
      },
      {
        reason: 'education-below-minimum',
        field: 'candidate.education_level',
        message: {
          vi: 'Trình độ cao đẳng thấp hơn yêu cầu tối thiểu (đại học)',
          en: "Education level college is below the required bachelor's",
        },
      },
      {
        reason: 'no-digital-background',
        field: 'candidate.digital_background',
        message: {
          vi: 'Chưa có bằng cấp hoặc vị trí công tác về công nghệ thông tin, chuyển đổi số',
          en: 'No IT or digital transformation degree or role',
        },
      },
      {
        reason: 'no-prior-training',
        field: 'candidate.prior_trainings',
        message: {
          vi: 'Chưa qua khoá đào tạo nào về chuyển đổi số',
          en: 'No earlier training in digital transformation',
        },
      },
    ]);
  });

  const reasons = (
    candidate: Parameters<typeof evaluateEligibility>[0],
    rules: Partial<EligibilityRules>,
  ) => evaluateEligibility(candidate, roundWith(rules)).findings.map((finding) => finding.reason);

  it('accepts any listed employment type and refuses the rest', () => {
    const rules = { employmentTypes: ['official', 'civil-servant'] } as const;
    expect(reasons(aCandidate({ employmentType: 'official' }), rules)).toEqual([]);
    expect(reasons(aCandidate({ employmentType: 'civil-servant' }), rules)).toEqual([]);
    expect(reasons(aCandidate({ employmentType: 'public-employee' }), rules)).toEqual([
      'employment-type-not-allowed',
    ]);
  });

  it('takes the minimum years of service as inclusive', () => {
    expect(reasons(aCandidate({ yearsOfService: 5 }), { minYearsOfService: 5 })).toEqual([]);
    expect(reasons(aCandidate({ yearsOfService: 4 }), { minYearsOfService: 5 })).toEqual([
      'years-of-service-too-low',
    ]);
    expect(reasons(aCandidate({ yearsOfService: 0 }), { minYearsOfService: 0 })).toEqual([]);
  });

  it('takes the minimum education level as inclusive and ordered', () => {
    const rules = { minEducationLevel: 'master' } as const;
    expect(reasons(aCandidate({ educationLevel: 'doctorate' }), rules)).toEqual([]);
    expect(reasons(aCandidate({ educationLevel: 'master' }), rules)).toEqual([]);
    expect(reasons(aCandidate({ educationLevel: 'bachelor' }), rules)).toEqual([
      'education-below-minimum',
    ]);
  });

  it('counts any prior training, and a digital background flag', () => {
    expect(reasons(aCandidate({ priorTrainings: [] }), { requirePriorTraining: true })).toEqual([
      'no-prior-training',
    ]);
    expect(reasons(aCandidate(), { requirePriorTraining: true })).toEqual([]);
    expect(
      reasons(aCandidate({ digitalBackground: false }), { requireDigitalBackground: true }),
    ).toEqual(['no-digital-background']);
  });

  describe('age limit', () => {
    it('allows exactly the limit and refuses from the day after the birthday that passes it', () => {
      // Closing day 30 September 2025.
      expect(reasons(aCandidate({ dateOfBirth: '1980-09-30' }), { maxAge: 45 })).toEqual([]);
      expect(reasons(aCandidate({ dateOfBirth: '1980-10-01' }), { maxAge: 45 })).toEqual([]);
      expect(reasons(aCandidate({ dateOfBirth: '1979-10-01' }), { maxAge: 45 })).toEqual([]);
      expect(reasons(aCandidate({ dateOfBirth: '1979-09-30' }), { maxAge: 45 })).toEqual([
        'age-above-limit',
      ]);
    });

    it('counts on the explicit reference date when the rule has one', () => {
      const candidate = aCandidate({ dateOfBirth: '1980-10-01' });
      expect(reasons(candidate, { maxAge: 44 })).toEqual([]);
      expect(reasons(candidate, { maxAge: 44, ageReferenceDate: '2025-12-31' })).toEqual([
        'age-above-limit',
      ]);
    });

    it('counts a midnight deadline on the day before it', () => {
      const midnight = new Date('2025-09-30T17:00:00Z'); // 00:00 on 1 October in Vietnam
      const result = evaluateEligibility(
        aCandidate({ dateOfBirth: '1980-10-01' }),
        roundWith({ maxAge: 44 }, midnight),
      );
      // 44 on 30 September; the 45th birthday falls on the first day after the round.
      expect(result.eligible).toBe(true);
    });

    it('ages a 29 February birthday on 1 March in common years', () => {
      const candidate = aCandidate({ dateOfBirth: '1980-02-29' });
      expect(reasons(candidate, { maxAge: 44, ageReferenceDate: '2025-02-28' })).toEqual([]);
      expect(reasons(candidate, { maxAge: 44, ageReferenceDate: '2025-03-01' })).toEqual([
        'age-above-limit',
      ]);
      expect(reasons(candidate, { maxAge: 43, ageReferenceDate: '2024-02-29' })).toEqual([
        'age-above-limit',
      ]);
      expect(reasons(candidate, { maxAge: 43, ageReferenceDate: '2024-02-28' })).toEqual([]);
    });

    it('refuses a date of birth that does not exist, as a field error', () => {
      const error = caught(() =>
        evaluateEligibility(aCandidate({ dateOfBirth: '1985-02-29' }), roundWith({ maxAge: 45 })),
      );
      expect(error).toMatchObject({ kind: 'invalid-argument', code: 'INVALID_ARGUMENT' });
      expect(error.violations).toEqual([
        { field: 'candidate.date_of_birth', description: 'must be a real date "YYYY-MM-DD"' },
      ]);
    });

    it('ignores the date of birth when there is no age limit', () => {
      expect(reasons(aCandidate({ dateOfBirth: 'unknown' }), {})).toEqual([]);
    });
  });
});

describe('ageReferenceDate', () => {
  it('is the rule date when set, else the closing day in Vietnam', () => {
    expect(ageReferenceDate(roundWith({ ageReferenceDate: '2025-12-31' }))).toBe('2025-12-31');
    expect(ageReferenceDate(roundWith({}))).toBe('2025-09-30');
    expect(ageReferenceDate(roundWith({}, new Date('2025-09-30T18:00:00Z')))).toBe('2025-10-01');
  });
});
