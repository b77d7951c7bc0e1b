import { describe, expect, it } from 'vitest';
import { validateRoundSettings } from './round-settings.ts';
import { CLOSES_AT, OPENS_AT, roundSettings } from '../../test/fixtures.ts';
import type { EligibilityRules, RubricCriterion } from './types.ts';

const fieldsOf = (settings: Parameters<typeof validateRoundSettings>[0]) =>
  validateRoundSettings(settings).map((violation) => violation.field);

const criterion = (overrides: Partial<RubricCriterion> = {}): RubricCriterion => ({
  code: 'impact',
  name: { vi: 'Tác động', en: 'Impact' },
  maxScore: 10,
  weight: 10,
  ...overrides,
});

const withRules = (rules: Partial<EligibilityRules>) =>
  roundSettings({ eligibility: { ...roundSettings().eligibility, ...rules } });

describe('validateRoundSettings', () => {
  it('accepts sound settings', () => {
    expect(validateRoundSettings(roundSettings())).toEqual([]);
  });

  describe('times', () => {
    it('needs closes_at after opens_at', () => {
      expect(validateRoundSettings(roundSettings({ closesAt: OPENS_AT }))).toEqual([
        { field: 'settings.closes_at', description: 'must be after opens_at' },
      ]);
      expect(fieldsOf(roundSettings({ opensAt: CLOSES_AT, closesAt: OPENS_AT }))).toEqual([
        'settings.closes_at',
      ]);
    });

    it('refuses invalid instants without comparing them', () => {
      expect(fieldsOf(roundSettings({ opensAt: new Date('nope') }))).toEqual(['settings.opens_at']);
      expect(fieldsOf(roundSettings({ closesAt: new Date(Number.NaN) }))).toEqual([
        'settings.closes_at',
      ]);
    });

    it('uses the prefix it is given', () => {
      expect(validateRoundSettings(roundSettings({ closesAt: OPENS_AT }), 'round')).toEqual([
        { field: 'round.closes_at', description: 'must be after opens_at' },
      ]);
    });
  });

  describe('name and description', () => {
    it.each([
      ['ab', ['settings.name.vi']],
      ['   ', ['settings.name.vi']],
      ['Hà ', ['settings.name.vi']],
      ['Hà Nội', []],
      ['x'.repeat(200), []],
      ['x'.repeat(201), ['settings.name.vi']],
    ])('checks the Vietnamese name %j', (vi, fields) => {
      expect(fieldsOf(roundSettings({ name: { vi, en: '' } }))).toEqual(fields);
    });

    it('limits the English name and the description', () => {
      expect(fieldsOf(roundSettings({ name: { vi: 'Đợt 1', en: 'x'.repeat(201) } }))).toEqual([
        'settings.name.en',
      ]);
      expect(fieldsOf(roundSettings({ description: 'x'.repeat(4001) }))).toEqual([
        'settings.description',
      ]);
    });
  });

  describe('rubric', () => {
    it('needs 1 to 20 criteria', () => {
      expect(validateRoundSettings(roundSettings({ rubric: [] }))).toEqual([
        { field: 'settings.rubric', description: 'must have 1 to 20 criteria' },
      ]);
      const many = Array.from({ length: 21 }, (_, index) => criterion({ code: `c${index}` }));
      expect(fieldsOf(roundSettings({ rubric: many }))).toEqual(['settings.rubric']);
      expect(fieldsOf(roundSettings({ rubric: many.slice(0, 20) }))).toEqual([]);
    });

    it('needs unique, well-formed codes', () => {
      const rubric = [
        criterion(),
        criterion({ code: 'Impact' }),
        criterion(),
        criterion({ code: '' }),
      ];
      expect(validateRoundSettings(roundSettings({ rubric }))).toEqual([
        {
          field: 'settings.rubric[1].code',
          description:
            'must be lower case letters, digits or "_", starting with a letter, at most 32',
        },
        { field: 'settings.rubric[2].code', description: 'repeats the code of rubric[0]' },
        {
          field: 'settings.rubric[3].code',
          description:
            'must be lower case letters, digits or "_", starting with a letter, at most 32',
        },
      ]);
      expect(
        fieldsOf(roundSettings({ rubric: [criterion({ code: `a${'b'.repeat(31)}` })] })),
      ).toEqual([]);
      expect(
        fieldsOf(roundSettings({ rubric: [criterion({ code: `a${'b'.repeat(32)}` })] })),
      ).toEqual(['settings.rubric[0].code']);
      expect(fieldsOf(roundSettings({ rubric: [criterion({ code: '1st' })] }))).toEqual([
        'settings.rubric[0].code',
      ]);
    });

    it.each([
      [{ maxScore: 0 }, 'settings.rubric[0].max_score'],
      [{ maxScore: 101 }, 'settings.rubric[0].max_score'],
      [{ maxScore: 2.5 }, 'settings.rubric[0].max_score'],
      [{ weight: 0 }, 'settings.rubric[0].weight'],
      [{ weight: 101 }, 'settings.rubric[0].weight'],
      [{ weight: Number.NaN }, 'settings.rubric[0].weight'],
      [{ name: { vi: '', en: '' } }, 'settings.rubric[0].name.vi'],
      [{ name: { vi: 'Tác động', en: 'x'.repeat(201) } }, 'settings.rubric[0].name.en'],
    ])('refuses a criterion with %j', (overrides, field) => {
      expect(fieldsOf(roundSettings({ rubric: [criterion(overrides)] }))).toEqual([field]);
    });

    it('accepts weights that do not add up to 100, since totals are normalised', () => {
      const rubric = [criterion({ code: 'a', weight: 1 }), criterion({ code: 'b', weight: 100 })];
      expect(fieldsOf(roundSettings({ rubric }))).toEqual([]);
    });
  });

  describe('reminders', () => {
    const field = 'settings.reminder_days_before_close';

    it('needs whole days from 1 to 90, each once, at most 10', () => {
      expect(fieldsOf(roundSettings({ reminderDaysBeforeClose: [] }))).toEqual([]);
      expect(fieldsOf(roundSettings({ reminderDaysBeforeClose: [0, 91, 1.5] }))).toEqual([
        `${field}[0]`,
        `${field}[1]`,
        `${field}[2]`,
      ]);
      expect(validateRoundSettings(roundSettings({ reminderDaysBeforeClose: [7, 3, 7] }))).toEqual([
        { field: `${field}[2]`, description: 'repeats a day' },
      ]);
    });

    it('limits the number of reminders', () => {
      const long = roundSettings({
        opensAt: new Date('2025-01-01T00:00:00Z'),
        reminderDaysBeforeClose: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      });
      expect(fieldsOf(long)).toEqual([field]);
    });

    it('refuses a reminder that would fall before the round opens', () => {
      // The round runs from 1 September 08:00 to 30 September 17:00: 29 days and 9 hours.
      expect(fieldsOf(roundSettings({ reminderDaysBeforeClose: [29] }))).toEqual([]);
      expect(validateRoundSettings(roundSettings({ reminderDaysBeforeClose: [7, 30] }))).toEqual([
        { field: `${field}[1]`, description: 'falls before the round opens' },
      ]);
    });

    it('skips the opening check when the times themselves are wrong', () => {
      expect(fieldsOf(roundSettings({ closesAt: OPENS_AT, reminderDaysBeforeClose: [7] }))).toEqual(
        ['settings.closes_at'],
      );
    });
  });

  describe('eligibility rules', () => {
    const prefix = 'settings.eligibility';

    it('accepts every rule within bounds', () => {
      const rules = withRules({
        employmentTypes: ['official', 'civil-servant'],
        minYearsOfService: 40,
        maxAge: 70,
        ageReferenceDate: '2024-02-29',
        minEducationLevel: 'doctorate',
        requireDigitalBackground: true,
        requirePriorTraining: true,
      });
      expect(fieldsOf(rules)).toEqual([]);
    });

    it.each([
      [{ minYearsOfService: -1 }, `${prefix}.min_years_of_service`],
      [{ minYearsOfService: 41 }, `${prefix}.min_years_of_service`],
      [{ minYearsOfService: 2.5 }, `${prefix}.min_years_of_service`],
      [{ maxAge: 17 }, `${prefix}.max_age`],
      [{ maxAge: 71 }, `${prefix}.max_age`],
      [{ ageReferenceDate: '2025-02-29' }, `${prefix}.age_reference_date`],
      [{ ageReferenceDate: '30/09/2025' }, `${prefix}.age_reference_date`],
      [{ minEducationLevel: 'phd' as never }, `${prefix}.min_education_level`],
      [{ employmentTypes: ['freelancer' as never] }, `${prefix}.employment_types[0]`],
      [{ employmentTypes: ['official', 'official'] as const }, `${prefix}.employment_types[1]`],
    ])('refuses %j', (rules, field) => {
      expect(fieldsOf(withRules(rules as Partial<EligibilityRules>))).toEqual([field]);
    });
  });

  it('reports every problem in one answer', () => {
    const settings = roundSettings({
      name: { vi: '', en: '' },
      closesAt: OPENS_AT,
      rubric: [],
      eligibility: { ...roundSettings().eligibility, maxAge: 5 },
    });
    expect(fieldsOf(settings)).toEqual([
      'settings.name.vi',
      'settings.closes_at',
      'settings.eligibility.max_age',
      'settings.rubric',
    ]);
  });
});
