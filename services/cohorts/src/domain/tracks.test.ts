import { describe, expect, it } from 'vitest';
import { aModule, aTrack, caught, trackSettings } from '../../test/fixtures.ts';
import { createTrack, moduleOf, updateTrack, validateTrackSettings } from './tracks.ts';

const NOW = new Date('2025-08-10T03:00:00Z');

describe('validateTrackSettings', () => {
  it('accepts the fixture track', () => {
    expect(validateTrackSettings(trackSettings())).toEqual([]);
  });

  it.each([
    ['code', { code: 'x' }, 'settings.code'],
    ['name', { name: { vi: 'CĐ', en: '' } }, 'settings.name.vi'],
    [
      'list of modules',
      {
        modules: [],
        completion: {
          minAttendancePercent: 80,
          excusedCountsAsAttended: false,
          minModulesPassed: 0,
        },
      },
      'settings.modules',
    ],
    [
      'attendance over 100',
      {
        completion: {
          minAttendancePercent: 101,
          excusedCountsAsAttended: false,
          minModulesPassed: 0,
        },
      },
      'settings.completion.min_attendance_percent',
    ],
    [
      'more modules to pass than exist',
      {
        completion: {
          minAttendancePercent: 80,
          excusedCountsAsAttended: false,
          minModulesPassed: 4,
        },
      },
      'settings.completion.min_modules_passed',
    ],
  ] as const)('refuses a bad %s', (_case, overrides, field) => {
    expect(
      validateTrackSettings(trackSettings(overrides)).map((violation) => violation.field),
    ).toEqual([field]);
  });

  it('names each bad module field, repeated codes and skills included', () => {
    const modules = [
      aModule(),
      aModule({ code: 'M1', passScore: 101, skillCodes: ['Data', 'cyber', 'cyber'] }),
    ];
    expect(validateTrackSettings(trackSettings({ modules }))).toEqual([
      { field: 'settings.modules[1].code', description: 'repeats the code of modules[0]' },
      {
        field: 'settings.modules[1].pass_score',
        description: 'must be a whole number from 0 to 100',
      },
      {
        field: 'settings.modules[1].skill_codes[0]',
        description: 'must be a taxonomy code like "data-governance"',
      },
      { field: 'settings.modules[1].skill_codes[2]', description: 'repeats a skill' },
    ]);
  });
});

describe('createTrack and updateTrack', () => {
  it('creates version 1 and bumps the version on update', () => {
    const track = createTrack('t-1', trackSettings(), NOW);
    expect(track).toMatchObject({ id: 't-1', version: 1, createdAt: NOW, updatedAt: NOW });
    const later = new Date('2025-08-11T03:00:00Z');
    const updated = updateTrack(track, trackSettings({ description: 'Bản 2' }), later);
    expect(updated).toMatchObject({ version: 2, createdAt: NOW, updatedAt: later });
    expect(updated.settings.description).toBe('Bản 2');
  });

  it('refuses invalid settings with every violation', () => {
    expect(
      caught(() => createTrack('t-1', trackSettings({ code: '', modules: [] }), NOW)),
    ).toMatchObject({
      kind: 'invalid-argument',
      code: 'INVALID_ARGUMENT',
      violations: [
        { field: 'settings.code' },
        { field: 'settings.modules' },
        { field: 'settings.completion.min_modules_passed' },
      ],
    });
  });
});

describe('moduleOf', () => {
  it('finds a module of the track', () => {
    expect(moduleOf(aTrack(), 'M2').title.en).toBe('Digital government');
  });

  it('refuses a module not in the track, naming the field', () => {
    expect(caught(() => moduleOf(aTrack(), 'M9', 'settings.module_code'))).toMatchObject({
      kind: 'invalid-argument',
      code: 'MODULE_NOT_IN_TRACK',
      violations: [{ field: 'settings.module_code' }],
    });
  });
});
