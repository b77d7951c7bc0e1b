/**
 * Working arrays of a search, kept from one search to the next. Searches run one at a time, and
 * allocating arrays the size of the index on every search would hand the garbage collector work
 * (and full collections of a heap holding every profile) for nothing.
 */
export class Buffers {
  /** Candidates, as slots and as bits. */
  candidateSlots = new Int32Array(0);
  candidateBits = new Uint32Array(0);
  /** The filter criteria each candidate fails. */
  candidateMasks = new Uint8Array(0);
  /** A filter code's slots as bits; all zero between uses. */
  narrowingBits = new Uint32Array(0);
  /** Rows a facet counts, with the criteria each fails. */
  rowSlots = new Int32Array(0);
  rowMasks = new Uint8Array(0);
  /** Matches; slots seen by find-peers and match. */
  matchSlots = new Int32Array(0);
  seenSlots = new Int32Array(0);
  /** Per slot: score and whole-word fields of the current search's matches. */
  scores = new Float64Array(0);
  phraseFields = new Uint8Array(0);
  /** Per slot: marks of find-peers and match. */
  marks = new Uint8Array(0);
  /** Per list number, for one search: filter tests, phrase look-ups, facet counts, weights. */
  readonly sectorTest = new Memo();
  readonly skillTest = new Memo();
  readonly languageTest = new Memo();
  readonly phraseInSkills = new Memo();
  readonly listCounts = new Tally();
  readonly skillWeights = new Memo();
  readonly sectorWeights = new Memo();

  /** Makes every array hold at least `capacity` (the slot table's capacity). */
  reserve(capacity: number): void {
    if (this.candidateSlots.length >= capacity) return;
    this.candidateSlots = new Int32Array(capacity);
    this.candidateBits = new Uint32Array(Math.ceil(capacity / 32));
    this.candidateMasks = new Uint8Array(capacity);
    this.narrowingBits = new Uint32Array(Math.ceil(capacity / 32));
    this.rowSlots = new Int32Array(capacity);
    this.rowMasks = new Uint8Array(capacity);
    this.matchSlots = new Int32Array(capacity);
    this.seenSlots = new Int32Array(capacity);
    this.scores = new Float64Array(capacity);
    this.phraseFields = new Uint8Array(capacity);
    this.marks = new Uint8Array(capacity);
  }
}

/**
 * Numbers remembered per id (a list, a slot) for the length of one search, without clearing an
 * array the size of the index each time: an entry counts only if stamped in this generation.
 */
export class Memo {
  #stamps = new Int32Array(0);
  #values = new Float64Array(0);
  #generation = 0;

  /** Forgets everything and makes room for ids below `size`. */
  begin(size: number): this {
    if (this.#stamps.length < size) {
      const capacity = Math.max(size, this.#stamps.length * 2, 64);
      this.#stamps = new Int32Array(capacity);
      this.#values = new Float64Array(capacity);
      this.#generation = 0;
    }
    this.#generation += 1;
    if (this.#generation === 2 ** 31 - 1) {
      this.#stamps.fill(0);
      this.#generation = 1;
    }
    return this;
  }

  has(id: number): boolean {
    return this.#stamps[id] === this.#generation;
  }

  /** The remembered value, or NaN. */
  get(id: number): number {
    return this.#stamps[id] === this.#generation ? (this.#values[id] ?? NaN) : NaN;
  }

  set(id: number, value: number): void {
    this.#stamps[id] = this.#generation;
    this.#values[id] = value;
  }
}

/** Counts per id for one pass, cleared by reading them out (touching only the ids counted). */
export class Tally {
  #counts = new Int32Array(0);
  #touched = new Int32Array(0);
  #size = 0;

  begin(size: number): this {
    if (this.#counts.length < size) {
      const capacity = Math.max(size, this.#counts.length * 2, 64);
      this.#counts = new Int32Array(capacity);
      this.#touched = new Int32Array(capacity);
    }
    return this;
  }

  add(id: number): void {
    const count = this.#counts[id] ?? 0;
    if (count === 0) {
      this.#touched[this.#size] = id;
      this.#size += 1;
    }
    this.#counts[id] = count + 1;
  }

  /** Visits every counted id once, and leaves the tally empty. */
  drain(visit: (id: number, count: number) => void): void {
    for (let index = 0; index < this.#size; index += 1) {
      const id = this.#touched[index] ?? 0;
      visit(id, this.#counts[id] ?? 0);
      this.#counts[id] = 0;
    }
    this.#size = 0;
  }
}
