import { describe, expect, it } from 'vitest';
import { validateCohortSettings } from './cohort-settings.ts';
import { cohortSettings } from '../../test/fixtures.ts';

describe('validateCohortSettings', () => {
  it('accepts the fixture cohort, and an online one without venue or round', () => {
    expect(validateCohortSettings(cohortSettings())).toEqual([]);
    expect(
      validateCohortSettings(
        cohortSettings({
          deliveryMode: 'online',
          venue: '',
          venueProvinceCode: '',
          intakeRoundId: '',
        }),
      ),
    ).toEqual([]);
  });

  it('refuses a date that does not exist and an end before the start', () => {
    expect(validateCohortSettings(cohortSettings({ startDate: '2025-02-30' }))).toEqual([
      { field: 'settings.start_date', description: 'must be a real date "YYYY-MM-DD"' },
    ]);
    expect(validateCohortSettings(cohortSettings({ endDate: '2025-10-05' }))).toEqual([
      { field: 'settings.end_date', description: 'must not be before start_date' },
    ]);
  });

  it('refuses capacity outside 1..1000 and repeated facilitators', () => {
    const facilitator = {
      subject: 'fac-1',
      fullName: 'Lê Minh Tuấn',
      email: 'tuan@example.gov.vn',
    };
    expect(
      validateCohortSettings(
        cohortSettings({ capacity: 0, facilitators: [facilitator, facilitator] }),
      ).map((violation) => violation.field),
    ).toEqual(['settings.capacity', 'settings.facilitators[1].subject']);
  });

  it('refuses a malformed facilitator email', () => {
    const facilitators = [{ subject: 'fac-1', fullName: 'Lê Minh Tuấn', email: 'tuan' }];
    expect(validateCohortSettings(cohortSettings({ facilitators }))).toEqual([
      { field: 'settings.facilitators[0].email', description: 'must be an email address' },
    ]);
  });
});
