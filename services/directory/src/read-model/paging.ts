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
  let last = Infinity;
  for (let index = 0; index < matches.count; index += 1) {
    const slot = matches.slots[index] ?? 0;
    const rank = ranks[slot] ?? 0;
    if (rank <= threshold || rank >= last) continue;
    top.offer(slot);
    const kept = top.last;
    if (kept !== undefined) last = ranks[kept] ?? 0;
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
 * The phrase bonus is the costly part of a score (a string search), and most rows tie on words:
 * a row whose bound (words plus the largest bonus its whole-word fields allow) cannot beat the
 * page's last row is skipped before its phrase is looked for.
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
  for (let index = 0; index < matches.count; index += 1) {
    const slot = matches.slots[index] ?? 0;
    const words = scores[slot] ?? 0;
    // A bonus only raises a score: a row already above the cursor's stays before it.
    if (words > cursorScore) continue;
    const fields = phraseFields[slot] ?? 0;
    const kept = top.last;
    if (kept !== undefined) {
      const bound = words + (bounds[fields] ?? 0);
      const keptScore = scores[kept] ?? 0;
      if (bound < keptScore || (bound === keptScore && (ranks[slot] ?? 0) > (ranks[kept] ?? 0))) {
        continue;
      }
    }
    const score = words + phrase.of(slot, fields);
    scores[slot] = score;
    if (score < cursorScore || (score === cursorScore && (ranks[slot] ?? 0) > threshold)) {
      top.offer(slot);
    }
  }
  return top.sorted();
}
