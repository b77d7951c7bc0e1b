/**
 * An ExpertFilter compiled against the table's columns. `mask` says which criteria a slot fails,
 * one bit per facet's own criterion (plus one for the rest), so one pass serves both the results
 * (mask 0) and every facet (mask within that facet's own bit), as computeFacets defines them.
 */
import { vietnamDateOf } from '@expertnet/platform';
import {
  AVAILABILITY_STATUSES,
  skillRank,
  type ExpertFilter,
  type FacetField,
} from '../domain/index.ts';
import type { Buffers, Memo } from './buffers.ts';
import type { Dictionary, ListPool } from './dictionary.ts';
import type { FacetRows } from './facet-counts.ts';
import {
  AVAILABLE,
  entryCode,
  entryRank,
  entryVerified,
  HIDDEN_STATUS,
  statusNumber,
  type ProfileTable,
} from './table.ts';

export const CRITERION: Readonly<Record<FacetField, number>> = {
  province: 1,
  organisation: 2,
  sector: 4,
  skill: 8,
  language: 16,
  availability: 32,
};
/** Mentoring, certificate and activity: no facet leaves these out. */
export const OTHER_CRITERIA = 64;

const DAY_MS = 86_400_000;

/** Availability as of one instant: an "until" already passed reads as available. */
export class AvailabilityClock {
  readonly today: string;
  readonly #expired: Uint8Array;
  readonly #table: ProfileTable;

  constructor(table: ProfileTable, now: Date) {
    this.#table = table;
    this.today = vietnamDateOf(now);
    const untils = table.untils;
    this.#expired = new Uint8Array(untils.size);
    for (let id = 1; id < untils.size; id += 1) {
      this.#expired[id] = untils.valueOf(id) < this.today ? 1 : 0;
    }
  }

  /** Effective statuses of the rows a facet sees, by status number (0, hidden, never counts). */
  countStatuses(rows: FacetRows, allowed: number): Int32Array {
    const counts = new Int32Array(AVAILABILITY_STATUSES.length + 1);
    const { status, until } = this.#table;
    const expired = this.#expired;
    const { slots, masks, count } = rows;
    for (let row = 0; row < count; row += 1) {
      if (((masks[row] ?? 0) & ~allowed) !== 0) continue;
      const slot = slots[row] ?? 0;
      const raw = status[slot] ?? HIDDEN_STATUS;
      const effective = raw !== HIDDEN_STATUS && expired[until[slot] ?? 0] === 1 ? AVAILABLE : raw;
      counts[effective] = (counts[effective] ?? 0) + 1;
    }
    counts[HIDDEN_STATUS] = 0;
    return counts;
  }

  /** HIDDEN_STATUS, or the effective status number of the slot. */
  status(slot: number): number {
    const status = this.#table.status[slot] ?? HIDDEN_STATUS;
    if (status === HIDDEN_STATUS) return status;
    return this.#expired[this.#table.until[slot] ?? 0] === 1 ? AVAILABLE : status;
  }
}

/** A lookup table over a dictionary: 1 for the wanted codes; undefined when nothing is wanted. */
function wantedSet(dictionary: Dictionary, wanted: readonly string[]): Uint8Array | undefined {
  if (wanted.length === 0) return undefined;
  const set = new Uint8Array(dictionary.size);
  for (const code of wanted) {
    const id = dictionary.find(code);
    if (id >= 0) set[id] = 1;
  }
  return set;
}

export class FilterPlan {
  readonly clock: AvailabilityClock;
  readonly #table: ProfileTable;
  readonly #provinces: Uint8Array | undefined;
  readonly #organisations: Uint8Array | undefined;
  readonly #sectors: ListTest | undefined;
  readonly #skills: ListTest | undefined;
  readonly #languages: ListTest | undefined;
  readonly #statuses: Uint8Array | undefined;
  readonly #onlyWilling: boolean;
  readonly #onlyCertified: boolean;
  /** Undefined: no activity criterion. */
  readonly #activeSince: number | undefined;

