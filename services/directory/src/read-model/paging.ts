/**
 * The rows of one page (plus one, to know whether another follows) in the search's order, after
 * the cursor's row, chosen with a bounded heap rather than by sorting every match.
 */
import type { KeyPart } from './cursor.ts';
import type { NameOrder } from './name-order.ts';
import type { PhraseBonus } from './relevance.ts';
import type { Buffers } from './buffers.ts';
import type { Matches } from './rows.ts';
import type { ProfileTable } from './table.ts';
import { TopK } from './top-k.ts';

/** relevance: score desc, name, id; name: name, id; last-active: newest first, unseen last, id. */
export type Order = 'relevance' | 'name' | 'last-active';

export interface PageRequest {
  readonly table: ProfileTable;
  /** Settled. */
  readonly names: NameOrder;
  /** Holds the matches' word scores (relevance adds the phrase bonus in place). */
  readonly buffers: Buffers;
  readonly matches: Matches;
  readonly order: Order;
  readonly phrase: PhraseBonus;
  /** The cursor's key parts, as decodeCursor checked them for this order. */
  readonly after: readonly KeyPart[] | undefined;
  readonly limit: number;
}

export function selectPage(request: PageRequest): number[] {
  switch (request.order) {
    case 'name':
      return byName(request);
    case 'last-active':
      return byLastActive(request);
    case 'relevance':
      return byRelevance(request);
  }
}

function byName({ names, matches, after, limit }: PageRequest): number[] {
  const ranks = names.ranks;
  const [name, id] = after ?? [];
  const threshold =
    typeof name === 'string' && typeof id === 'string' ? names.rankAtOrBefore(name, id) : -Infinity;
  const top = new TopK(limit, (a, b) => (ranks[a] ?? 0) < (ranks[b] ?? 0));
  for (let index = 0; index < matches.count; index += 1) {
    const slot = matches.slots[index] ?? 0;
    if ((ranks[slot] ?? 0) > threshold) top.offer(slot);
  }
  return top.sorted();
}

function byLastActive({ table, matches, after, limit }: PageRequest): number[] {
  const { hasLastActive: seen, lastActive, ids } = table;
  const before = (a: number, b: number) => {
    if (seen[a] !== seen[b]) return seen[a] === 1;
    if (seen[a] === 1 && lastActive[a] !== lastActive[b]) {
      return (lastActive[a] ?? 0) > (lastActive[b] ?? 0);
    }
    return (ids[a] ?? '') < (ids[b] ?? '');
  };
  const [time, id] = after ?? [];
  const isAfter = (slot: number) => {
    if (typeof id !== 'string') return true;
    const slotId = ids[slot] ?? '';
    if (typeof time !== 'number') return seen[slot] !== 1 && slotId > id;
    if (seen[slot] !== 1) return true;
    const slotTime = lastActive[slot] ?? 0;
    return slotTime < time || (slotTime === time && slotId > id);
  };
  const top = new TopK(limit, before);
  for (let index = 0; index < matches.count; index += 1) {
    const slot = matches.slots[index] ?? 0;
    if (isAfter(slot)) top.offer(slot);
  }
  return top.sorted();
}

/**
 * Rows are visited by the most they can score (words plus the largest phrase bonus their
 * whole-word fields allow), highest first; the bonus itself is worked out row by row and the
 * visit stops once no remaining row could reach the page.
 */
function byRelevance({ names, buffers, matches, phrase, after, limit }: PageRequest): number[] {
  const { scores, phraseFields } = buffers;
  const ranks = names.ranks;
  const [afterScore, name, id] = after ?? [];
  const threshold =
    typeof name === 'string' && typeof id === 'string' ? names.rankAtOrBefore(name, id) : -Infinity;
  const cursorScore = typeof afterScore === 'number' ? afterScore : Infinity;
  const top = new TopK(limit, (a, b) => {
    const left = scores[a] ?? 0;
    const right = scores[b] ?? 0;
    return left !== right ? left > right : (ranks[a] ?? 0) < (ranks[b] ?? 0);
  });
  const bounds = phrase.bounds();
  const groups = groupsBy(
    (slot) => (scores[slot] ?? 0) + (bounds[phraseFields[slot] ?? 0] ?? 0),
    matches,
    buffers,
  );
  const grouped = buffers.groupSlots;
  for (const group of groups) {
    const last = top.last;
    if (last !== undefined && group.value < (scores[last] ?? 0)) break;
    for (let index = group.from; index < group.to; index += 1) {
      const slot = grouped[index] ?? 0;
      const words = scores[slot] ?? 0;
      // A bonus only raises a score: a row already above the cursor's stays before it.
      if (words > cursorScore) continue;
      // Most rows tie: one that cannot beat the page's last row even with its bound is skipped
      // before its phrase is looked for.
      const kept = top.last;
      if (kept !== undefined) {
        const keptScore = scores[kept] ?? 0;
        if (
          group.value < keptScore ||
          (group.value === keptScore && (ranks[slot] ?? 0) > (ranks[kept] ?? 0))
        ) {
          continue;
        }
      }
      const score = words + phrase.of(slot, phraseFields[slot] ?? 0);
      scores[slot] = score;
      if (score < cursorScore || (score === cursorScore && (ranks[slot] ?? 0) > threshold)) {
        top.offer(slot);
      }
    }
  }
  return top.sorted();
}

/** Matches with one value: buffers.groupSlots[from .. to). */
interface Group {
  readonly value: number;
  readonly from: number;
  readonly to: number;
}

/** The matches grouped by `valueOf`, highest first (it takes few distinct values). */
function groupsBy(valueOf: (slot: number) => number, matches: Matches, buffers: Buffers): Group[] {
  const { groupValues: values, groupSlots } = buffers;
  const distinct: number[] = [];
  const sizes: number[] = [];
  let last = NaN;
  let lastGroup = -1;
  for (let index = 0; index < matches.count; index += 1) {
    const value = valueOf(matches.slots[index] ?? 0);
    values[index] = value;
    if (value !== last) {
      last = value;
      lastGroup = distinct.indexOf(value);
      if (lastGroup < 0) {
        lastGroup = distinct.length;
        distinct.push(value);
        sizes.push(0);
      }
    }
    sizes[lastGroup] = (sizes[lastGroup] ?? 0) + 1;
  }
  const order = distinct
    .map((_, group) => group)
    .sort((a, b) => (distinct[b] ?? 0) - (distinct[a] ?? 0));
  const starts = new Array<number>(distinct.length).fill(0);
  const groups: Group[] = [];
  let from = 0;
  for (const group of order) {
    starts[group] = from;
    const to = from + (sizes[group] ?? 0);
    groups.push({ value: distinct[group] ?? 0, from, to });
    from = to;
  }
  const next = [...starts];
  for (let index = 0; index < matches.count; index += 1) {
    const value = values[index] ?? 0;
    const group = value === distinct[lastGroup] ? lastGroup : distinct.indexOf(value);
    lastGroup = group;
    const position = next[group] ?? 0;
    groupSlots[position] = matches.slots[index] ?? 0;
    next[group] = position + 1;
  }
  return groups;
}
