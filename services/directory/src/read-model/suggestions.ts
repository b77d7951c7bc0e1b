/**
 * Find-peers and match over index candidates. Scores are computed from the columns with the very
 * arithmetic of peers.ts and match.ts (same operations in the same order, so the same doubles);
 * only the few rows kept get a view, and the domain then builds their matches and reasons itself.
 */
import {
  PEER_WEIGHTS,
  PROVINCE_SHARE,
  skillRank,
  VERIFIED_BONUS,
  type MatchRequest,
  type ProfileView,
} from '../domain/index.ts';
import type { Buffers, Memo } from './buffers.ts';
import type { CodeIndex } from './code-index.ts';
import type { ListPool } from './dictionary.ts';
import { collator } from './facet-counts.ts';
import type { FilterPlan } from './filter-plan.ts';
import type { SlotList } from './postings.ts';
import { entryCode, entryRank, entryVerified, statusNumber, type ProfileTable } from './table.ts';
import { TopK } from './top-k.ts';

/** Where a candidate's score goes: none means it is not a candidate. */
type Scorer = (slot: number) => number | undefined;

/**
 * Candidates in tiers: the slots of a tier's lists not seen in an earlier tier can score at most
 * `bound`. Tiers come strongest first, so once the page's last score is above a tier's bound the
 * rest cannot enter (most experts share only a province with anyone).
 */
interface Tier {
  readonly lists: readonly (SlotList | undefined)[];
  readonly bound: number;
}

/** Scores are rounded to thousandths, which can lift one above its bound by half of that. */
const ROUNDING = 0.001;

/** The best `limit` candidates by score, ties by id as the domain breaks them (localeCompare). */
function best(
  table: ProfileTable,
  buffers: Buffers,
  tiers: readonly Tier[],
  limit: number,
  scoreOf: Scorer,
): number[] {
  const { scores, marks } = buffers;
  const seen = buffers.seenSlots;
  const ids = table.ids;
  const top = new TopK(limit, (a, b) => {
    const left = scores[a] ?? 0;
    const right = scores[b] ?? 0;
    if (left !== right) return left > right;
    return collator.compare(ids[a] ?? '', ids[b] ?? '') < 0;
  });
  let seenCount = 0;
  for (const tier of tiers) {
    const last = top.last;
    if (last !== undefined && tier.bound + ROUNDING < (scores[last] ?? 0)) break;
    for (const list of tier.lists) {
      for (const slot of list?.slots() ?? []) {
        if (marks[slot] === 1) continue;
        marks[slot] = 1;
        seen[seenCount] = slot;
        seenCount += 1;
        const score = scoreOf(slot);
        if (score === undefined) continue;
        const kept = top.last;
        // Cheap refusal before the comparator: a lower score never enters a full page.
        if (kept !== undefined && score < (scores[kept] ?? 0)) continue;
        scores[slot] = score;
        top.offer(slot);
      }
    }
  }
  for (let index = 0; index < seenCount; index += 1) marks[seen[index] ?? 0] = 0;
  return top.sorted();
}

/** A number per list of a pool (few distinct lists, many profiles), computed on first use. */
function perList(
  pool: ListPool,
  memo: Memo,
  compute: (values: readonly number[]) => number,
): (list: number) => number {
  memo.begin(pool.size);
  return (list) => {
    const value = memo.get(list);
    if (!Number.isNaN(value)) return value;
    const computed = compute(pool.list(list));
    memo.set(list, computed);
    return computed;
  };
}

/** Marks a weight that does not apply (every real weight and score is positive). */
const NONE = -1;

// ---------------------------------------------------------------------------------------------
// Find-peers

/** `self` as peers.ts reads it, in the table's code numbers (-1: a code no profile holds). */
interface Self {
  readonly skillIds: readonly number[];
  readonly skillRanks: readonly number[];
  readonly skillNorm: number;
  readonly sectorIds: ReadonlySet<number>;
  /** Distinct sector codes, known or not: the union's size counts them all. */
  readonly sectorCount: number;
  readonly provinceId: number;
  readonly organisationId: number;
}

