import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, type MatchWeights } from './matching/types.ts';
import {
  assertNoOverlap,
  checkSettings,
  effectiveWeights,
  isOpenOn,
  windowsOverlap,
} from './programmes.ts';
import { aProgramme, aSettings, anApplication, caught } from '../../test/fixtures.ts';

/** Open from 1 February to 30 June 2026, both days included, on Vietnam's calendar. */
const programme = aProgramme({
  settings: aSettings({ opensOn: '2026-02-01', closesOn: '2026-06-30' }),
});

describe('isOpenOn: the window’s days in Hà Nội', () => {
  it.each([
    ['the day before it opens, late evening in Hà Nội', '2026-01-31T16:59:59Z', false],
    ['23:30 UTC the day before: already the opening day in Hà Nội', '2026-01-31T23:30:00Z', true],
    ['midnight in Hà Nội on the opening day', '2026-01-31T17:00:00Z', true],
    ['in the middle', '2026-04-15T05:00:00Z', true],
    ['the last minute of the closing day in Hà Nội', '2026-06-30T16:59:59Z', true],
    ['23:30 UTC on the closing day: the next day in Hà Nội', '2026-06-30T23:30:00Z', false],
    ['midnight in Hà Nội after the closing day', '2026-06-30T17:00:00Z', false],
  ])('%s (%s): %s', (_, instant, open) => {
    expect(isOpenOn(programme, new Date(instant))).toBe(open);
  });

  it('a one-day window is open that whole Vietnam day', () => {
    const oneDay = aProgramme({
      settings: aSettings({ opensOn: '2026-05-01', closesOn: '2026-05-01' }),
    });
    expect(isOpenOn(oneDay, new Date('2026-04-30T17:00:00Z'))).toBe(true);
    expect(isOpenOn(oneDay, new Date('2026-05-01T16:59:59Z'))).toBe(true);
    expect(isOpenOn(oneDay, new Date('2026-05-01T17:00:00Z'))).toBe(false);
  });
});

describe('windowsOverlap (both ends inclusive)', () => {
  const window = (opensOn: string, closesOn: string) => aSettings({ opensOn, closesOn });
  it.each([
    [
      'sharing one day',
      window('2026-01-01', '2026-03-31'),
      window('2026-03-31', '2026-06-30'),
      true,
    ],
    [
      'one inside the other',
      window('2026-01-01', '2026-12-31'),
      window('2026-03-01', '2026-03-31'),
      true,
    ],
    ['the same', window('2026-01-01', '2026-03-31'), window('2026-01-01', '2026-03-31'), true],
    ['crossing', window('2026-01-01', '2026-04-30'), window('2026-03-01', '2026-06-30'), true],
    ['back to back', window('2026-01-01', '2026-03-31'), window('2026-04-01', '2026-06-30'), false],
    ['far apart', window('2026-01-01', '2026-01-31'), window('2026-09-01', '2026-09-30'), false],
  ])('%s: %s', (_, a, b, overlap) => {
    expect(windowsOverlap(a, b)).toBe(overlap);
    expect(windowsOverlap(b, a)).toBe(overlap);
  });
});

describe('checkSettings: dates that exist', () => {
  it('accepts real days, 29 February of a leap year among them', () => {
    expect(() => {
      checkSettings(aSettings());
    }).not.toThrow();
    expect(() => {
      checkSettings(aSettings({ opensOn: '2028-02-29', closesOn: '2028-12-31' }));
    }).not.toThrow();
  });

  it.each([
    ['2026-02-30', 'settings.opens_on', { opensOn: '2026-02-30' }],
    ['2027-02-29', 'settings.opens_on', { opensOn: '2027-02-29' }],
    ['2026-04-31', 'settings.closes_on', { closesOn: '2026-04-31' }],
    ['2026-13-01', 'settings.closes_on', { closesOn: '2026-13-01' }],
    ['not a date', 'settings.opens_on', { opensOn: 'soon' }],
    ['an empty date', 'settings.closes_on', { closesOn: '' }],
  ])('refuses %s on %s', (_, field, overrides) => {
    const error = caught(() => {
      checkSettings(aSettings(overrides));
    });
    expect(error).toMatchObject({ kind: 'invalid-argument', code: 'INVALID_DATE' });
    expect(error.violations).toEqual([expect.objectContaining({ field })]);
  });

  it('names the opening date first when both are wrong', () => {
    const error = caught(() => {
      checkSettings(aSettings({ opensOn: '2026-02-30', closesOn: '2026-02-31' }));
    });
    expect(error.violations[0]?.field).toBe('settings.opens_on');
  });
});

