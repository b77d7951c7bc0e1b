/**
 * How well a mentor fits a mentee, 0..1, as weighted parts a coordinator can read: skills,
 * topics, language, how they would meet, availability and load. Ranking computes the numbers for
 * the whole pool and builds parts and reasons only for the mentors it returns, so one mentee over
 * 10,000 mentors stays within a request's budget.
 */
import { breachMask, breachesFromMask, onlyInPerson } from './guardrails.ts';
import { AVAILABILITY_REASONS, SCORE_MESSAGES } from './messages.ts';
import {
  credit,
  prepareMentee,
  prepareMentor,
  postingsOf,
  preparePool,
  type MentorPool,
  type PreparedMentee,
  type PreparedMentor,
} from './pool.ts';
import { distanceByIndex } from './province-locations.ts';
import { TopK } from './top-k.ts';
import type {
  LocalizedText,
  MatchOptions,
  MatchWeights,
  MenteeNeed,
  MentorCandidate,
  ScoredMentor,
  ScorePart,
  ScorePartKind,
} from './types.ts';

export const SCORE_PART_KINDS: readonly ScorePartKind[] = [
  'skills',
  'topics',
  'language',
  'modality',
  'availability',
  'load',
];

/** Each part's share of the total: weight / sum of weights; all 0 when every weight is 0. */
export type WeightShares = Readonly<Record<ScorePartKind, number>>;

export function weightShares(weights: MatchWeights): WeightShares {
  // A negative weight would reward a poor fit; it counts as 0, like a part left out.
  const clamp = (weight: number) => (Number.isFinite(weight) && weight > 0 ? weight : 0);
  const sum = SCORE_PART_KINDS.reduce((total, kind) => total + clamp(weights[kind]), 0);
  const share = (kind: ScorePartKind) => (sum === 0 ? 0 : clamp(weights[kind]) / sum);
  return {
    skills: share('skills'),
    topics: share('topics'),
    language: share('language'),
    modality: share('modality'),
    availability: share('availability'),
    load: share('load'),
  };
}

function skillsValue(entry: PreparedMentor, need: PreparedMentee): number {
  if (need.topics.length === 0) return 0;
  let sum = 0;
  for (const code of need.topics) {
    const skill = entry.skillByCode.get(code);
    if (skill !== undefined) sum += credit(skill);
  }
  return sum / need.topics.length;
}

function topicsValue(entry: PreparedMentor, need: PreparedMentee): number {
  if (need.wanted.length === 0) return 0;
  let shared = 0;
  for (const code of need.wanted) if (entry.offered.has(code)) shared++;
  return shared / need.wanted.length;
}

/** Every mentor is taken to speak Vietnamese; an empty language is the default, Vietnamese. */
const wantsVietnamese = (need: PreparedMentee) =>
  need.mentee.language === '' || need.mentee.language.toLowerCase() === 'vi';

function languageValue(entry: PreparedMentor, need: PreparedMentee): number {
  return wantsVietnamese(need) || entry.languages.has(need.mentee.language.toLowerCase()) ? 1 : 0;
}

/** Travel wears a pair out: a neighbouring province is a short trip, across the country is not. */
export function distanceFactor(km: number): number {
  if (Number.isNaN(km)) return 0.5;
  if (km === 0) return 1;
  if (km <= 100) return 0.8;
  if (km <= 300) return 0.5;
  return 0.2;
}

/** How the pair would meet: online, in person (with the distance), or not at all. */
function modalityValue(entry: PreparedMentor, need: PreparedMentee): number {
  const mentor = entry.mentor.mode;
  const mentee = need.mentee.mode;
  if (
    (mentee === 'online' && mentor === 'in-person') ||
    (mentee === 'in-person' && mentor === 'online')
  ) {
    return 0;
  }
  if (mentor !== 'in-person' && mentee !== 'in-person') return 1;
  const factor = distanceFactor(distanceByIndex(entry.location, need.meetingLocation));
  // Only the mentee insists on meeting in person: the mentor may still lean to online.
  return mentor === 'any' ? 0.5 * factor : factor;
}

const AVAILABILITY_VALUES = { available: 1, limited: 0.5, unavailable: 0 } as const;

/** Free share of the mentor's places: spreads mentees instead of filling the favourites first. */
function loadValue(entry: PreparedMentor): number {
  const { heldPlaces, maxMentees } = entry.mentor;
  if (maxMentees <= 0) return 0;
  return Math.min(1, Math.max(0, 1 - heldPlaces / maxMentees));
}

