/**
 * The inverted index of profiles' own text (name, position, bio).
 */
import { prefixesOf, type SearchField } from '../domain/index.ts';
import { Posting } from './postings.ts';
import { prefixInfo, wordInfo } from './scoring.ts';

/**
 * The inverted index from folded token (each word and its prefixes, as indexTokens makes them) to
 * the slots holding it in their own text (name, position, bio), with the fields it occurs in per
 * slot. Skills are not here: their words depend only on the skill list (see SkillTokens).
 */
export class TokenIndex {
  readonly #postings = new Map<string, Posting>();
  /** A word's posting and its prefixes' postings, so indexing a common word is no slicing. */
  #byWord = new Map<string, readonly Posting[]>();
  /** The slot table's capacity, which dense postings follow. */
  #capacity = 0;

  get(token: string): Posting | undefined {
    return this.#postings.get(token);
  }

  /** Follows the slot table's capacity, which dense postings grow to. */
  reserve(capacity: number): void {
    this.#capacity = Math.max(this.#capacity, capacity);
  }

  /** Indexes `words` of one field for `slot`; call for every field of a slot before the next. */
  addWords(slot: number, words: readonly string[], field: SearchField): void {
    const word = wordInfo(field);
    const prefix = prefixInfo(field);
    const capacity = this.#capacity;
    for (const text of words) {
      const postings = this.#postingsOfWord(text);
      postings[0]?.add(slot, word, capacity);
      for (let index = 1; index < postings.length; index += 1) {
        postings[index]?.add(slot, prefix, capacity);
      }
    }
  }

  renumber(newSlotOf: Int32Array): void {
    for (const [token, posting] of this.#postings) {
      posting.renumber(newSlotOf);
      if (posting.size === 0) this.#postings.delete(token);
    }
    // Entries may point at deleted postings now; they are rebuilt on demand.
    this.#byWord = new Map();
  }

  #postingsOfWord(word: string): readonly Posting[] {
    const known = this.#byWord.get(word);
    if (known !== undefined) return known;
    const postings = [word, ...prefixesOf(word)].map((token) => this.#posting(token));
    this.#byWord.set(word, postings);
    return postings;
  }

  #posting(token: string): Posting {
    let posting = this.#postings.get(token);
    if (posting === undefined) {
      posting = new Posting();
      this.#postings.set(token, posting);
    }
    return posting;
  }
}
