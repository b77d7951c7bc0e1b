/**
 * Which slots hold a query word (in their own text or through their skills), as a bit per slot,
 * remembered per word. Intersecting the sets of a query's words is then a loop over 32-slot
 * words, which a scan of half a million slots for common words like "chuyen" and "doi" needs.
 *
 * Slots only ever get appended, and an edit in place never changes a slot's words, so a set stays
 * right for the slots it covers and is extended to the new ones when next used; only a
 * compaction (renumbering) or a taxonomy change (other skill words) throws the sets away.
 */
import { MAX_PREFIX } from '../domain/index.ts';
import { setBit, wordsFor } from './bits.ts';
import type { CodeIndex } from './code-index.ts';
import { grown } from './dictionary.ts';
import { slotOf } from './postings.ts';
import type { SkillTokens } from './skills.ts';
import type { TokenIndex } from './token-index.ts';
import type { ProfileTable } from './table.ts';

/** Words remembered; each costs a bit per slot (62.5 kB at 500,000). */
const REMEMBERED_WORDS = 256;

interface TermSet {
  bits: Uint32Array;
  /** Slots below this are covered. */
  upTo: number;
}

/** Postings stop at MAX_PREFIX characters: a longer word is looked up by its start. */
export const lookupKey = (token: string) =>
  token.length > MAX_PREFIX ? token.slice(0, MAX_PREFIX) : token;

export class TermSets {
  readonly #table: ProfileTable;
  readonly #tokens: TokenIndex;
  readonly #skills: SkillTokens;
  readonly #codes: CodeIndex;
  readonly #known = new Map<string, TermSet>();

  constructor(table: ProfileTable, tokens: TokenIndex, skills: SkillTokens, codes: CodeIndex) {
    this.#table = table;
    this.#tokens = tokens;
    this.#skills = skills;
    this.#codes = codes;
  }

  /**
   * The slots (below the table's slot count) holding `token`, or whose text starts with a longer
   * word's first MAX_PREFIX characters (a superset, checked afterwards).
   */
  of(token: string): Uint32Array {
    let set = this.#known.get(token);
    if (set === undefined) {
      set = this.#build(token);
      if (this.#known.size >= REMEMBERED_WORDS) {
        const oldest = this.#known.keys().next().value;
        if (oldest !== undefined) this.#known.delete(oldest);
      }
    } else {
      // Most recently used last, so the oldest is the first to go.
      this.#known.delete(token);
      if (set.upTo < this.#table.slotCount) this.#extend(token, set);
    }
    this.#known.set(token, set);
    return set.bits;
  }

  forget(): void {
    this.#known.clear();
  }

  #build(token: string): TermSet {
    const table = this.#table;
    const bits = new Uint32Array(wordsFor(table.capacity));
    const own = this.#tokens.get(lookupKey(token));
    const dense = own?.dense;
    if (dense !== undefined) {
      for (let slot = 0; slot < table.slotCount; slot += 1) {
        if ((dense[slot] ?? 0) !== 0) setBit(bits, slot);
      }
    }
    for (const entry of own?.list ?? []) setBit(bits, slotOf(entry));
    // Through skills: only slots holding a skill whose words hold the token can; when those
    // skills are common, one pass over every slot's skill list is cheaper.
    const byList = this.#skills.byList(token);
    if (byList !== undefined) {
      const codes = [
        ...new Set(
          this.#skills.variants(token).map((id) => table.skills.find(table.variants.code(id))),
        ),
      ].map((code) => this.#codes.skill[code]?.slots() ?? new Int32Array(0));
      const holders = codes.reduce((sum, slots) => sum + slots.length, 0);
      const lists = holders * 2 > table.slotCount ? [undefined] : codes;
      for (const slots of lists) {
        const count = slots?.length ?? table.slotCount;
        for (let index = 0; index < count; index += 1) {
          const slot = slots === undefined ? index : (slots[index] ?? 0);
          if (byList.at(table.variantList[slot] ?? 0) !== 0) setBit(bits, slot);
        }
      }
    }
    return { bits, upTo: table.slotCount };
  }

  /** Covers the slots added since the set was made. */
  #extend(token: string, set: TermSet): void {
    const table = this.#table;
    if (set.bits.length < wordsFor(table.capacity)) {
      set.bits = grown(set.bits, wordsFor(table.capacity));
    }
    const own = this.#tokens.get(lookupKey(token));
    const dense = own?.dense;
    const list = own?.list ?? new Int32Array(0);
    const byList = this.#skills.byList(token);
    // The new slots' list entries are at the end of the list.
    for (let index = list.length - 1; index >= 0; index -= 1) {
      const slot = slotOf(list[index] ?? 0);
      if (slot < set.upTo) break;
      setBit(set.bits, slot);
    }
    for (let slot = set.upTo; slot < table.slotCount; slot += 1) {
      const inOwn = dense !== undefined && (dense[slot] ?? 0) !== 0;
      const inSkills = byList !== undefined && byList.at(table.variantList[slot] ?? 0) !== 0;
      if (inOwn || inSkills) setBit(set.bits, slot);
    }
    set.upTo = table.slotCount;
  }
}
