import { describe, expect, it } from 'vitest';
import {
  activatePlace,
  heldPlaces,
  holdPlace,
  releasePlace,
  remainingPlaces,
  type Places,
} from './capacity.ts';
import { caught } from '../../test/fixtures.ts';

const places = (overrides: Partial<Places> = {}): Places => ({
  expertId: 'mentor-1',
  willing: true,
  maxMentees: 2,
  pending: [],
  active: [],
  ...overrides,
});

describe('heldPlaces and remainingPlaces', () => {
  it('hold pending proposals and active pairs alike', () => {
    const mentor = places({ maxMentees: 3, pending: ['a-1'], active: ['a-2'] });
    expect(heldPlaces(mentor)).toBe(2);
    expect(remainingPlaces(mentor)).toBe(1);
  });

  it('never leave fewer than 0 remaining when the maximum was lowered below what is held', () => {
    expect(remainingPlaces(places({ maxMentees: 1, active: ['a-1', 'a-2'] }))).toBe(0);
  });
});

describe('holdPlace', () => {
  it('holds a place for a new proposal', () => {
    const mentor = places({ pending: ['a-1'] });
    expect(holdPlace(mentor, 'a-2')).toEqual(['a-1', 'a-2']);
    expect(mentor.pending).toEqual(['a-1']);
  });

  it('is idempotent: the same proposal twice holds one place, even when the mentor is now full', () => {
    const full = places({ pending: ['a-1'], active: ['a-2'] });
    expect(holdPlace(full, 'a-1')).toEqual(['a-1']);
    expect(holdPlace(full, 'a-2')).toEqual(['a-1']);
    const once = holdPlace(places(), 'a-1');
    expect(holdPlace(places({ pending: once }), 'a-1')).toEqual(['a-1']);
  });

  it.each([
    ['two pending', places({ pending: ['a-1', 'a-2'] })],
    ['one pending, one active', places({ pending: ['a-1'], active: ['a-2'] })],
    ['two active', places({ active: ['a-1', 'a-2'] })],
    ['more held than a lowered maximum', places({ maxMentees: 1, active: ['a-1', 'a-2'] })],
    ['a maximum of 0', places({ maxMentees: 0 })],
  ])('refuses MENTOR_AT_CAPACITY when pending + active ≥ max: %s', (_, mentor) => {
    const error = caught(() => holdPlace(mentor, 'a-9'));
    expect(error).toMatchObject({ kind: 'failed-precondition', code: 'MENTOR_AT_CAPACITY' });
    expect(error.violations).toEqual([expect.objectContaining({ field: 'mentor_expert_id' })]);
    expect(error.message).toContain('mentor-1');
  });

  it('holds the last free place', () => {
    expect(holdPlace(places({ maxMentees: 3, pending: ['a-1'], active: ['a-2'] }), 'a-3')).toEqual([
      'a-1',
      'a-3',
    ]);
  });

  it('refuses MENTOR_NOT_OFFERING when the mentor does not (now) offer, whatever the room', () => {
    const error = caught(() => holdPlace(places({ willing: false, maxMentees: 5 }), 'a-1'));
    expect(error).toMatchObject({ kind: 'failed-precondition', code: 'MENTOR_NOT_OFFERING' });
    expect(error.violations).toEqual([expect.objectContaining({ field: 'mentor_expert_id' })]);
  });
});

describe('activatePlace', () => {
  it('turns the proposal’s held place into an active pair', () => {
    expect(activatePlace(places({ pending: ['a-1', 'a-2'], active: [] }), 'a-1')).toEqual({
      pending: ['a-2'],
      active: ['a-1'],
    });
  });

  it('counts active pairs alone: pending proposals do not stop an acceptance', () => {
    const mentor = places({ maxMentees: 2, pending: ['a-1', 'a-2'], active: [] });
    const first = activatePlace(mentor, 'a-1');
    expect(activatePlace({ ...mentor, ...first }, 'a-2')).toEqual({
      pending: [],
      active: ['a-1', 'a-2'],
    });
  });

  it('refuses MENTOR_AT_CAPACITY when the mentor lowered the maximum while the proposal waited', () => {
    const lowered = places({ maxMentees: 1, pending: ['a-2'], active: ['a-1'] });
    const error = caught(() => activatePlace(lowered, 'a-2'));
    expect(error).toMatchObject({ code: 'MENTOR_AT_CAPACITY' });
    expect(error.violations[0]?.field).toBe('mentor_expert_id');
  });

  it('is idempotent: an acceptance already recorded changes nothing, even at capacity', () => {
    const mentor = places({ maxMentees: 1, pending: [], active: ['a-1'] });
    expect(activatePlace(mentor, 'a-1')).toMatchObject({ pending: [], active: ['a-1'] });
  });
});

describe('releasePlace', () => {
  it('frees a pending proposal’s place', () => {
    expect(releasePlace(places({ pending: ['a-1', 'a-2'], active: ['a-3'] }), 'a-1')).toEqual({
      pending: ['a-2'],
      active: ['a-3'],
    });
  });

  it('frees an active pair’s place', () => {
    expect(releasePlace(places({ pending: ['a-1'], active: ['a-2', 'a-3'] }), 'a-3')).toEqual({
      pending: ['a-1'],
      active: ['a-2'],
    });
  });

  it('releasing twice, or what was never held, changes nothing', () => {
    const mentor = places({ pending: ['a-1'], active: ['a-2'] });
    const once = releasePlace(mentor, 'a-1');
    expect(releasePlace({ ...mentor, ...once }, 'a-1')).toEqual(once);
    expect(releasePlace(mentor, 'a-9')).toEqual({ pending: ['a-1'], active: ['a-2'] });
  });

  it('a released place can be held again', () => {
    const full = places({ pending: ['a-1'], active: ['a-2'] });
    const freed = releasePlace(full, 'a-1');
    expect(holdPlace({ ...full, ...freed }, 'a-3')).toEqual(['a-3']);
  });
});
