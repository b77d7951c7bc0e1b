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
    const pending = this.#pending.filter((slot) => this.#source.alive[slot] === 1);
    this.#pending = [];
    this.#reserve(this.#source.alive.length);
    if (pending.length <= ONE_BY_ONE) {
      for (const slot of pending) this.#insert(slot);
    } else {
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

  /**
   * Slots in name order. Many at once (a load) are sorted as "key NUL id NUL slot" strings by the
   * engine's own string sort, several times faster than a comparator; NUL sorts below every
   * character a key or id holds, so the strings order as (key, id) pairs do.
   */
  #sorted(slots: readonly number[]): number[] {
    const { nameKey, ids } = this.#source;
    const clean = slots.every(
      (slot) => !(nameKey[slot] ?? '').includes('\u0000') && !(ids[slot] ?? '').includes('\u0000'),
    );
    if (!clean) return [...slots].sort((a, b) => this.#compare(a, b));
    const texts = slots.map(
      (slot) => `${nameKey[slot] ?? ''}\u0000${ids[slot] ?? ''}\u0000${slot}`,
    );
    return texts.sort().map((text) => Number(text.slice(text.lastIndexOf('\u0000') + 1)));
  }

  #compare(a: number, b: number): number {
    const { nameKey, ids } = this.#source;
    return compareKeys(nameKey[a] ?? '', ids[a] ?? '', nameKey[b] ?? '', ids[b] ?? '');
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

  #merge(unsorted: number[]): void {
    const pending = this.#sorted(unsorted);
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

function compareKeys(keyA: string, idA: string, keyB: string, idB: string): number {
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}
