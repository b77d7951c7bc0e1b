/**
 * Postings: for one token, the slots holding it, each with an info byte saying in which fields
 * the token is a whole word (high nibble) or the start of one (low nibble), one bit per field.
 * The info gives the token's scoreProfile weight and where the query could be a phrase, without
 * reading the profile again.
 *
 * A rare token keeps a sorted list of (slot << 8 | info) entries; slots are handed out in
 * increasing order and a profile's tokens are written together, so appending keeps the list
 * sorted and "the last entry" is the profile being indexed. A token held by a quarter of the
 * slots or more switches to one info byte per slot: no larger than the list, and a look-up
 * instead of a search when intersecting.
 */
import { grown } from './dictionary.ts';

const INFO_BITS = 8;
const INFO_MASK = (1 << INFO_BITS) - 1;
/** Slots must fit beside the info byte in a positive 32-bit entry. */
export const MAX_SLOTS = 2 ** (31 - INFO_BITS);

export const slotOf = (entry: number) => entry >>> INFO_BITS;
export const infoOf = (entry: number) => entry & INFO_MASK;
/** The smallest entry `slot` can have, for seeking it in a list. */
export const firstEntryOf = (slot: number) => slot << INFO_BITS;
const entryOf = (slot: number, info: number) => (slot << INFO_BITS) | info;

/** A list becomes a byte per slot when 4-byte entries would take as much room. */
const DENSE_SHARE = 4;
/** Below this many slots lists are small anyway, and switching back and forth is not worth it. */
const MIN_DENSE_CAPACITY = 256;

export class Posting {
  #list: Int32Array | undefined = new Int32Array(2);
  #dense: Uint8Array | undefined;
  #size = 0;

  /** How many slots hold the token (removed ones included, until renumbered). */
  get size(): number {
    return this.#size;
  }

  /** The entries of a list posting; undefined for a dense one (use `dense`). */
  get list(): Int32Array | undefined {
    return this.#list?.subarray(0, this.#size);
  }

  /**
   * The info byte per slot of a dense posting (0: absent; slots past its end too); undefined for
   * a list.
   */
  get dense(): Uint8Array | undefined {
    return this.#dense;
  }

  /** Adds `info` for `slot`, merging with the slot's entry when it is already the last one. */
  add(slot: number, info: number, capacity: number): void {
    let dense = this.#dense;
    if (dense !== undefined) {
      // Grown when written past its end, rather than all at once when the table grows.
      if (slot >= dense.length) dense = this.#dense = grown(dense, Math.max(capacity, slot + 1));
      if (dense[slot] === 0) this.#size += 1;
      dense[slot] = (dense[slot] ?? 0) | info;
      return;
    }
    const list = this.#list ?? new Int32Array(2);
    const last = list[this.#size - 1];
    if (this.#size > 0 && last !== undefined && slotOf(last) === slot) {
      list[this.#size - 1] = last | info;
      return;
    }
    if (this.#size * DENSE_SHARE >= capacity && capacity >= MIN_DENSE_CAPACITY) {
      this.#densify(capacity);
      this.add(slot, info, capacity);
      return;
    }
    this.#list = this.#size === list.length ? grown(list, list.length * 2) : list;
    this.#list[this.#size] = entryOf(slot, info);
    this.#size += 1;
  }

  /** Drops removed slots and renumbers the rest; `newSlotOf` is -1 for a removed slot. */
  renumber(newSlotOf: Int32Array): void {
    if (this.#dense !== undefined) {
      this.#renumberDense(this.#dense, newSlotOf);
      return;
    }
    const list = this.#list ?? new Int32Array(0);
    let kept = 0;
    for (let index = 0; index < this.#size; index += 1) {
      const entry = list[index] ?? 0;
      const slot = newSlotOf[slotOf(entry)] ?? -1;
      if (slot < 0) continue;
      list[kept] = entryOf(slot, infoOf(entry));
      kept += 1;
    }
    this.#size = kept;
  }

  /** In place: slots only move down, so a forward pass never overwrites one not yet moved. */
  #renumberDense(dense: Uint8Array, newSlotOf: Int32Array): void {
    let size = 0;
    let end = 0;
    for (let slot = 0; slot < newSlotOf.length; slot += 1) {
      const info = dense[slot] ?? 0;
      const target = newSlotOf[slot] ?? -1;
      if (target < 0) continue;
      dense[target] = info;
      end = target + 1;
      if (info !== 0) size += 1;
    }
    dense.fill(0, end);
    this.#size = size;
  }

  #densify(capacity: number): void {
    const dense = new Uint8Array(capacity);
    const list = this.#list ?? new Int32Array(0);
    for (let index = 0; index < this.#size; index += 1) {
      const entry = list[index] ?? 0;
      dense[slotOf(entry)] = infoOf(entry);
    }
    this.#dense = dense;
    this.#list = undefined;
  }
}

/**
 * The first index at or after `from` whose entry is >= `target`, or `size`. Gallops (1, 2, 4 …)
 * then bisects, so intersecting a short list with a long one costs O(short · log long) and two
 * lists of equal length stay linear.
 */
export function gallop(list: Int32Array, from: number, size: number, target: number): number {
  if (from >= size || (list[from] ?? 0) >= target) return from;
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < size && (list[high] ?? 0) < target) {
    low = high;
    step *= 2;
    high = from + step;
  }
  if (high > size) high = size;
  // Invariant: list[low] < target, and list[high] >= target or high === size.
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    if ((list[middle] ?? 0) < target) low = middle;
    else high = middle;
  }
  return high;
}

/** Slots in increasing order, with no info: the postings of codes (province, sector …). */
export class SlotList {
  #slots = new Int32Array(2);
  #size = 0;

  get size(): number {
    return this.#size;
  }

  slots(): Int32Array {
    return this.#slots.subarray(0, this.#size);
  }

  add(slot: number): void {
    if (this.#size > 0 && this.#slots[this.#size - 1] === slot) return;
    if (this.#size === this.#slots.length) this.#slots = grown(this.#slots, this.#size * 2);
    this.#slots[this.#size] = slot;
    this.#size += 1;
  }

  renumber(newSlotOf: Int32Array): void {
    let kept = 0;
    for (let index = 0; index < this.#size; index += 1) {
      const slot = newSlotOf[this.#slots[index] ?? 0] ?? -1;
      if (slot < 0) continue;
      this.#slots[kept] = slot;
      kept += 1;
    }
    this.#size = kept;
    if (this.#slots.length > 2 * kept + 8) this.#slots = this.#slots.slice(0, kept + 4);
  }
}
