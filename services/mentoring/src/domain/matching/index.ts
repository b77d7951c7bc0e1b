/** The matching engine's public API: plain functions over plain data, no I/O. */
export * from './types.ts';
export {
  GUARDRAIL_MESSAGES,
  SCORE_MESSAGES,
  AVAILABILITY_REASONS,
  MODE_LABELS,
} from './messages.ts';
export { PROVINCE_LOCATIONS, distanceKm, type LatLon } from './province-locations.ts';
export {
  preparePool,
  prepareMentor,
  withMentor,
  type MentorPool,
  type PreparedMentor,
} from './pool.ts';
export { GUARDRAIL_KINDS, breachesOf } from './guardrails.ts';
export {
  SCORE_PART_KINDS,
  distanceFactor,
  rankMentors,
  scoreMentor,
  weightShares,
  type Ranking,
  type WeightShares,
} from './scoring.ts';
export {
  DEFAULT_CANDIDATES_PER_MENTEE,
  greedyAssignment,
  optimalAssignment,
  type AssignmentOptions,
} from './assignment.ts';
