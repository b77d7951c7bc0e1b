/**
 * Codes as small integers, so filters and facets over hundreds of thousands of profiles are loops
 * over typed arrays rather than string comparisons.
 */

/** Strings numbered in first-seen order; numbers are never reused, so columns stay valid. */
export class Dictionary {
  readonly #ids = new Map<string, number>();
  readonly #values: string[] = [];

  /** The number of `value`, assigning the next one on first sight. */
  idOf(value: string): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#values.length;
      this.#ids.set(value, id);
      this.#values.push(value);
    }
    return id;
  }

  /** -1 for a value never seen: no profile holds it, so it matches nothing. */
  find(value: string): number {
    return this.#ids.get(value) ?? -1;
  }

  valueOf(id: number): string {
    return this.#values[id] ?? '';
  }

  get size(): number {
    return this.#values.length;
  }
}

/**
 * Small integer lists (a profile's sectors, skills, languages), each distinct list stored once and
 * numbered. Most experts hold one of comparatively few combinations, so a slot keeps one list
 * number in a typed column, and work that depends only on the list (does it hold a wanted code,
 * which facet values does it add) is done once per list rather than once per profile.
 */
export class ListPool {
  /** First list of each hash; later ones with the same hash follow through `#next`. */
  readonly #byHash = new Map<number, number>();
  #next = new Int32Array(64);
  /** All lists back to back; list `id` is values[starts[id] .. starts[id + 1]). */
  values = new Int32Array(64);
  starts = new Int32Array(64).fill(0);
  #count = 0;

  constructor() {
    // List 0 is the empty list, so a fresh column means "nothing".
    this.intern([]);
  }

  get size(): number {
    return this.#count;
  }

  intern(list: readonly number[]): number {
    const hash = hashOf(list);
    const first = this.#byHash.get(hash);
    for (let id = first ?? -1; id >= 0; id = this.#next[id] ?? -1) {
      if (this.#holds(id, list)) return id;
    }
    const id = this.#count;
    const start = this.starts[id] ?? 0;
    if (start + list.length > this.values.length) {
      this.values = grown(this.values, Math.max(start + list.length, this.values.length * 2));
    }
    this.values.set(list, start);
    if (id + 2 > this.starts.length) {
      this.starts = grown(this.starts, this.starts.length * 2);
      this.#next = grown(this.#next, this.starts.length);
    }
    this.starts[id + 1] = start + list.length;
    this.#next[id] = first ?? -1;
    this.#byHash.set(hash, id);
    this.#count += 1;
    return id;
  }

  #holds(id: number, list: readonly number[]): boolean {
    const from = this.from(id);
    if (this.to(id) - from !== list.length) return false;
    return list.every((value, index) => this.values[from + index] === value);
  }

  /** Where list `id` starts in `values`. */
  from(id: number): number {
    return this.starts[id] ?? 0;
  }

  /** Where list `id` ends in `values` (exclusive). */
  to(id: number): number {
    return this.starts[id + 1] ?? 0;
  }

  /** A copy of list `id`, for code off the hot paths. */
  list(id: number): number[] {
    return Array.from(this.values.subarray(this.starts[id] ?? 0, this.starts[id + 1] ?? 0));
  }
}

/** FNV-1a over the numbers: equal lists, equal hashes. */
function hashOf(list: readonly number[]): number {
  let hash = 0x811c9dc5;
  for (const value of list) hash = Math.imul(hash ^ value, 0x01000193);
  return Math.imul(hash ^ list.length, 0x01000193);
}

/** A larger copy of a typed array, for columns that grow with the slot count. */
export function grown<T extends Int32Array | Float64Array | Uint8Array | Uint32Array>(
  array: T,
  length: number,
): T {
  const larger = new (array.constructor as new (length: number) => T)(length);
  larger.set(array);
  return larger;
}
