/**
 * The searchable words of a profile, kept in forms the read model can use fast, and the pieces of
 * the domain's scoreProfile rebuilt on them. Everything here must agree with search.ts: the
 * equivalence tests compare against scoreProfile itself.
 */
import {
  FIELD_WEIGHTS,
  MIN_PREFIX,
  nameSortKey,
  prefixesOf,
  searchFieldsOf,
  tokenise,
  type ExpertSkill,
  type ProfileView,
  type SearchField,
  type Taxonomy,
} from '../domain/index.ts';
import { grown, type ListPool } from './dictionary.ts';
import { Posting } from './postings.ts';

/** search.ts's PREFIX_FACTOR and PHRASE_FACTOR (not exported there); the tests pin them. */
export const PREFIX_FACTOR = 0.5;
export const PHRASE_FACTOR = 0.5;

/** The order scoreProfile looks at fields in: the first field holding the phrase earns it. */
export const FIELD_ORDER = Object.keys(FIELD_WEIGHTS) as SearchField[];

if (FIELD_ORDER.length > 4) throw new Error('posting info holds four fields');

/** A field's bit in a posting's info byte: low nibble "starts a word", high nibble "is a word". */
export const FIELD_BIT: Readonly<Record<SearchField, number>> = {
  name: 1 << FIELD_ORDER.indexOf('name'),
  skills: 1 << FIELD_ORDER.indexOf('skills'),
  position: 1 << FIELD_ORDER.indexOf('position'),
  bio: 1 << FIELD_ORDER.indexOf('bio'),
};
export const wordInfo = (field: SearchField) => FIELD_BIT[field] << 4;
export const prefixInfo = (field: SearchField) => FIELD_BIT[field];
/** The fields where the token is a whole word: only there can the query be a phrase. */
export const wordFieldsOf = (info: number) => info >> 4;

/** scoreProfile's best field weight of a token, by info byte. */
export const WEIGHT_OF_INFO = new Float64Array(256).map((_, info) =>
  Math.max(
    0,
    ...FIELD_ORDER.map((field) =>
      (info >> 4) & FIELD_BIT[field]
        ? FIELD_WEIGHTS[field]
        : info & FIELD_BIT[field]
          ? FIELD_WEIGHTS[field] * PREFIX_FACTOR
          : 0,
    ),
  ),
);

/** The largest field weight among a set of field bits (the most a phrase there can earn). */
export const STRONGEST_WEIGHT = new Float64Array(16).map((_, fields) =>
  Math.max(
    0,
    ...FIELD_ORDER.map((field) => (fields & FIELD_BIT[field] ? FIELD_WEIGHTS[field] : 0)),
  ),
);

export const MAX_FIELD_WEIGHT = Math.max(...FIELD_ORDER.map((field) => FIELD_WEIGHTS[field]));

/** search.ts's wordMatch: 1 for the word, PREFIX_FACTOR when it starts one, else 0. */
export function wordMatch(token: string, words: readonly string[]): number {
  if (words.includes(token)) return 1;
  if (token.length >= MIN_PREFIX && words.some((word) => word.startsWith(token))) {
    return PREFIX_FACTOR;
  }
  return 0;
}

/** search.ts's containsPhrase, on the words already joined by single spaces. */
export function containsPhrase(text: string, phrase: string): boolean {
  if (text.length < phrase.length) return false;
  if (text === phrase) return true;
  return (
    (text.startsWith(phrase) && text.charCodeAt(phrase.length) === SPACE) ||
    (text.endsWith(phrase) && text.charCodeAt(text.length - phrase.length - 1) === SPACE) ||
    text.includes(` ${phrase} `)
  );
}
const SPACE = 0x20;

/** Remembered texts before a cache starts over (bounds memory on unusual data). */
const CACHE_LIMIT = 50_000;

