/**
 * Per-mentor and per-mentee lookups built once, so scoring 10,000 mentors for one mentee does map
 * and set reads instead of scanning arrays and folding Vietnamese text each time. The service can
 * keep a prepared pool in memory and replace one mentor when their profile or load changes.
 */
import { foldVietnamese } from '@expertnet/platform';
import { locationIndexOf } from './province-locations.ts';
import type { MenteeNeed, MentorCandidate, PoolSkill } from './types.ts';

export interface PreparedMentor {
  readonly mentor: MentorCandidate;
  readonly skillByCode: ReadonlyMap<string, PoolSkill>;
  /** What they offer to mentor on: their topic codes, or their skill codes when they named none. */
  readonly offered: ReadonlySet<string>;
  readonly languages: ReadonlySet<string>;
  /** Folded, trimmed unit; '' when not known. */
  readonly unitKey: string;
  readonly location: number;
}

export interface MentorPool {
  readonly mentors: readonly PreparedMentor[];
  readonly byId: ReadonlyMap<string, PreparedMentor>;
}

/**
 * Who holds each code, by position in the pool: a mentee's 1–10 codes then touch only the
 * mentors holding them, instead of every mentor looking up every code.
 */
export interface Postings {
  /** Skill code → positions and the credit each holder gets for it. */
  readonly skills: ReadonlyMap<string, { readonly at: Int32Array; readonly credit: Float64Array }>;
  /** Offered topic code → positions. */
  readonly offers: ReadonlyMap<string, Int32Array>;
}

const postingsCache = new WeakMap<MentorPool, Postings>();

/** Built on first use and kept with the pool; a pool changed by withMentor builds its own. */
export function postingsOf(pool: MentorPool): Postings {
  const cached = postingsCache.get(pool);
  if (cached !== undefined) return cached;
  const skills = new Map<string, { at: number[]; credit: number[] }>();
  const offers = new Map<string, number[]>();
  pool.mentors.forEach((entry, index) => {
    for (const [code, skill] of entry.skillByCode) {
      const list = skills.get(code) ?? { at: [], credit: [] };
      list.at.push(index);
      list.credit.push(credit(skill));
      skills.set(code, list);
    }
    for (const code of entry.offered) {
      const list = offers.get(code) ?? [];
      list.push(index);
      offers.set(code, list);
    }
  });
  const postings: Postings = {
    skills: new Map(
      [...skills].map(([code, list]) => [
        code,
        { at: Int32Array.from(list.at), credit: Float64Array.from(list.credit) },
      ]),
    ),
    offers: new Map([...offers].map(([code, list]) => [code, Int32Array.from(list)])),
  };
  postingsCache.set(pool, postings);
  return postings;
}

export interface PreparedMentee {
  readonly mentee: MenteeNeed;
  /** Topic codes, each once, in the mentee's order. */
  readonly topics: readonly string[];
  /** Topics and goal codes, each once. */
  readonly wanted: readonly string[];
  readonly conflicts: ReadonlySet<string>;
  /** Past mentors the office did not allow again. */
  readonly blockedRepeats: ReadonlySet<string>;
  readonly declined: ReadonlySet<string>;
  readonly unitKey: string;
  readonly meetingLocation: number;
}

/** Units are typed by hand: "Sở KH&CN" and "sở kh&cn " are the same unit. */
export const unitKeyOf = (unit: string) => foldVietnamese(unit).replace(/\s+/g, ' ').trim();

export function prepareMentor(mentor: MentorCandidate): PreparedMentor {
  // The highest level wins if a skill is listed twice (a self-declared claim later verified).
  const skillByCode = new Map<string, PoolSkill>();
  for (const skill of mentor.skills) {
    const held = skillByCode.get(skill.code);
    if (held === undefined || credit(skill) > credit(held)) skillByCode.set(skill.code, skill);
  }
  return {
    mentor,
    skillByCode,
    offered: new Set(mentor.topicCodes.length > 0 ? mentor.topicCodes : skillByCode.keys()),
    languages: new Set(mentor.languages.map((language) => language.toLowerCase())),
    unitKey: unitKeyOf(mentor.unit),
    location: locationIndexOf(mentor.provinceCode),
  };
}

export function preparePool(mentors: readonly MentorCandidate[]): MentorPool {
  const prepared = mentors.map(prepareMentor);
  return {
    mentors: prepared,
    byId: new Map(prepared.map((entry) => [entry.mentor.expertId, entry])),
  };
}

/**
 * A new pool with this mentor added or replaced (same expertId); the old pool is unchanged. A
 * change of load or availability, the frequent case, keeps the old pool's postings.
 */
export function withMentor(pool: MentorPool, mentor: MentorCandidate): MentorPool {
  const entry = prepareMentor(mentor);
  const held = pool.byId.get(mentor.expertId);
  const mentors =
    held === undefined
      ? [...pool.mentors, entry]
      : pool.mentors.map((other) => (other === held ? entry : other));
  const byId = new Map(pool.byId);
  byId.set(mentor.expertId, entry);
  const next = { mentors, byId };
  const postings = postingsCache.get(pool);
  if (postings !== undefined && held !== undefined && sameCodes(held, entry)) {
    postingsCache.set(next, postings);
  }
  return next;
}

function sameCodes(a: PreparedMentor, b: PreparedMentor): boolean {
  if (a.skillByCode.size !== b.skillByCode.size || a.offered.size !== b.offered.size) return false;
  for (const [code, skill] of a.skillByCode) {
    const other = b.skillByCode.get(code);
    if (other === undefined || credit(other) !== credit(skill)) return false;
  }
  for (const code of a.offered) if (!b.offered.has(code)) return false;
  return true;
}

export function prepareMentee(mentee: MenteeNeed): PreparedMentee {
  const topics = [...new Set(mentee.topicCodes)];
  const allowed = new Set(mentee.repeatAllowedMentorIds);
  return {
    mentee,
    topics,
    wanted: [...new Set([...topics, ...mentee.goalCodes])],
    conflicts: new Set(mentee.conflictSubjects),
    blockedRepeats: new Set(mentee.pastMentorIds.filter((id) => !allowed.has(id))),
    declined: new Set(mentee.declinedMentorIds),
    unitKey: unitKeyOf(mentee.unit),
    // A need without a meeting place is met where the mentee is.
    meetingLocation: locationIndexOf(mentee.meetingProvinceCode || mentee.provinceCode),
  };
}

/** The programme vouches for a verified skill; a self-declared one is a claim. */
export const VERIFIED_CREDIT = 1;
export const DECLARED_CREDIT = 0.6;

/** Level 4 (expert) keeps the full credit, level 1 keeps 85 %: level matters less than proof. */
export function credit(skill: PoolSkill): number {
  const level = Math.min(4, Math.max(1, skill.level));
  return (skill.verified ? VERIFIED_CREDIT : DECLARED_CREDIT) * (0.8 + 0.05 * level);
}
