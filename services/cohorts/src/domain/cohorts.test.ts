import { describe, expect, it } from 'vitest';
import {
  acceptsTrainees,
  cohortFacts,
  createCohort,
  freeSeats,
  isFacilitatorOf,
  updateCohort,
} from './cohorts.ts';
import {
  aCohort,
  aTrack,
  aView,
  caught,
  COHORT_A,
  cohortSettings,
  TRACK_ID,
} from '../../test/fixtures.ts';
import type { CohortStatus } from './types.ts';

const NOW = new Date('2025-09-01T03:00:00Z');

describe('createCohort', () => {
  it('starts planned and empty', () => {
    expect(createCohort(COHORT_A, cohortSettings(), aTrack(), NOW)).toMatchObject({
      status: 'planned',
      enrolledCount: 0,
      waitlistedCount: 0,
      version: 1,
    });
  });

  it('refuses invalid settings', () => {
    expect(
      caught(() => createCohort(COHORT_A, cohortSettings({ capacity: 1001 }), aTrack(), NOW)).code,
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('updateCohort', () => {
  it.each<[CohortStatus, CohortStatus, boolean]>([
    ['planned', 'planned', true],
    ['planned', 'running', true],
    ['planned', 'cancelled', true],
    ['planned', 'finished', false],
    ['running', 'finished', true],
    ['running', 'planned', false],
    ['running', 'cancelled', false],
    ['finished', 'finished', true],
    ['finished', 'running', false],
  ])('%s -> %s allowed: %s', (from, to, allowed) => {
    const act = () => updateCohort(aCohort({ status: from }), cohortSettings(), to, NOW);
    if (allowed) expect(act().cohort.status).toBe(to);
    else expect(caught(act).code).toBe('COHORT_INVALID_TRANSITION');
  });

  it('refuses any change to a cancelled cohort', () => {
    expect(
      caught(() =>
        updateCohort(aCohort({ status: 'cancelled' }), cohortSettings(), 'cancelled', NOW),
      ).code,
    ).toBe('COHORT_CANCELLED');
  });

  it('refuses capacity below the seats taken', () => {
    expect(
      caught(() =>
        updateCohort(
          aCohort({ enrolledCount: 2 }),
          cohortSettings({ capacity: 1 }),
          'running',
          NOW,
        ),
      ),
    ).toMatchObject({
      code: 'CAPACITY_BELOW_ENROLLED',
      violations: [{ field: 'settings.capacity', description: 'must be at least 2' }],
    });
  });

  it('asks for promotion when capacity grows, and for the pool when cancelled', () => {
    const grown = updateCohort(aCohort(), cohortSettings({ capacity: 5 }), 'running', NOW);
    expect(grown).toMatchObject({
      promote: true,
      returnToPool: false,
      cohort: { version: 4, updatedAt: NOW },
    });
    const cancelled = updateCohort(
      aCohort({ status: 'planned' }),
      cohortSettings(),
      'cancelled',
      NOW,
    );
    expect(cancelled).toMatchObject({ promote: false, returnToPool: true });
  });

  it('keeps the track fixed', () => {
    const other = '0a1b2c3d-0000-4000-8000-000000000099';
    expect(
      caught(() => updateCohort(aCohort(), cohortSettings({ trackId: other }), 'running', NOW))
        .code,
    ).toBe('TRACK_FIXED');
  });
});

describe('cohort helpers', () => {
  it('tells which cohorts take trainees and how many seats are free', () => {
    expect(acceptsTrainees(aCohort({ status: 'planned' }))).toBe(true);
    expect(acceptsTrainees(aCohort({ status: 'running' }))).toBe(true);
    expect(acceptsTrainees(aCohort({ status: 'finished' }))).toBe(false);
    expect(freeSeats(aCohort({ enrolledCount: 1 }))).toBe(1);
    expect(freeSeats(aCohort({ enrolledCount: 3 }))).toBe(0);
  });

  it('knows facilitators by subject, never by an empty one', () => {
    expect(isFacilitatorOf(aCohort(), 'fac-1')).toBe(true);
    expect(isFacilitatorOf(aCohort(), 'fac-2')).toBe(false);
    expect(isFacilitatorOf(aCohort({}, { facilitators: [] }), '')).toBe(false);
  });

  it('gives the facts events carry', () => {
    expect(cohortFacts(aView())).toEqual({
      cohortId: COHORT_A,
      code: 'K1-HN',
      name: { vi: 'Khóa 1 - Hà Nội', en: 'Cohort 1 - Hanoi' },
      trackId: TRACK_ID,
      trackCode: 'CDS-EXPERT',
      startDate: '2025-10-06',
      endDate: '2025-11-28',
    });
  });
});