describe('assertNoOverlap: one live application across overlapping windows', () => {
  const overlapping = aProgramme({
    id: 'programme-2',
    settings: aSettings({ opensOn: '2026-06-01', closesOn: '2026-12-31' }),
  });
  const later = aProgramme({
    id: 'programme-3',
    settings: aSettings({ opensOn: '2026-07-01', closesOn: '2026-12-31' }),
  });

  it('refuses OVERLAPPING_PROGRAMME on programme_id, naming the clashing application', () => {
    const held = anApplication({ id: 'application-7', programmeId: 'programme-2' });
    const error = caught(() => {
      assertNoOverlap(programme, [{ application: held, programme: overlapping }]);
    });
    expect(error).toMatchObject({ kind: 'failed-precondition', code: 'OVERLAPPING_PROGRAMME' });
    expect(error.violations).toEqual([expect.objectContaining({ field: 'programme_id' })]);
    expect(error.message).toContain('application-7');
    expect(error.message).toContain('programme-2');
  });

  it.each(['open', 'proposed', 'matched'] as const)('a %s application clashes', (status) => {
    const held = anApplication({ status, programmeId: 'programme-2' });
    expect(
      caught(() => {
        assertNoOverlap(programme, [{ application: held, programme: overlapping }]);
      }).code,
    ).toBe('OVERLAPPING_PROGRAMME');
  });

  it('ignores withdrawn applications', () => {
    const withdrawn = anApplication({ status: 'withdrawn', programmeId: 'programme-2' });
    expect(() => {
      assertNoOverlap(programme, [{ application: withdrawn, programme: overlapping }]);
    }).not.toThrow();
  });

  it('allows an application in a programme whose window does not overlap', () => {
    const held = anApplication({ programmeId: 'programme-3' });
    expect(() => {
      assertNoOverlap(programme, [{ application: held, programme: later }]);
    }).not.toThrow();
    expect(() => {
      assertNoOverlap(programme, []);
    }).not.toThrow();
  });

  it('finds the clash among others', () => {
    const withdrawn = anApplication({ id: 'application-w', status: 'withdrawn' });
    const clash = anApplication({ id: 'application-c', programmeId: 'programme-2' });
    const error = caught(() => {
      assertNoOverlap(programme, [
        { application: withdrawn, programme: overlapping },
        { application: anApplication({ id: 'application-l' }), programme: later },
        { application: clash, programme: overlapping },
      ]);
    });
    expect(error.message).toContain('application-c');
  });
});

describe('effectiveWeights', () => {
  const zero: MatchWeights = {
    skills: 0,
    topics: 0,
    language: 0,
    modality: 0,
    availability: 0,
    load: 0,
  };

  it('weights all 0 mean the defaults', () => {
    expect(effectiveWeights(zero)).toEqual(DEFAULT_WEIGHTS);
  });

  it.each(Object.keys(zero) as (keyof MatchWeights)[])(
    'a single non-zero weight (%s) is taken as given',
    (part) => {
      const weights = { ...zero, [part]: 2 };
      expect(effectiveWeights(weights)).toEqual(weights);
    },
  );

  it('set weights are kept as they are', () => {
    const weights: MatchWeights = {
      skills: 10,
      topics: 0,
      language: 3,
      modality: 0,
      availability: 1,
      load: 5,
    };
    expect(effectiveWeights(weights)).toEqual(weights);
  });
});