function selfOf(table: ProfileTable, self: ProfileView): Self {
  const skills = self.skills ?? [];
  const sectors = self.sectorCodes ?? [];
  return {
    skillIds: skills.map((skill) => table.skills.find(skill.code)),
    skillRanks: skills.map((skill) => skillRank(skill.level)),
    skillNorm: Math.sqrt(skills.reduce((sum, skill) => sum + skillRank(skill.level) ** 2, 0)),
    sectorIds: new Set(sectors.map((code) => table.sectors.find(code)).filter((id) => id >= 0)),
    sectorCount: new Set(sectors).size,
    provinceId: self.provinceCode === '' ? -1 : table.provinces.find(self.provinceCode),
    organisationId:
      self.organisationCode === '' ? -1 : table.organisations.find(self.organisationCode),
  };
}

/** The slots of the best peers of `selfView`, best first. */
export function rankPeers(
  table: ProfileTable,
  codes: CodeIndex,
  buffers: Buffers,
  selfView: ProfileView,
  selfSlot: number,
  plan: FilterPlan,
  limit: number,
): number[] {
  const self = selfOf(table, selfView);
  const sectorWeight = perList(table.sectorLists, buffers.sectorWeights, (ids) =>
    sectorWeightOf(self, ids),
  );
  const weights = new Float64Array(4);
  const province = PEER_WEIGHTS['same-province'];
  const organisation = PEER_WEIGHTS['same-organisation'];
  // A sector weight can pass PEER_WEIGHTS' (a profile may repeat a code): bound it by the lists.
  let sectorBound = 0;
  for (let list = 0; list < table.sectorLists.size; list += 1) {
    sectorBound = Math.max(sectorBound, sectorWeight(list));
  }
  const tiers: Tier[] = [
    { lists: self.skillIds.map((id) => codes.skill[id]), bound: Infinity },
    {
      lists: [...self.sectorIds].map((id) => codes.sector[id]),
      bound: sectorBound + province + organisation,
    },
    { lists: [codes.province[self.provinceId]], bound: province + organisation },
    { lists: [codes.organisation[self.organisationId]], bound: organisation },
  ];
  return best(table, buffers, tiers, limit, (slot) => {
    if (table.alive[slot] !== 1 || slot === selfSlot) return undefined;
    let count = 0;
    const add = (weight: number) => {
      if (weight === NONE) return;
      // Kept in descending order: peers.ts sums its reasons sorted by weight.
      let position = count;
      while (position > 0 && (weights[position - 1] ?? 0) < weight) {
        weights[position] = weights[position - 1] ?? 0;
        position -= 1;
      }
      weights[position] = weight;
      count += 1;
    };
    add(skillWeightOf(self, table.skillLists, table.skillList[slot] ?? 0));
    add(sectorWeight(table.sectorList[slot] ?? 0));
    if (self.provinceId >= 0 && table.province[slot] === self.provinceId) add(province);
    if (self.organisationId >= 0 && table.organisation[slot] === self.organisationId) {
      add(organisation);
    }
    if (count === 0 || plan.mask(slot) !== 0) return undefined;
    let total = 0;
    for (let index = 0; index < count; index += 1) total += weights[index] ?? 0;
    const similarity = Math.round(total * 1000) / 1000;
    return similarity > 0 ? similarity : undefined;
  });
}

/**
 * peers.ts's skillSimilarity weight: cosine of level-weighted skill vectors, if a skill is
 * shared. Skill lists (with levels) are nearly as many as profiles: read in place, not copied.
 */
function skillWeightOf(self: Self, pool: ListPool, list: number): number {
  const values = pool.values;
  const from = pool.from(list);
  const to = pool.to(list);
  let theirNormSquared = 0;
  let shared = false;
  for (let index = from; index < to; index += 1) {
    const entry = values[index] ?? 0;
    theirNormSquared += entryRank(entry) ** 2;
    if (!shared && self.skillIds.includes(entryCode(entry))) shared = true;
  }
  const denominator = self.skillNorm * Math.sqrt(theirNormSquared);
  if (denominator === 0 || !shared) return NONE;
  let dot = 0;
  self.skillIds.forEach((id, position) => {
    dot += (self.skillRanks[position] ?? 0) * lastRankOf(values, from, to, id);
  });
  return PEER_WEIGHTS['shared-skills'] * (dot / denominator);
}

