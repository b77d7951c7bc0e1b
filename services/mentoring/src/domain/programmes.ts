import { vietnamDateOf } from '@expertnet/platform';
import { DEFAULT_WEIGHTS, type MatchWeights } from './matching/types.ts';
import { refused } from './refusals.ts';
import type { Application, Programme, ProgrammeSettings } from './types.ts';

/** A programme takes applications and forms pairs on the days of its window. */
export const isOpenOn = (programme: Programme, now: Date) => {
  const today = vietnamDateOf(now);
  return programme.settings.opensOn <= today && today <= programme.settings.closesOn;
};

export const windowsOverlap = (a: ProgrammeSettings, b: ProgrammeSettings) =>
  a.opensOn <= b.closesOn && b.opensOn <= a.closesOn;

/** Weights all 0 mean "the defaults": a form left untouched still ranks sensibly. */
export const effectiveWeights = (weights: MatchWeights): MatchWeights =>
  Object.values(weights).every((weight) => weight === 0) ? DEFAULT_WEIGHTS : weights;

export const DEFAULT_RESPOND_WITHIN_DAYS = 7;

/** Settings the contract's rules cannot check alone: dates that exist. */
export function checkSettings(settings: ProgrammeSettings): void {
  for (const [field, day] of [
    ['settings.opens_on', settings.opensOn],
    ['settings.closes_on', settings.closesOn],
  ] as const) {
    if (
      Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
      new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
    ) {
      throw refused(
        'invalid-argument',
        'INVALID_DATE',
        field,
        `${day} is not a day of the calendar`,
      );
    }
  }
}

/** A mentee may hold one live application at a time across programmes whose windows overlap. */
export function assertNoOverlap(
  programme: Programme,
  live: readonly { readonly application: Application; readonly programme: Programme }[],
): void {
  const clash = live.find(
    (held) =>
      held.application.status !== 'withdrawn' &&
      windowsOverlap(held.programme.settings, programme.settings),
  );
  if (clash === undefined) return;
  throw refused(
    'failed-precondition',
    'OVERLAPPING_PROGRAMME',
    'programme_id',
    `the mentee already has application ${clash.application.id} in programme ${clash.programme.id}, whose window overlaps this one`,
  );
}
