import { describe, expect, it } from 'vitest';
import { draftOfCohort, EMPTY_COHORT, settingsOfDraft } from './cohort-draft.ts';

describe('cohort drafts', () => {
  it('turns the form into the settings the API takes', () => {
    const settings = settingsOfDraft({
      ...EMPTY_COHORT,
      trackId: 't-1',
      code: ' cds-k2-2027 ',
      nameVi: ' Khóa 2 ',
      startDate: '2027-03-01',
      endDate: '2027-05-30',
      capacity: '35',
      facilitators: [
        { subject: 's-1', fullName: 'Trần Thùy Linh', email: 'linh@demo.vn' },
        { subject: '', fullName: ' ', email: '' },
      ],
    });
    expect(settings).toEqual({
      trackId: 't-1',
      code: 'CDS-K2-2027',
      name: { vi: 'Khóa 2' },
      startDate: '2027-03-01',
      endDate: '2027-05-30',
      capacity: 35,
      deliveryMode: 'DELIVERY_MODE_BLENDED',
      facilitators: [{ subject: 's-1', fullName: 'Trần Thùy Linh', email: 'linh@demo.vn' }],
    });
  });

  it('sends a capacity that is not a number as 0, for the API to refuse', () => {
    expect(settingsOfDraft({ ...EMPTY_COHORT, capacity: 'bốn mươi' }).capacity).toBe(0);
  });

  it('reads an existing cohort back into the form', () => {
    const draft = draftOfCohort({
      settings: {
        trackId: 't-1',
        intakeRoundId: 'r-1',
        code: 'CDS-K1-2026',
        name: { vi: 'Khóa 1 năm 2026', en: 'Cohort 1, 2026' },
        startDate: '2026-11-29',
        endDate: '2027-02-04',
        capacity: 40,
        deliveryMode: 'DELIVERY_MODE_ONLINE',
        venueProvince: { code: 'P01' },
      },
    });
    expect(draft).toMatchObject({
      intakeRoundId: 'r-1',
      capacity: '40',
      venueProvince: 'P01',
      nameEn: 'Cohort 1, 2026',
      facilitators: [],
    });
    expect(settingsOfDraft(draft).venueProvince).toEqual({ code: 'P01' });
  });
});
