/**
 * A mentor's places: unanswered proposals and active pairs are both held against the maximum the
 * mentor offers in the directory, so two proposals can never promise the same place. Acceptance
 * counts active pairs alone: a mentor who lowered their maximum while proposals waited still ends
 * with no more active pairs than the new maximum.
 */
import { refused } from './refusals.ts';
import type { PoolMentor } from './types.ts';

export type Places = Pick<PoolMentor, 'expertId' | 'willing' | 'maxMentees' | 'pending' | 'active'>;

export const heldPlaces = (mentor: Places) => mentor.pending.length + mentor.active.length;
export const remainingPlaces = (mentor: Places) =>
  Math.max(0, mentor.maxMentees - heldPlaces(mentor));

const atCapacity = (mentor: Places) =>
  refused(
    'failed-precondition',
    'MENTOR_AT_CAPACITY',
    'mentor_expert_id',
    `mentor ${mentor.expertId} has no free place (${heldPlaces(mentor)} of ${mentor.maxMentees} held)`,
  );

/** The pending list with the proposal's place held; the same proposal twice holds one place. */
export function holdPlace(mentor: Places, assignmentId: string): readonly string[] {
  if (mentor.pending.includes(assignmentId) || mentor.active.includes(assignmentId)) {
    return mentor.pending;
  }
  if (!mentor.willing) {
    throw refused(
      'failed-precondition',
      'MENTOR_NOT_OFFERING',
      'mentor_expert_id',
      `expert ${mentor.expertId} does not offer mentoring (now)`,
    );
  }
  if (remainingPlaces(mentor) === 0) throw atCapacity(mentor);
  return [...mentor.pending, assignmentId];
}

/** The places after the mentor accepts: the proposal's place becomes an active pair. */
export function activatePlace(
  mentor: Places,
  assignmentId: string,
): { readonly pending: readonly string[]; readonly active: readonly string[] } {
  if (mentor.active.includes(assignmentId)) return mentor;
  if (mentor.active.length >= mentor.maxMentees) throw atCapacity(mentor);
  return {
    pending: mentor.pending.filter((id) => id !== assignmentId),
    active: [...mentor.active, assignmentId],
  };
}

/** The places once the proposal or pair is over (declined, expired, ended). */
export const releasePlace = (mentor: Places, assignmentId: string) => ({
  pending: mentor.pending.filter((id) => id !== assignmentId),
  active: mentor.active.filter((id) => id !== assignmentId),
});
