/**
 * The best k of a stream, kept sorted, so ranking 10,000 mentors never sorts (or allocates for)
 * the ones it will not show. Best means higher score, then the smaller id: the same order every
 * run, whatever order the pool is in.
 */
export interface Ranked {
  readonly index: number;
  readonly score: number;
  readonly id: string;
}

export const isBetter = (a: Ranked, b: Ranked) =>
  a.score > b.score || (a.score === b.score && a.id < b.id);

export class TopK {
  readonly #limit: number;
  readonly #items: Ranked[] = [];

  constructor(limit: number) {
    this.#limit = Math.max(0, Math.floor(limit));
  }

  /** Whether an item with this score could enter; lets the caller skip building it. */
  admits(score: number): boolean {
    if (this.#items.length < this.#limit) return true;
    const last = this.#items[this.#items.length - 1];
    return last !== undefined && score >= last.score;
  }

  offer(item: Ranked): void {
    const items = this.#items;
    if (items.length === this.#limit) {
      const last = items[items.length - 1];
      if (last === undefined || !isBetter(item, last)) return;
      items.pop();
    }
    let at = items.length;
    for (let before = items[at - 1]; before !== undefined && isBetter(item, before);) {
      at--;
      before = items[at - 1];
    }
    items.splice(at, 0, item);
  }

  /** Best first. */
  items(): readonly Ranked[] {
    return this.#items;
  }
}