/** One formula for both paths, so ranking and explanation never disagree on a total. */
function total(
  shares: WeightShares,
  skills: number,
  topics: number,
  entry: PreparedMentor,
  need: PreparedMentee,
): number {
  return (
    shares.skills * skills +
    shares.topics * topics +
    shares.language * languageValue(entry, need) +
    shares.modality * modalityValue(entry, need) +
    shares.availability * AVAILABILITY_VALUES[entry.mentor.availability] +
    shares.load * loadValue(entry)
  );
}

/** The total of one pair. */
export function scoreValue(
  entry: PreparedMentor,
  need: PreparedMentee,
  shares: WeightShares,
): number {
  return total(shares, skillsValue(entry, need), topicsValue(entry, need), entry, need);
}

/**
 * Every mentor's total and breaches for one mentee, by position in the pool. The arrays are the
 * pool's scratch space, overwritten by the next scorePool on the same pool: read them first.
 */
export interface PoolScores {
  readonly scores: Float64Array;
  readonly masks: Int32Array;
}

interface Scratch extends PoolScores {
  readonly skillSums: Float64Array;
  readonly shared: Float64Array;
}

/*
 * Four arrays of 10,000 per request would be 280 kB of garbage each time, and the collections
 * they cause show up in the latency's tail; ranking is synchronous, so one set per pool is safe.
 */
const scratches = new WeakMap<MentorPool, Scratch>();

function scratchOf(pool: MentorPool): Scratch {
  const count = pool.mentors.length;
  const held = scratches.get(pool);
  if (held !== undefined) return held;
  const scratch = {
    skillSums: new Float64Array(count),
    shared: new Float64Array(count),
    scores: new Float64Array(count),
    masks: new Int32Array(count),
  };
  scratches.set(pool, scratch);
  return scratch;
}

/**
 * scoreValue and breachMask for the whole pool. Skills and topics come from the postings (most
 * mentors hold none of a mentee's codes); sums run in the mentee's code order, as in
 * skillsValue, so the totals are the same to the last bit.
 */
export function scorePool(
  pool: MentorPool,
  need: PreparedMentee,
  shares: WeightShares,
  options: MatchOptions,
): PoolScores {
  const postings = postingsOf(pool);
  const { skillSums, shared, scores, masks } = scratchOf(pool);
  skillSums.fill(0);
  shared.fill(0);
  for (const code of need.topics) {
    const list = postings.skills.get(code);
    if (list === undefined) continue;
    for (let at = 0; at < list.at.length; at++) {
      const index = list.at[at] ?? 0;
      skillSums[index] = (skillSums[index] ?? 0) + (list.credit[at] ?? 0);
    }
  }
  for (const code of need.wanted) {
    const list = postings.offers.get(code);
    if (list === undefined) continue;
    for (const index of list) shared[index] = (shared[index] ?? 0) + 1;
  }
  const topics = need.topics.length;
  const wanted = need.wanted.length;
  pool.mentors.forEach((entry, index) => {
    const skills = topics === 0 ? 0 : (skillSums[index] ?? 0) / topics;
    const offered = wanted === 0 ? 0 : (shared[index] ?? 0) / wanted;
    scores[index] = total(shares, skills, offered, entry, need);
    masks[index] = breachMask(entry, need, options);
  });
  return { scores, masks };
}

const labelsOf = (codes: readonly string[], options: MatchOptions): LocalizedText[] =>
  codes.map((code) => options.labelOf?.(code) ?? { vi: code, en: code });

function skillsPart(entry: PreparedMentor, need: PreparedMentee, options: MatchOptions) {
  const verified: string[] = [];
  const declared: string[] = [];
  for (const code of need.topics) {
    const skill = entry.skillByCode.get(code);
    if (skill !== undefined) (skill.verified ? verified : declared).push(code);
  }
  const codes = need.topics.filter((code) => entry.skillByCode.has(code));
  const reason =
    codes.length === 0
      ? SCORE_MESSAGES.NO_SHARED_SKILLS
      : SCORE_MESSAGES.SKILLS(labelsOf(verified, options), labelsOf(declared, options));
  return { value: skillsValue(entry, need), codes, reason };
}

function topicsPart(entry: PreparedMentor, need: PreparedMentee, options: MatchOptions) {
  const codes = need.wanted.filter((code) => entry.offered.has(code));
  const reason =
    codes.length === 0
      ? SCORE_MESSAGES.NO_SHARED_TOPICS
      : SCORE_MESSAGES.TOPICS(labelsOf(codes, options));
  return { value: topicsValue(entry, need), codes, reason };
}

function languagePart(entry: PreparedMentor, need: PreparedMentee) {
  const value = languageValue(entry, need);
  const language = need.mentee.language;
  const reason = wantsVietnamese(need)
    ? SCORE_MESSAGES.LANGUAGE_VIETNAMESE
    : value === 1
      ? SCORE_MESSAGES.LANGUAGE_SHARED(language)
      : SCORE_MESSAGES.LANGUAGE_MISSING(language);
  return { value, codes: [], reason };
}

