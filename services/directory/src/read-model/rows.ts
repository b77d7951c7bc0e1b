/**
 * One pass over a query's candidates through the filter: the matches (passing every criterion)
 * for results and totals, and the rows each facet counts (failing at most its own criterion).
 */
import type { FacetField } from '../domain/index.ts';
import type { Buffers } from './buffers.ts';
import type { FacetRows } from './facet-counts.ts';
import { CRITERION, type FilterPlan } from './filter-plan.ts';
import type { Candidates } from './candidates.ts';

/** Slots passing the filter, in slot order. */
export interface Matches {
  readonly slots: Int32Array;
  readonly count: number;
}

export function classify(
  candidates: Candidates,
  plan: FilterPlan,
  facets: readonly FacetField[],
  buffers: Buffers,
): { rows: FacetRows; matches: Matches } {
  const facetBits = facets.reduce((bits, field) => bits | CRITERION[field], 0);
  const { slots, count } = candidates;
  const { rowSlots, rowMasks, matchSlots, candidateMasks: masks } = buffers;
  plan.masks(slots, count, masks);
  let rowCount = 0;
  let matchCount = 0;
  for (let index = 0; index < count; index += 1) {
    const slot = slots[index] ?? 0;
    const mask = masks[index] ?? 0;
    if (mask === 0) {
      matchSlots[matchCount] = slot;
      matchCount += 1;
    }
    // A row failing two criteria, or one no requested facet leaves out, counts nowhere.
    if (facetBits !== 0 && (mask & ~facetBits) === 0 && (mask & (mask - 1)) === 0) {
      rowSlots[rowCount] = slot;
      rowMasks[rowCount] = mask;
      rowCount += 1;
    }
  }
  return {
    rows: { slots: rowSlots, masks: rowMasks, count: rowCount },
    matches: { slots: matchSlots, count: matchCount },
  };
}
