import { DomainError, invalidArgument, type FieldViolation, Violations } from '@expertnet/platform';
import type { CompletionRules, Module, Track, TrackSettings } from './types.ts';

const TRACK_CODE = /^[A-Z0-9][A-Z0-9_-]{1,31}$/;
const MODULE_CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;
const SKILL_CODE = /^[a-z][a-z0-9-]{1,63}$/;
const MAX_MODULES = 50;
const MAX_SKILLS = 20;

/**
 * Every problem with a track's settings, with proto field paths under `prefix`. Empty when fine.
 * Repeats what protovalidate checks at the edge, so the domain holds on its own (tests, imports).
 */
export function validateTrackSettings(
  settings: TrackSettings,
  prefix = 'settings',
): readonly FieldViolation[] {
  const violations = new Violations();
  violations.matches(settings.code, TRACK_CODE, `${prefix}.code`, 'must be 2 to 32 of A-Z 0-9 _ -');
  violations.textBetween(settings.name.vi, 3, 200, `${prefix}.name.vi`);
  violations.textBetween(settings.name.en, 0, 200, `${prefix}.name.en`);
  violations.textBetween(settings.description, 0, 4000, `${prefix}.description`);
  violations.check(
    settings.modules.length >= 1 && settings.modules.length <= MAX_MODULES,
    `${prefix}.modules`,
    `must have 1 to ${MAX_MODULES} modules`,
  );
  settings.modules.forEach((module, index) => {
    checkModule(module, settings.modules, index, `${prefix}.modules[${index}]`, violations);
  });
  checkCompletion(settings.completion, settings.modules.length, `${prefix}.completion`, violations);
  return violations.list;
}

function checkModule(
  module: Module,
  modules: readonly Module[],
  index: number,
  field: string,
  violations: Violations,
): void {
  if (
    violations.matches(module.code, MODULE_CODE, `${field}.code`, 'must be 1 to 32 of A-Z 0-9 _ -')
  ) {
    const first = modules.findIndex((other) => other.code === module.code);
    violations.check(first === index, `${field}.code`, `repeats the code of modules[${first}]`);
  }
  violations.textBetween(module.title.vi, 2, 200, `${field}.title.vi`);
  violations.textBetween(module.title.en, 0, 200, `${field}.title.en`);
  violations.integerBetween(module.hours, 0, 500, `${field}.hours`);
  violations.integerBetween(module.passScore, 0, 100, `${field}.pass_score`);
  violations.check(
    module.skillCodes.length <= MAX_SKILLS,
    `${field}.skill_codes`,
    `at most ${MAX_SKILLS}`,
  );
  module.skillCodes.forEach((skill, skillIndex) => {
    const skillField = `${field}.skill_codes[${skillIndex}]`;
    if (
      violations.matches(
        skill,
        SKILL_CODE,
        skillField,
        'must be a taxonomy code like "data-governance"',
      )
    ) {
      violations.check(
        module.skillCodes.indexOf(skill) === skillIndex,
        skillField,
        'repeats a skill',
      );
    }
  });
}

function checkCompletion(
  rules: CompletionRules,
  moduleCount: number,
  field: string,
  violations: Violations,
): void {
  violations.integerBetween(rules.minAttendancePercent, 0, 100, `${field}.min_attendance_percent`);
  if (violations.integerBetween(rules.minModulesPassed, 0, 50, `${field}.min_modules_passed`)) {
    violations.check(
      rules.minModulesPassed <= moduleCount,
      `${field}.min_modules_passed`,
      'exceeds the number of modules',
    );
  }
}

export function createTrack(id: string, settings: TrackSettings, now: Date): Track {
  assertValid(settings);
  return { id, settings, version: 1, createdAt: now, updatedAt: now };
}

/**
 * Any setting may change. Graduates keep what they earned: their certificates and events carry
 * the track as it was; trainees still training are measured against the new rules.
 */
export function updateTrack(track: Track, settings: TrackSettings, now: Date): Track {
  assertValid(settings);
  return { ...track, settings, version: track.version + 1, updatedAt: now };
}

function assertValid(settings: TrackSettings): void {
  const violations = validateTrackSettings(settings);
  if (violations.length > 0) throw invalidArgument(violations);
}

/** The track's module with `code`, or MODULE_NOT_IN_TRACK naming the request field at fault. */
export function moduleOf(track: Track, code: string, field = 'module_code'): Module {
  const module = track.settings.modules.find((candidate) => candidate.code === code);
  if (module !== undefined) return module;
  throw new DomainError(
    'invalid-argument',
    'MODULE_NOT_IN_TRACK',
    `module ${code} is not in track ${track.settings.code}`,
    { violations: [{ field, description: `is not a module of track ${track.settings.code}` }] },
  );
}
