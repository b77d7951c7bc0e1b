/**
 * A query's candidates: the live slots holding every query word (as a whole word or the start of
 * one, in the name, position, bio or skills), ascending. Scores come later, for the rows that
 * pass the filter (relevance.ts).
 */
import { MAX_PREFIX } from '../domain/index.ts';
import { hasBit, setBit, wordsFor } from './bits.ts';
import type { Buffers } from './buffers.ts';
import { slotOf } from './postings.ts';
import { longWordWeight } from './relevance.ts';
import type { SkillTokens } from './skills.ts';
import type { TokenIndex } from './token-index.ts';
import type { ProfileTable } from './table.ts';
import { lookupKey, type TermSets } from './term-sets.ts';

export interface Candidates {
  readonly slots: Int32Array;
  readonly count: number;
}

/** The index's ways to find a word. */
export interface WordIndex {
  readonly tokens: TokenIndex;
  readonly skills: SkillTokens;
  readonly sets: TermSets;
}

/** A list this sparse drives the search (each slot probed); denser ones are intersected as bits. */
const SPARSE = 32;

/**
 * The candidates of `tokens` within the narrowest of `narrowing` (slot lists every row the search
 * needs lies in), in buffers.candidateSlots.
 */
export function candidatesOf(
  table: ProfileTable,
  words: WordIndex,
  tokens: readonly string[],
  narrowing: readonly Int32Array[],
  buffers: Buffers,
): Candidates {
  const none = { slots: buffers.candidateSlots, count: 0 };
  const drivers: {
    readonly slots: Int32Array;
    readonly packed: boolean;
    readonly token?: string;
  }[] = narrowing.map((slots) => ({ slots, packed: false }));
  for (const token of tokens) {
    const own = words.tokens.get(lookupKey(token));
    const inSkills = words.skills.byList(token) !== undefined;
    if (own === undefined && !inSkills) return none;
    // A list of entries is every slot holding the word only when no skill can hold it too.
    const list = own?.list;
    if (list !== undefined && !inSkills) drivers.push({ slots: list, packed: true, token });
  }
  const driver = drivers.sort((a, b) => a.slots.length - b.slots.length)[0];
  // Otherwise the narrowest filter code still trims the rows to classify, as bits.
  const narrowest = drivers.find((candidate) => !candidate.packed)?.slots;
  const found =
    driver !== undefined && driver.slots.length * SPARSE < table.slotCount
      ? probe(
          table,
          driver.slots,
          driver.packed,
          tokens.filter((token) => token !== driver.token).map((token) => words.sets.of(token)),
          buffers,
        )
      : intersect(
          table,
          tokens.map((token) => words.sets.of(token)),
          narrowest,
          buffers,
        );
  return checkLongWords(table, tokens, found);
}

/** Walks a short driver list, keeping the live slots every set holds. */
function probe(
  table: ProfileTable,
  driver: Int32Array,
  packed: boolean,
  sets: readonly Uint32Array[],
  buffers: Buffers,
): Candidates {
  const slots = buffers.candidateSlots;
  const alive = table.aliveBits;
  let count = 0;
  walk: for (const item of driver) {
    const slot = packed ? slotOf(item) : item;
    if (!hasBit(alive, slot)) continue;
    for (const set of sets) if (!hasBit(set, slot)) continue walk;
    slots[count] = slot;
    count += 1;
  }
  return { slots, count };
}

/** ANDs the live slots with every set (and the narrowing list, as bits), 32 slots at a time. */
function intersect(
  table: ProfileTable,
  sets: readonly Uint32Array[],
  narrowing: Int32Array | undefined,
  buffers: Buffers,
): Candidates {
  const words = wordsFor(table.slotCount);
  const bits = buffers.candidateBits;
  bits.set(table.aliveBits.subarray(0, words));
  if (narrowing !== undefined) andWithList(bits, words, narrowing, buffers.narrowingBits);
  for (const set of sets) {
    for (let word = 0; word < words; word += 1) bits[word] = (bits[word] ?? 0) & (set[word] ?? 0);
  }
  const slots = buffers.candidateSlots;
  let count = 0;
  for (let word = 0; word < words; word += 1) {
    let rest = bits[word] ?? 0;
    while (rest !== 0) {
      const lowest = rest & -rest;
      slots[count] = word * 32 + 31 - Math.clz32(lowest);
      count += 1;
      rest ^= lowest;
    }
  }
  return { slots, count };
}

/** bits &= the slots of `list`, using `scratch` (left cleared) to hold the list as bits. */
function andWithList(
  bits: Uint32Array,
  words: number,
  list: Int32Array,
  scratch: Uint32Array,
): void {
  for (const slot of list) setBit(scratch, slot);
  for (let word = 0; word < words; word += 1) {
    bits[word] = (bits[word] ?? 0) & (scratch[word] ?? 0);
    scratch[word] = 0;
  }
}

/** Words longer than the postings' keys were found by their start: keep rows holding them. */
function checkLongWords(
  table: ProfileTable,
  tokens: readonly string[],
  found: Candidates,
): Candidates {
  const long = tokens.filter((token) => token.length > MAX_PREFIX);
  if (long.length === 0) return found;
  const { slots } = found;
  let kept = 0;
  for (let index = 0; index < found.count; index += 1) {
    const slot = slots[index] ?? 0;
    if (long.some((token) => longWordWeight(table, slot, token).weight === 0)) continue;
    slots[kept] = slot;
    kept += 1;
  }
  return { slots, count: kept };
}
