/**
 * The first `limit` items of an order without sorting them all: a heap whose root is the last of
 * the kept items, so each further item costs one comparison unless it belongs in the page.
 */
export class TopK {
  readonly #limit: number;
  /** Whether `a` comes before `b` in the wanted order (a strict total order). */
  readonly #before: (a: number, b: number) => boolean;
  readonly #heap: number[] = [];

  constructor(limit: number, before: (a: number, b: number) => boolean) {
    this.#limit = limit;
    this.#before = before;
  }

  get full(): boolean {
    return this.#heap.length >= this.#limit;
  }

  /** The last kept item, once full. */
  get last(): number | undefined {
    return this.full ? this.#heap[0] : undefined;
  }

  offer(item: number): void {
    const heap = this.#heap;
    if (heap.length < this.#limit) {
      heap.push(item);
      this.#siftUp(heap.length - 1);
    } else if (heap.length > 0 && this.#before(item, heap[0] ?? 0)) {
      heap[0] = item;
      this.#siftDown(0);
    }
  }

  /** The kept items in order. */
  sorted(): number[] {
    return [...this.#heap].sort((a, b) => (this.#before(a, b) ? -1 : this.#before(b, a) ? 1 : 0));
  }

  #siftUp(index: number): void {
    const heap = this.#heap;
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      const childItem = heap[child] ?? 0;
      const parentItem = heap[parent] ?? 0;
      // The root holds the item that comes last.
      if (!this.#before(parentItem, childItem)) return;
      heap[child] = parentItem;
      heap[parent] = childItem;
      child = parent;
    }
  }

  #siftDown(index: number): void {
    const heap = this.#heap;
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      let later = left;
      if (right < heap.length && this.#before(heap[left] ?? 0, heap[right] ?? 0)) later = right;
      const parentItem = heap[parent] ?? 0;
      const laterItem = heap[later] ?? 0;
      if (!this.#before(parentItem, laterItem)) return;
      heap[parent] = laterItem;
      heap[later] = parentItem;
      parent = later;
    }
  }
}
