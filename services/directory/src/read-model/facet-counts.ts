/**
 * Facet counts over candidate rows, as computeFacets defines them: each facet over the rows that
 * pass the filter with that facet's own criterion left out, buckets by count then value, labels as
 * countFacet gives them.
 */
import {
  AVAILABILITY_STATUSES,
  countFacet,
  type Facet,
  type FacetBucket,
  type FacetField,
  type FacetLabels,
  type LocalizedText,
  type ProfileView,
} from '../domain/index.ts';
import type { Tally } from './buffers.ts';
import type { Dictionary, ListPool } from './dictionary.ts';
import { CRITERION, type AvailabilityClock } from './filter-plan.ts';
import type { ProfileTable } from './table.ts';

/** Candidate rows of one search: slots with the criteria each fails. */
export interface FacetRows {
  readonly slots: Int32Array;
  readonly masks: Uint8Array;
  readonly count: number;
}

/** countFacet's collation of values (String#localeCompare is this collator's compare). */
export const collator = new Intl.Collator();

const EPOCH = new Date(0);

/** A view holding `value` in every facet field, to ask countFacet for the value's label. */
function viewHolding(value: string): ProfileView {
  const status = AVAILABILITY_STATUSES.find((candidate) => candidate === value);
  return {
    id: '',
    userSubject: '',
    origin: 'graduate',
    fullName: '',
    organisationCode: value,
    provinceCode: value,
    position: '',
    unit: '',
    sectorCodes: [value],
    skills: [
      {
        code: value,
        name: { vi: value, en: value },
        level: 'basic',
        source: 'self-declared',
        evidence: '',
      },
    ],
    languages: [{ code: value, level: 'basic' }],
    ...(status === undefined
      ? {}
      : { availability: { status, until: '', note: '', updatedAt: EPOCH } }),
    withheldFields: [],
    version: 0,
    createdAt: EPOCH,
    updatedAt: EPOCH,
  };
}

/** Bucket labels from the domain's own label function, remembered until the taxonomy changes. */
export class FacetLabeler {
  readonly #labels: FacetLabels;
  readonly #cache = new Map<string, LocalizedText>();

  constructor(labels: FacetLabels) {
    this.#labels = labels;
  }

  label(field: FacetField, value: string): LocalizedText {
    const key = `${field}\u0000${value}`;
    let label = this.#cache.get(key);
    if (label === undefined) {
      const fallback = { vi: value, en: value };
      label = countFacet([viewHolding(value)], field, this.#labels).buckets[0]?.label ?? fallback;
      this.#cache.set(key, label);
    }
    return label;
  }
}

export function countFacets(
  table: ProfileTable,
  rows: FacetRows,
  fields: readonly FacetField[],
  clock: AvailabilityClock,
  labeler: FacetLabeler,
  tally: Tally,
): Facet[] {
  return fields.map((field) => {
    const counts = countField(table, rows, field, clock, tally);
    const buckets: { value: string; count: number }[] = [];
    const values = valueNames(table, field);
    counts.forEach((count, id) => {
      const value = values(id);
      // An empty province or organisation is no value (valuesOf leaves it out).
      if (count > 0 && value !== '') buckets.push({ value, count });
    });
    buckets.sort((a, b) => b.count - a.count || collator.compare(a.value, b.value));
    return {
      field,
      buckets: buckets.map(({ value, count }): FacetBucket => ({
        value,
        label: labeler.label(field, value),
        count,
      })),
    };
  });
}

function valueNames(table: ProfileTable, field: FacetField): (id: number) => string {
  if (field === 'availability') {
    return (id) => AVAILABILITY_STATUSES[id - 1] ?? '';
  }
  const dictionary: Dictionary = {
    province: table.provinces,
    organisation: table.organisations,
    sector: table.sectors,
    skill: table.skills,
    language: table.languages,
  }[field];
  return (id) => dictionary.valueOf(id);
}

/** Counts per value id over the rows the facet sees; a row counts once per value. */
function countField(
  table: ProfileTable,
  rows: FacetRows,
  field: FacetField,
  clock: AvailabilityClock,
  tally: Tally,
): Int32Array {
  const allowed = CRITERION[field];
  switch (field) {
    case 'province':
      return countSingle(rows, allowed, table.provinces.size, table.province);
    case 'organisation':
      return countSingle(rows, allowed, table.organisations.size, table.organisation);
    case 'availability':
      return clock.countStatuses(rows, allowed);
    case 'sector':
      return countLists(
        rows,
        allowed,
        table.sectors.size,
        table.sectorList,
        table.sectorLists,
        tally,
      );
    case 'skill':
      return countLists(
        rows,
        allowed,
        table.skills.size,
        table.skillCodeList,
        table.skillCodeLists,
        tally,
      );
    case 'language':
      return countLists(
        rows,
        allowed,
        table.languages.size,
        table.languageList,
        table.languageLists,
        tally,
      );
  }
}

function countSingle(
  rows: FacetRows,
  allowed: number,
  size: number,
  column: Int32Array,
): Int32Array {
  const counts = new Int32Array(size);
  const { slots, masks, count } = rows;
  for (let row = 0; row < count; row += 1) {
    if (((masks[row] ?? 0) & ~allowed) !== 0) continue;
    const value = column[slots[row] ?? 0] ?? 0;
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/**
 * Counts by list number first (one increment per row), then spreads each list's count over its
 * distinct values: lists are far fewer than rows.
 */
function countLists(
  rows: FacetRows,
  allowed: number,
  size: number,
  column: Int32Array,
  pool: ListPool,
  tally: Tally,
): Int32Array {
  const counts = new Int32Array(size);
  const { slots, masks, count } = rows;
  // Lists shared by many rows are counted once each; lists nearly as many as rows, value by value.
  if (pool.size * 4 < count) {
    tally.begin(pool.size);
    for (let row = 0; row < count; row += 1) {
      if (((masks[row] ?? 0) & ~allowed) === 0) tally.add(column[slots[row] ?? 0] ?? 0);
    }
    tally.drain((list, times) => {
      addList(counts, pool, list, times);
    });
  } else {
    for (let row = 0; row < count; row += 1) {
      if (((masks[row] ?? 0) & ~allowed) === 0)
        addList(counts, pool, column[slots[row] ?? 0] ?? 0, 1);
    }
  }
  return counts;
}

/** Adds `times` to the count of each distinct value of a list (a list may repeat a sector). */
function addList(counts: Int32Array, pool: ListPool, list: number, times: number): void {
  const values = pool.values;
  const from = pool.from(list);
  const to = pool.to(list);
  spread: for (let index = from; index < to; index += 1) {
    const id = values[index] ?? 0;
    for (let earlier = from; earlier < index; earlier += 1) {
      if (values[earlier] === id) continue spread;
    }
    counts[id] = (counts[id] ?? 0) + times;
  }
}