function modalityPart(entry: PreparedMentor, need: PreparedMentee) {
  const value = modalityValue(entry, need);
  const mentor = entry.mentor.mode;
  const mentee = need.mentee.mode;
  if (value === 0) {
    return { value, codes: [], reason: SCORE_MESSAGES.MODE_INCOMPATIBLE(mentor, mentee) };
  }
  if (mentor !== 'in-person' && mentee !== 'in-person') {
    return { value, codes: [], reason: SCORE_MESSAGES.MODE_ONLINE };
  }
  const km = distanceByIndex(entry.location, need.meetingLocation);
  const inPerson = Number.isNaN(km)
    ? SCORE_MESSAGES.IN_PERSON_DISTANCE_UNKNOWN
    : km === 0
      ? SCORE_MESSAGES.IN_PERSON_SAME_PROVINCE
      : SCORE_MESSAGES.IN_PERSON_DISTANCE(km);
  const reason =
    onlyInPerson(entry, need) && mentor === 'any'
      ? SCORE_MESSAGES.MENTOR_ALSO_ONLINE(inPerson)
      : inPerson;
  return { value, codes: [], reason };
}

function partOf(
  kind: ScorePartKind,
  entry: PreparedMentor,
  need: PreparedMentee,
  options: MatchOptions,
): { value: number; codes: readonly string[]; reason: LocalizedText } {
  switch (kind) {
    case 'skills':
      return skillsPart(entry, need, options);
    case 'topics':
      return topicsPart(entry, need, options);
    case 'language':
      return languagePart(entry, need);
    case 'modality':
      return modalityPart(entry, need);
    case 'availability':
      return {
        value: AVAILABILITY_VALUES[entry.mentor.availability],
        codes: [],
        reason: AVAILABILITY_REASONS[entry.mentor.availability],
      };
    case 'load':
      return {
        value: loadValue(entry),
        codes: [],
        reason: SCORE_MESSAGES.LOAD(entry.mentor.heldPlaces, entry.mentor.maxMentees),
      };
  }
}

/** The full explanation of one prepared pair. */
export function scorePrepared(
  entry: PreparedMentor,
  need: PreparedMentee,
  shares: WeightShares,
  options: MatchOptions,
  mask = breachMask(entry, need, options),
): ScoredMentor {
  const parts: ScorePart[] = SCORE_PART_KINDS.map((kind) => {
    const part = partOf(kind, entry, need, options);
    return { kind, ...part, points: shares[kind] * part.value };
  });
  return {
    mentor: entry.mentor,
    // The same sum, in the same order, as scoreValue: ranking and explanation never disagree.
    score: scoreValue(entry, need, shares),
    parts,
    breaches: breachesFromMask(mask, entry, need, options),
  };
}

export function scoreMentor(
  mentor: MentorCandidate,
  mentee: MenteeNeed,
  weights: MatchWeights,
  options: MatchOptions,
): ScoredMentor {
  return scorePrepared(
    prepareMentor(mentor),
    prepareMentee(mentee),
    weightShares(weights),
    options,
  );
}

export interface Ranking {
  /** Allowed mentors, best first (ties by expertId), at most `limit`. */
  readonly ranked: readonly ScoredMentor[];
  /** Mentors a guardrail rules out, best first, at most `limit`: what the office may ask about. */
  readonly excluded: readonly ScoredMentor[];
}

/**
 * The best mentors for one mentee. Pass a prepared pool (preparePool) to keep the per-mentor
 * lookups between requests; a plain array is prepared on every call.
 */
export function rankMentors(
  mentors: MentorPool | readonly MentorCandidate[],
  mentee: MenteeNeed,
  weights: MatchWeights,
  options: MatchOptions,
  limit: number,
): Ranking {
  const pool = 'byId' in mentors ? mentors : preparePool(mentors);
  const need = prepareMentee(mentee);
  const shares = weightShares(weights);
  const { scores, masks } = scorePool(pool, need, shares, options);
  const allowed = new TopK(limit);
  const excluded = new TopK(limit);
  pool.mentors.forEach((entry, index) => {
    const score = scores[index] ?? 0;
    const top = masks[index] === 0 ? allowed : excluded;
    if (top.admits(score)) top.offer({ index, score, id: entry.mentor.expertId });
  });
  const explain = (top: TopK) =>
    top.items().flatMap(({ index }) => {
      const entry = pool.mentors[index];
      return entry === undefined ? [] : [scorePrepared(entry, need, shares, options, masks[index])];
    });
  return { ranked: explain(allowed), excluded: explain(excluded) };
}