function remembered<T>(cache: Map<string, T>, key: string, derive: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = derive(key);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/**
 * Folding text is most of the cost of indexing a profile, and the same words, names and positions
 * recur across thousands of profiles: this remembers them. Folding works word by word (a space is
 * no letter, mark or cased character, so nothing on one side of it changes the other side), so a
 * text's folded words are its space-separated chunks' folded words, joined.
 */
export class TextCache {
  readonly #chunks = new Map<string, string>();
  readonly #texts = new Map<string, string>();
  readonly #sortKeys = new Map<string, string>();

  /** tokenise(text).join(' '). */
  words(text: string): string {
    if (text.length <= 64) return remembered(this.#texts, text, (short) => this.#fold(short));
    return this.#fold(text);
  }

  /** nameSortKey(fullName). */
  sortKey(fullName: string): string {
    return remembered(this.#sortKeys, fullName, nameSortKey);
  }

  #fold(text: string): string {
    let folded = '';
    for (const chunk of text.split(' ')) {
      if (chunk === '') continue;
      const words = remembered(this.#chunks, chunk, (word) => tokenise(word).join(' '));
      if (words === '') continue;
      folded = folded === '' ? words : `${folded} ${words}`;
    }
    return folded;
  }
}

const EPOCH = new Date(0);

/** A view holding only `skills`, to let the domain derive skill words itself. */
function skillsOnlyView(skills: readonly ExpertSkill[]): ProfileView {
  return {
    id: '',
    userSubject: '',
    origin: 'graduate',
    fullName: '',
    organisationCode: '',
    provinceCode: '',
    position: '',
    unit: '',
    skills,
    withheldFields: [],
    version: 0,
    createdAt: EPOCH,
    updatedAt: EPOCH,
  };
}

interface Variant {
  readonly skill: ExpertSkill;
  words: readonly string[];
  /** The words joined by single spaces, for phrase look-ups. */
  text: string;
}

/**
 * A skill's words depend only on its code and names (copied onto the profile) and the taxonomy's
 * aliases, and thousands of profiles hold the same skill: each distinct (code, names) is derived
 * once and numbered.
 */
export class SkillVariants {
  readonly #ids = new Map<string, number>();
  readonly #variants: Variant[] = [];
  #taxonomy: Taxonomy;

  constructor(taxonomy: Taxonomy) {
    this.#taxonomy = taxonomy;
  }

  idOf(skill: ExpertSkill): number {
    const key = `${skill.code}\u0000${skill.name.vi}\u0000${skill.name.en}`;
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#variants.length;
      this.#ids.set(key, id);
      const words = this.#wordsOf(skill);
      this.#variants.push({ skill, words, text: words.join(' ') });
    }
    return id;
  }

  words(id: number): readonly string[] {
    return this.#variants[id]?.words ?? [];
  }

  code(id: number): string {
    return this.#variants[id]?.skill.code ?? '';
  }

  text(id: number): string {
    return this.#variants[id]?.text ?? '';
  }

  get size(): number {
    return this.#variants.length;
  }

  /** Re-derives every variant's words; returns the ids whose words changed. */
  setTaxonomy(taxonomy: Taxonomy): Set<number> {
    this.#taxonomy = taxonomy;
    const changed = new Set<number>();
    this.#variants.forEach((variant, id) => {
      const words = this.#wordsOf(variant.skill);
      // Words hold no spaces, so equal texts mean equal word lists.
      if (words.join(' ') === variant.text) return;
      variant.words = words;
      variant.text = words.join(' ');
      changed.add(id);
    });
    return changed;
  }

  #wordsOf(skill: ExpertSkill): readonly string[] {
    return searchFieldsOf(skillsOnlyView([skill]), this.#taxonomy).skills[0]?.words ?? [];
  }
}

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

  reserve(capacity: number): void {
    if (capacity <= this.#capacity) return;
    this.#capacity = capacity;
    for (const posting of this.#postings.values()) posting.reserve(capacity);
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
      posting.renumber(newSlotOf, this.#capacity);
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
      posting.reserve(this.#capacity);
      this.#postings.set(token, posting);
    }
    return posting;
  }
}

/** A token's info bits in a skill's words, by wordMatch's rule (so at any length). */
function skillInfoOf(token: string, words: readonly string[]): number {
  let info = 0;
  for (const word of words) {
    if (word === token) info |= wordInfo('skills');
    else if (token.length >= MIN_PREFIX && word.startsWith(token)) info |= prefixInfo('skills');
  }
  return info;
}

/** Query tokens remembered; each costs a byte per distinct skill list. */
const REMEMBERED_TOKENS = 256;

interface SkillInfo {
  /** Per variant list: the token's info bits in the skills field (room to grow at the end). */
  byList: Uint8Array;
  /** How many lists byList covers. */
  lists: number;
  readonly byVariant: Uint8Array;
}

/**
 * Which skill lists hold a query token, as info bits per list number. A profile's skill words are
 * a function of its list of skills (and the taxonomy's aliases), and hundreds of thousands of
 * profiles share comparatively few lists, so this replaces a posting per skill word per profile.
 * Worked out per token on first use and extended as new lists appear.
 */
export class SkillTokens {
  readonly #variants: SkillVariants;
  readonly #lists: ListPool;
  readonly #known = new Map<string, SkillInfo | undefined>();
  #variantCount = 0;

  constructor(variants: SkillVariants, lists: ListPool) {
    this.#variants = variants;
    this.#lists = lists;
  }

  /** Info bits per variant list number; undefined when no skill holds the token. */
  byList(token: string): Uint8Array | undefined {
    return this.#info(token)?.byList;
  }

  /** The variants whose words hold the token. */
  variants(token: string): number[] {
    const byVariant = this.#info(token)?.byVariant ?? new Uint8Array(0);
    return [...byVariant.keys()].filter((id) => byVariant[id] !== 0);
  }

  #info(token: string): SkillInfo | undefined {
    if (this.#variants.size !== this.#variantCount) this.forget();
    let info = this.#known.get(token);
    if (info === undefined && !this.#known.has(token)) {
      info = this.#derive(token);
      if (this.#known.size >= REMEMBERED_TOKENS) this.#known.clear();
      this.#known.set(token, info);
    }
    if (info !== undefined && info.lists < this.#lists.size) this.#extend(info);
    return info;
  }

  /** The taxonomy or the set of skills changed: everything is derived again. */
  forget(): void {
    this.#known.clear();
    this.#variantCount = this.#variants.size;
  }

  #derive(token: string): SkillInfo | undefined {
    const byVariant = new Uint8Array(this.#variants.size);
    let any = false;
    for (let id = 0; id < byVariant.length; id += 1) {
      const info = skillInfoOf(token, this.#variants.words(id));
      byVariant[id] = info;
      if (info !== 0) any = true;
    }
    if (!any) return undefined;
    const info = { byList: new Uint8Array(0), lists: 0, byVariant };
    this.#extend(info);
    return info;
  }

  /** Covers the lists added since; new lists arrive one by one, so room is kept for more. */
  #extend(info: SkillInfo): void {
    const lists = this.#lists;
    if (info.byList.length < lists.size) info.byList = grown(info.byList, lists.size + 1024);
    const values = lists.values;
    for (let list = info.lists; list < lists.size; list += 1) {
      let bits = 0;
      for (let index = lists.from(list); index < lists.to(list); index += 1) {
        bits |= info.byVariant[values[index] ?? 0] ?? 0;
      }
      info.byList[list] = bits;
    }
    info.lists = lists.size;
  }
}