/** The rank of the last entry with the code (a Map built from the list keeps the last), or 0. */
function lastRankOf(values: Int32Array, from: number, to: number, codeId: number): number {
  for (let index = to - 1; index >= from; index -= 1) {
    const entry = values[index] ?? 0;
    if (entryCode(entry) === codeId) return entryRank(entry);
  }
  return 0;
}

function sectorWeightOf(self: Self, theirs: readonly number[]): number {
  const shared = theirs.filter((id) => self.sectorIds.has(id)).length;
  if (shared === 0) return NONE;
  const theirsOnly = new Set(theirs.filter((id) => !self.sectorIds.has(id))).size;
  return (PEER_WEIGHTS['same-sector'] * shared) / (self.sectorCount + theirsOnly);
}

// ---------------------------------------------------------------------------------------------
// Match

const UNAVAILABLE = statusNumber('unavailable');

const credit = (rank: number, verified: boolean) =>
  0.6 + (0.3 * (rank - 1)) / 3 + (verified ? VERIFIED_BONUS : 0);

interface Requirement {
  readonly codeId: number;
  readonly minRank: number;
  readonly verifiedOnly: boolean;
}

/** The slots of the best matches for `request`, best first. */
export function rankMatches(
  table: ProfileTable,
  codes: CodeIndex,
  buffers: Buffers,
  request: MatchRequest,
  excludedSlots: ReadonlySet<number>,
  plan: FilterPlan,
  limit: number,
): number[] {
  const requirements: Requirement[] = request.skills.map((requirement) => ({
    codeId: table.skills.find(requirement.code),
    minRank: requirement.minLevel === undefined ? -Infinity : skillRank(requirement.minLevel),
    verifiedOnly: requirement.verifiedOnly,
  }));
  const preferred = new Uint8Array(table.provinces.size);
  for (const code of request.preferredProvinceCodes) {
    const id = table.provinces.find(code);
    if (id >= 0) preferred[id] = 1;
  }
  const lists = requirements.map((requirement) => codes.skill[requirement.codeId]);
  return best(table, buffers, [{ lists, bound: Infinity }], limit, (slot) => {
    if (table.alive[slot] !== 1 || excludedSlots.has(slot)) return undefined;
    const list = table.skillList[slot] ?? 0;
    const skillScore = skillScoreOf(table.skillLists, list, requirements, request.skills.length);
    if (skillScore === NONE) return undefined;
    if (plan.mask(slot) !== 0 || absentDuring(table, plan, slot, request)) return undefined;
    const score =
      request.preferredProvinceCodes.length === 0
        ? skillScore
        : (1 - PROVINCE_SHARE) * skillScore +
          (preferred[table.province[slot] ?? 0] === 1 ? PROVINCE_SHARE : 0);
    return Math.round(score * 1000) / 1000;
  });
}

/** match.ts's skill score: the mean credit of the first held skill per requirement, or NONE. */
function skillScoreOf(
  pool: ListPool,
  list: number,
  requirements: readonly Requirement[],
  requested: number,
): number {
  const values = pool.values;
  const from = pool.from(list);
  const to = pool.to(list);
  let matched = 0;
  let sum = 0;
  for (const requirement of requirements) {
    for (let index = from; index < to; index += 1) {
      const entry = values[index] ?? 0;
      if (
        entryCode(entry) === requirement.codeId &&
        entryRank(entry) >= requirement.minRank &&
        (!requirement.verifiedOnly || entryVerified(entry))
      ) {
        matched += 1;
        sum += credit(entryRank(entry), entryVerified(entry));
        break;
      }
    }
  }
  return matched === 0 ? NONE : sum / requested;
}

/** match.ts's absentDuring on the columns: unavailable with no end, or up to the period's start. */
function absentDuring(
  table: ProfileTable,
  plan: FilterPlan,
  slot: number,
  request: MatchRequest,
): boolean {
  if (request.availableFrom === '' && request.availableTo === '') return false;
  if (plan.clock.status(slot) !== UNAVAILABLE) return false;
  const until = table.untils.valueOf(table.until[slot] ?? 0);
  const start = request.availableFrom === '' ? plan.clock.today : request.availableFrom;
  return until === '' || until >= start;
}