  constructor(table: ProfileTable, filter: ExpertFilter, now: Date, memos: Buffers) {
    this.#table = table;
    this.clock = new AvailabilityClock(table, now);
    this.#provinces = wantedSet(table.provinces, filter.provinceCodes);
    this.#organisations = wantedSet(table.organisations, filter.organisationCodes);
    this.#sectors = anyOf(table.sectorLists, memos.sectorTest, table.sectors, filter.sectorCodes);
    this.#skills = skillTest(table, memos.skillTest, filter);
    this.#languages = anyOf(
      table.languageLists,
      memos.languageTest,
      table.languages,
      filter.languageCodes,
    );
    this.#statuses = statusSet(filter.availability);
    this.#onlyWilling = filter.onlyWillingToMentor;
    this.#onlyCertified = filter.onlyCertified;
    this.#activeSince =
      filter.activeWithinDays === 0 ? undefined : now.getTime() - filter.activeWithinDays * DAY_MS;
  }

  /** The criteria `slot` fails: 0 when it matches the filter. */
  mask(slot: number): number {
    const table = this.#table;
    let mask = 0;
    if (this.#provinces !== undefined && this.#provinces[table.province[slot] ?? 0] !== 1) {
      mask |= CRITERION.province;
    }
    if (
      this.#organisations !== undefined &&
      this.#organisations[table.organisation[slot] ?? 0] !== 1
    ) {
      mask |= CRITERION.organisation;
    }
    if (this.#sectors !== undefined && !this.#sectors.holds(table.sectorList[slot] ?? 0)) {
      mask |= CRITERION.sector;
    }
    if (this.#skills !== undefined && !this.#skills.holds(table.skillList[slot] ?? 0)) {
      mask |= CRITERION.skill;
    }
    if (this.#languages !== undefined && !this.#languages.holds(table.languageList[slot] ?? 0)) {
      mask |= CRITERION.language;
    }
    if (this.#statuses !== undefined && this.#statuses[this.clock.status(slot)] !== 1) {
      mask |= CRITERION.availability;
    }
    if (this.#failsOthers(slot)) mask |= OTHER_CRITERIA;
    return mask;
  }

  /**
   * The criteria each of slots[0 .. count) fails, into masks[0 .. count): one tight loop per
   * criterion the filter has, rather than every check per slot.
   */
  masks(slots: Int32Array, count: number, masks: Uint8Array): void {
    masks.fill(0, 0, count);
    const table = this.#table;
    if (this.#provinces !== undefined) {
      markCodes(slots, count, masks, table.province, this.#provinces, CRITERION.province);
    }
    if (this.#organisations !== undefined) {
      markCodes(
        slots,
        count,
        masks,
        table.organisation,
        this.#organisations,
        CRITERION.organisation,
      );
    }
    if (this.#sectors !== undefined) {
      markLists(slots, count, masks, table.sectorList, this.#sectors, CRITERION.sector);
    }
    if (this.#skills !== undefined) {
      markLists(slots, count, masks, table.skillList, this.#skills, CRITERION.skill);
    }
    if (this.#languages !== undefined) {
      markLists(slots, count, masks, table.languageList, this.#languages, CRITERION.language);
    }
    const statuses = this.#statuses;
    if (statuses !== undefined) {
      for (let index = 0; index < count; index += 1) {
        if (statuses[this.clock.status(slots[index] ?? 0)] !== 1) {
          masks[index] = (masks[index] ?? 0) | CRITERION.availability;
        }
      }
    }
    if (this.#onlyWilling || this.#onlyCertified || this.#activeSince !== undefined) {
      for (let index = 0; index < count; index += 1) {
        if (this.#failsOthers(slots[index] ?? 0))
          masks[index] = (masks[index] ?? 0) | OTHER_CRITERIA;
      }
    }
  }

  #failsOthers(slot: number): boolean {
    const table = this.#table;
    return (
      (this.#onlyWilling && table.willing[slot] !== 1) ||
      (this.#onlyCertified && table.certified[slot] !== 1) ||
      (this.#activeSince !== undefined &&
        !(table.hasLastActive[slot] === 1 && (table.lastActive[slot] ?? 0) >= this.#activeSince))
    );
  }
}

/** Whether a pool's list passes a test, worked out once per list and remembered for the search. */
class ListTest {
  readonly #pool: ListPool;
  readonly #test: (values: readonly number[]) => boolean;
  readonly #known: Memo;

  constructor(pool: ListPool, memo: Memo, test: (values: readonly number[]) => boolean) {
    this.#pool = pool;
    this.#test = test;
    this.#known = memo.begin(pool.size);
  }

  holds(list: number): boolean {
    const known = this.#known.get(list);
    if (!Number.isNaN(known)) return known === 1;
    const holds = this.#test(this.#pool.list(list));
    this.#known.set(list, holds ? 1 : 0);
    return holds;
  }
}

/** matchesFilter's "any of the wanted codes" over a list pool; undefined when nothing is wanted. */
function anyOf(
  pool: ListPool,
  memo: Memo,
  dictionary: Dictionary,
  wanted: readonly string[],
): ListTest | undefined {
  const set = wantedSet(dictionary, wanted);
  return set === undefined
    ? undefined
    : new ListTest(pool, memo, (ids) => ids.some((id) => set[id] === 1));
}

/** matchesFilter's skill requirements: each held at its level (and verified when asked). */
function skillTest(table: ProfileTable, memo: Memo, filter: ExpertFilter): ListTest | undefined {
  if (filter.skills.length === 0) return undefined;
  const requirements = filter.skills.map((requirement) => ({
    codeId: table.skills.find(requirement.code),
    minRank: requirement.minLevel === undefined ? -Infinity : skillRank(requirement.minLevel),
    verifiedOnly: requirement.verifiedOnly,
  }));
  return new ListTest(table.skillLists, memo, (entries) =>
    requirements.every((requirement) =>
      entries.some(
        (entry) =>
          entryCode(entry) === requirement.codeId &&
          entryRank(entry) >= requirement.minRank &&
          (!requirement.verifiedOnly || entryVerified(entry)),
      ),
    ),
  );
}

function markCodes(
  slots: Int32Array,
  count: number,
  masks: Uint8Array,
  column: Int32Array,
  wanted: Uint8Array,
  bit: number,
): void {
  for (let index = 0; index < count; index += 1) {
    if (wanted[column[slots[index] ?? 0] ?? 0] !== 1) masks[index] = (masks[index] ?? 0) | bit;
  }
}

function markLists(
  slots: Int32Array,
  count: number,
  masks: Uint8Array,
  column: Int32Array,
  test: ListTest,
  bit: number,
): void {
  for (let index = 0; index < count; index += 1) {
    if (!test.holds(column[slots[index] ?? 0] ?? 0)) masks[index] = (masks[index] ?? 0) | bit;
  }
}

function statusSet(wanted: readonly string[]): Uint8Array | undefined {
  if (wanted.length === 0) return undefined;
  const set = new Uint8Array(AVAILABILITY_STATUSES.length + 1);
  for (const status of AVAILABILITY_STATUSES) {
    if (wanted.includes(status)) set[statusNumber(status)] = 1;
  }
  return set;
}
