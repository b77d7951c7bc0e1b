import { describe, expect, it } from 'vitest';
import {
  emptyRoundDraft,
  endOfDayInstant,
  roundDraftFrom,
  roundSettingsOf,
  rubricWeightTotal,
} from './roundForm.ts';

describe('the round form', () => {
  it('sends dates as Vietnam midnight for opening and the day’s end for the deadline', () => {
    const settings = roundSettingsOf({
      ...emptyRoundDraft(),
      nameVi: ' Đợt 2027 ',
      opensOn: '2027-01-05',
      closesOn: '2027-02-20',
    });
    expect(settings.opensAt).toBe('2027-01-04T17:00:00.000Z');
    expect(settings.closesAt).toBe('2027-02-20T16:59:59.000Z');
    expect(settings.name).toEqual({ vi: 'Đợt 2027' });
    expect(settings.reminderDaysBeforeClose).toEqual([14, 7, 1]);
    expect(endOfDayInstant('nope')).toBeUndefined();
  });

  it('leaves out empty eligibility limits and sends the rubric in order', () => {
    const settings = roundSettingsOf({
      ...emptyRoundDraft(),
      minYearsOfService: '3',
      minEducationLevel: 'EDUCATION_LEVEL_BACHELOR',
      rubric: [
        { code: 'experience', nameVi: 'Kinh nghiệm', nameEn: '', maxScore: '10', weight: '50' },
      ],
    });
    expect(settings.eligibility).toEqual({
      employmentTypes: [],
      minYearsOfService: 3,
      minEducationLevel: 'EDUCATION_LEVEL_BACHELOR',
      requireDigitalBackground: false,
      requirePriorTraining: false,
    });
    expect(settings.rubric).toEqual([
      { code: 'experience', name: { vi: 'Kinh nghiệm' }, maxScore: 10, weight: 50 },
    ]);
  });

  it('reads a round back into the form', () => {
    const draft = roundDraftFrom({
      name: { vi: 'Đợt 2026', en: 'Intake 2026' },
      opensAt: '2026-12-05T18:01:06.753Z',
      closesAt: '2027-01-20T16:59:59.000Z',
      eligibility: { minYearsOfService: 3, minEducationLevel: 'EDUCATION_LEVEL_UNSPECIFIED' },
      rubric: [{ code: 'a', name: { vi: 'A' }, maxScore: 10, weight: 50 }],
      reminderDaysBeforeClose: [7, 1],
    });
    expect(draft).toMatchObject({
      nameEn: 'Intake 2026',
      opensOn: '2026-12-06',
      closesOn: '2027-01-20',
      minYearsOfService: '3',
      minEducationLevel: '',
      reminderDays: '7, 1',
    });
    expect(draft.rubric[0]).toEqual({
      code: 'a',
      nameVi: 'A',
      nameEn: '',
      maxScore: '10',
      weight: '50',
    });
  });

  it('keeps the instants on record while their dates are unchanged', () => {
    const draft = roundDraftFrom({
      name: { vi: 'Đợt 2026' },
      opensAt: '2026-12-05T18:01:06.753Z',
      closesAt: '2027-01-20T18:01:06.753Z',
    });
    expect(roundSettingsOf(draft)).toMatchObject({
      opensAt: '2026-12-05T18:01:06.753Z',
      closesAt: '2027-01-20T18:01:06.753Z',
    });
    expect(roundSettingsOf({ ...draft, closesOn: '2027-01-31' }).closesAt).toBe(
      '2027-01-31T16:59:59.000Z',
    );
  });

  it('adds up the weights', () => {
    expect(
      rubricWeightTotal([
        { code: 'a', nameVi: '', nameEn: '', maxScore: '10', weight: '50' },
        { code: 'b', nameVi: '', nameEn: '', maxScore: '10', weight: 'x' },
      ]),
    ).toBe(50);
  });
});
