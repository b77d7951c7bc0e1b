/**
 * Name order as numbers: every slot gets a rank that increases with (nameSortKey, id), so sorting
 * and paging compare doubles instead of strings. Ranks are spaced out, an insertion takes the
 * midpoint of its neighbours, and only when a gap is used up (or many profiles arrive at once)
 * are the ranks laid out again.
 */
import { grown } from './dictionary.ts';

/** The (key, id) of slots; ids break ties between equal names. */
export interface NameSource {
  readonly nameKey: readonly string[];
  readonly ids: readonly string[];
  readonly alive: Uint8Array;
}

/** Up to this many pending slots are inserted one by one; more are sorted and merged at once. */
const ONE_BY_ONE = 32;

export class NameOrder {
  readonly #source: NameSource;
  /** Slots in name order; may still hold dead slots, which keep valid ranks until renumbered. */
  #order = new Int32Array(1024);
  #size = 0;
  #rank = new Float64Array(1024);
  #pending: number[] = [];

  constructor(source: NameSource) {
    this.#source = source;
  }

  add(slot: number): void {
    this.#pending.push(slot);
  }

  /** The ranks of every slot, valid after `settle`. */
  get ranks(): Float64Array {
    return this.#rank;
  }

  /** Places the pending slots; call before reading ranks. */
  settle(): void {
    if (this.#pending.length === 0) return;
    const alive = this.#source.alive;
    const pending = Int32Array.from(this.#pending).filter((slot) => alive[slot] === 1);
    this.#pending = [];
    this.#reserve(alive.length);
    if (pending.length <= ONE_BY_ONE) {
      for (const slot of pending) this.#insert(slot);
    } else {
      sortByKeys(pending, 0, pending.length, 0, this.#source);
      this.#merge(pending);
    }
  }

  /** The rank of the last slot at or before (key, id) in name order; -Infinity before all. */
  rankAtOrBefore(key: string, id: string): number {
    const position = this.#upperBound(key, id);
    const slot = position > 0 ? this.#order[position - 1] : undefined;
    return slot === undefined ? -Infinity : (this.#rank[slot] ?? -Infinity);
  }

  renumber(newSlotOf: Int32Array): void {
    const rank = new Float64Array(this.#rank.length);
    let kept = 0;
    for (let index = 0; index < this.#size; index += 1) {
      const slot = newSlotOf[this.#order[index] ?? 0] ?? -1;
      if (slot < 0) continue;
      this.#order[kept] = slot;
      rank[slot] = kept;
      kept += 1;
    }
    this.#size = kept;
    this.#rank = rank;
    this.#pending = this.#pending.map((slot) => newSlotOf[slot] ?? -1).filter((slot) => slot >= 0);
  }

  /** How many ordered slots sort at or before (key, id). */
  #upperBound(key: string, id: string): number {
    const { nameKey, ids } = this.#source;
    let low = 0;
    let high = this.#size;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const slot = this.#order[middle] ?? 0;
      if (compareKeys(nameKey[slot] ?? '', ids[slot] ?? '', key, id) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #insert(slot: number): void {
    const position = this.#upperBound(
      this.#source.nameKey[slot] ?? '',
      this.#source.ids[slot] ?? '',
    );
    const before = position > 0 ? this.#rank[this.#order[position - 1] ?? 0] : undefined;
    const after = position < this.#size ? this.#rank[this.#order[position] ?? 0] : undefined;
    this.#order.copyWithin(position + 1, position, this.#size);
    this.#order[position] = slot;
    this.#size += 1;
    const rank =
      before === undefined
        ? (after ?? 0) - 1
        : after === undefined
          ? before + 1
          : before + (after - before) / 2;
    // A used-up gap leaves no double strictly between the neighbours: lay all ranks out again.
    if ((before !== undefined && rank <= before) || (after !== undefined && rank >= after)) {
      this.#relabel();
    } else {
      this.#rank[slot] = rank;
    }
  }

  /** Merges slots already in name order (many at once: a load, a burst of edits). */
  #merge(pending: Int32Array): void {
    const merged = new Int32Array(Math.max(this.#order.length, this.#size + pending.length));
    let size = 0;
    let from = 0;
    for (const slot of pending) {
      // Everything ordered up to the slot's place goes first, in one copy.
      const position = this.#upperBound(
        this.#source.nameKey[slot] ?? '',
        this.#source.ids[slot] ?? '',
      );
      merged.set(this.#order.subarray(from, position), size);
      size += position - from;
      from = position;
      merged[size] = slot;
      size += 1;
    }
    merged.set(this.#order.subarray(from, this.#size), size);
    size += this.#size - from;
    this.#order = merged;
    this.#size = size;
    this.#relabel();
  }

  #relabel(): void {
    for (let index = 0; index < this.#size; index += 1) this.#rank[this.#order[index] ?? 0] = index;
  }

  /** A slot enters the order once, so the table's capacity bounds both arrays. */
  #reserve(slots: number): void {
    if (this.#rank.length < slots) this.#rank = grown(this.#rank, slots);
    if (this.#order.length < slots) this.#order = grown(this.#order, slots);
  }
}

/** Below this many slots a comparator sort is cheaper than another radix pass. */
const SMALL = 48;

/**
 * Sorts order[from, to) by (key, id), knowing the keys agree before `offset`: an MSD radix sort
 * on the UTF-16 code units, two per pass, packed with the position into a double so the engine's
 * numeric sort does the work. Comparing half a million strings scattered over a large heap is
 * several times slower.
 */
function sortByKeys(
  order: Int32Array,
  from: number,
  to: number,
  offset: number,
  source: NameSource,
): void {
  const size = to - from;
  const { nameKey, ids } = source;
  if (size < SMALL) {
    const group = Array.from(order.subarray(from, to)).sort((a, b) =>
      compareKeys(nameKey[a] ?? '', ids[a] ?? '', nameKey[b] ?? '', ids[b] ?? ''),
    );
    order.set(group, from);
    return;
  }
  // A position takes up to 23 bits; two code units (17 bits each, 0 for "ended") fit beside 19.
  const units = size <= 2 ** 19 ? 2 : 1;
  const positionBits = units === 2 ? 2 ** 19 : 2 ** 23;
  const unitAt = (key: string, at: number) => (at < key.length ? key.charCodeAt(at) + 1 : 0);
  const packed = new Float64Array(size);
  const slots = order.slice(from, to);
  for (let index = 0; index < size; index += 1) {
    const key = nameKey[slots[index] ?? 0] ?? '';
    const prefix =
      units === 2 ? unitAt(key, offset) * 2 ** 17 + unitAt(key, offset + 1) : unitAt(key, offset);
    packed[index] = prefix * positionBits + index;
  }
  packed.sort();
  let groupStart = 0;
  let groupPrefix = -1;
  for (let index = 0; index <= size; index += 1) {
    const value = packed[index];
    const prefix = value === undefined ? -2 : Math.floor(value / positionBits);
    if (value !== undefined) order[from + index] = slots[value - prefix * positionBits] ?? 0;
    if (prefix === groupPrefix) continue;
    if (index - groupStart > 1) {
      // Keys that ended together are equal: their ids decide.
      const ended = units === 2 ? groupPrefix % 2 ** 17 === 0 : groupPrefix === 0;
      if (ended) sortByIds(order, from + groupStart, from + index, ids);
      else sortByKeys(order, from + groupStart, from + index, offset + units, source);
    }
    groupStart = index;
    groupPrefix = prefix;
  }
}

function sortByIds(order: Int32Array, from: number, to: number, ids: readonly string[]): void {
  const group = Array.from(order.subarray(from, to)).sort((a, b) => {
    const left = ids[a] ?? '';
    const right = ids[b] ?? '';
    return left < right ? -1 : left > right ? 1 : 0;
  });
  order.set(group, from);
}

function compareKeys(keyA: string, idA: string, keyB: string, idB: string): number {
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}
