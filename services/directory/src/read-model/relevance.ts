/**
 * Relevance equal to scoreProfile's, for the rows that pass the filter. The words' part comes from
 * the postings' info bytes (the token's best field weight), which also tell in which fields every
 * query word is a whole word: only there can the query be a phrase, so the string search for the
 * phrase bonus runs for few rows.
 */
import { FIELD_WEIGHTS, MAX_PREFIX, PHRASE_FACTOR, type SearchField } from '../domain/index.ts';
import type { Buffers, Memo } from './buffers.ts';
import type { WordIndex } from './candidates.ts';
import { firstEntryOf, gallop, infoOf, slotOf } from './postings.ts';
import type { Matches } from './rows.ts';
import {
  containsPhrase,
  FIELD_BIT,
  FIELD_ORDER,
  STRONGEST_WEIGHT,
  WEIGHT_OF_INFO,
  wordFieldsOf,
  wordMatch,
} from './scoring.ts';
import type { ProfileTable } from './table.ts';

const ALL_FIELDS = 0xf;

/**
 * The word score (buffers.scores) and whole-word fields (buffers.phraseFields) of every match:
 * one loop per query word over the matches, which are in slot order like the postings.
 */
export function weighMatches(
  table: ProfileTable,
  words: WordIndex,
  tokens: readonly string[],
  matches: Matches,
  buffers: Buffers,
): void {
  const { scores, phraseFields } = buffers;
  const { slots, count } = matches;
  for (let index = 0; index < count; index += 1) {
    const slot = slots[index] ?? 0;
    scores[slot] = 0;
    phraseFields[slot] = ALL_FIELDS;
  }
  for (const token of tokens) {
    if (token.length > MAX_PREFIX) {
      addLongWord(table, token, matches, buffers);
      continue;
    }
    const own = words.tokens.get(token);
    const dense = own?.dense;
    const list = own?.list;
    const skills = words.skills.byList(token);
    const variantList = table.variantList;
    let position = 0;
    for (let index = 0; index < count; index += 1) {
      const slot = slots[index] ?? 0;
      let info = 0;
      if (dense !== undefined) {
        info = dense[slot] ?? 0;
      } else if (list !== undefined) {
        position = gallop(list, position, list.length, firstEntryOf(slot));
        const entry = list[position];
        if (entry !== undefined && slotOf(entry) === slot) info = infoOf(entry);
      }
      if (skills !== undefined) info |= skills.at(variantList[slot] ?? 0);
      scores[slot] = (scores[slot] ?? 0) + (WEIGHT_OF_INFO[info] ?? 0);
      phraseFields[slot] = (phraseFields[slot] ?? 0) & wordFieldsOf(info);
    }
  }
}

function addLongWord(table: ProfileTable, token: string, matches: Matches, buffers: Buffers): void {
  const { scores, phraseFields } = buffers;
  for (let index = 0; index < matches.count; index += 1) {
    const slot = matches.slots[index] ?? 0;
    const { weight, fields } = longWordWeight(table, slot, token);
    scores[slot] = (scores[slot] ?? 0) + weight;
    phraseFields[slot] = (phraseFields[slot] ?? 0) & fields;
  }
}

/** scoreProfile's best field weight of one word, and the fields holding it whole, from the words. */
export function longWordWeight(
  table: ProfileTable,
  slot: number,
  token: string,
): { weight: number; fields: number } {
  let weight = 0;
  let fields = 0;
  for (const field of FIELD_ORDER) {
    const match = wordMatch(token, fieldWords(table, slot, field));
    weight = Math.max(weight, FIELD_WEIGHTS[field] * match);
    if (match === 1) fields |= FIELD_BIT[field];
  }
  return { weight, fields };
}

const wordsOf = (text: string) => (text === '' ? [] : text.split(' '));

function fieldWords(table: ProfileTable, slot: number, field: SearchField): readonly string[] {
  switch (field) {
    case 'name':
      return wordsOf(table.nameText[slot] ?? '');
    case 'position':
      return wordsOf(table.positionText[slot] ?? '');
    case 'bio':
      return wordsOf(table.bioText(slot));
    case 'skills':
      return table.variantLists
        .list(table.variantList[slot] ?? 0)
        .flatMap((id) => table.variants.words(id));
  }
}

/** scoreProfile's phrase bonus for one query, remembering what many rows share. */
export class PhraseBonus {
  readonly #table: ProfileTable;
  readonly #phrase: string;
  readonly #words: number;
  /** Per list of skill variants: whether one holds the phrase (1 or 0). */
  readonly #inSkills: Memo;
  readonly #inPosition = new Map<string, boolean>();

  constructor(table: ProfileTable, tokens: readonly string[], memo: Memo) {
    this.#table = table;
    this.#phrase = tokens.join(' ');
    this.#words = tokens.length;
    this.#inSkills = memo.begin(table.variantLists.size);
  }

  /** By whole-word fields: the most a row with them can get. */
  bounds(): Float64Array {
    return STRONGEST_WEIGHT.map((weight) =>
      this.#words > 1 ? weight * PHRASE_FACTOR * this.#words : 0,
    );
  }

  /** The bonus of `slot`, given the fields holding every query word (others cannot hold the phrase). */
  of(slot: number, fields: number): number {
    if (this.#words < 2 || fields === 0) return 0;
    for (const field of FIELD_ORDER) {
      if ((fields & FIELD_BIT[field]) !== 0 && this.#holds(slot, field)) {
        return FIELD_WEIGHTS[field] * PHRASE_FACTOR * this.#words;
      }
    }
    return 0;
  }

  #holds(slot: number, field: SearchField): boolean {
    const table = this.#table;
    switch (field) {
      case 'name':
        return containsPhrase(table.nameText[slot] ?? '', this.#phrase);
      case 'position':
        return this.#positionHolds(table.positionText[slot] ?? '');
      case 'bio':
        return containsPhrase(table.bioText(slot), this.#phrase);
      case 'skills':
        return this.#skillsHold(table.variantList[slot] ?? 0);
    }
  }

  #positionHolds(text: string): boolean {
    let holds = this.#inPosition.get(text);
    if (holds === undefined) {
      holds = containsPhrase(text, this.#phrase);
      this.#inPosition.set(text, holds);
    }
    return holds;
  }

  #skillsHold(list: number): boolean {
    const known = this.#inSkills.get(list);
    if (!Number.isNaN(known)) return known === 1;
    const { variants, variantLists } = this.#table;
    let holds = false;
    for (let index = variantLists.from(list); index < variantLists.to(list); index += 1) {
      if (containsPhrase(variants.text(variantLists.values[index] ?? 0), this.#phrase)) {
        holds = true;
        break;
      }
    }
    this.#inSkills.set(list, holds ? 1 : 0);
    return holds;
  }
}

/** scoreProfile's matchedSkillCodes: the row's skills, in order, that some query word matches. */
export function matchedSkillCodes(
  table: ProfileTable,
  slot: number,
  tokens: readonly string[],
): string[] {
  return table.variantLists
    .list(table.variantList[slot] ?? 0)
    .filter((id) => tokens.some((token) => wordMatch(token, table.variants.words(id)) > 0))
    .map((id) => table.variants.code(id));
}
