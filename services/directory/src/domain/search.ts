/**
 * Vietnamese search keys, relevance and name order: the definitions the read model indexes and
 * its tests check it against (docs/adr/0003-search-read-model.md). Words are folded
 * (foldVietnamese: no diacritics or tone marks, "đ" -> "d", lower case); a query word matches a
 * word or the start of one, every query word must match, and the field it matches in weighs:
 * name > skills > position > bio, exact words above prefixes, a phrase above words apart.
 */
import { toSearchKey } from '@expertnet/platform';
import type { ProfileView } from './visibility.ts';
import type { SkillDefinition, Taxonomy } from './types.ts';

/** Shorter prefixes would match half the index; longer ones add size and no selectivity. */
export const MIN_PREFIX = 2;
export const MAX_PREFIX = 20;
/** More words than this narrow nothing further and only cost index lookups. */
export const MAX_QUERY_TOKENS = 8;

/** Field weights for relevance: the name is who someone is, the bio only mentions things. */
export const FIELD_WEIGHTS = { name: 8, skills: 4, position: 2, bio: 1 } as const;
export type SearchField = keyof typeof FIELD_WEIGHTS;
/** A query word that is only the start of a word counts this much of an exact word. */
export const PREFIX_FACTOR = 0.5;
/** The whole query as a phrase in one field adds this share of the field's weight. */
export const PHRASE_FACTOR = 0.5;

/** Folded words of `text`: "Chuyển đổi số" -> ["chuyen", "doi", "so"]. */
export function tokenise(text: string): string[] {
  const key = toSearchKey(text);
  return key === '' ? [] : key.split(' ');
}

/** "nguyen" -> ["ng", "ngu", "nguy", "nguye"]: the starts someone typing produces. */
export function prefixesOf(token: string): string[] {
  const prefixes: string[] = [];
  for (let length = MIN_PREFIX; length < token.length && length <= MAX_PREFIX; length += 1) {
    prefixes.push(token.slice(0, length));
  }
  return prefixes;
}

/** Index entries for words: each word and its prefixes, once each, sorted for stable documents. */
export function indexTokens(words: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const word of words) {
    tokens.add(word);
    for (const prefix of prefixesOf(word)) tokens.add(prefix);
  }
  return [...tokens].sort();
}

/** The words of each searchable field of a view; skills keep their code for matched_skill_codes. */
export interface SearchFields {
  readonly name: readonly string[];
  readonly position: readonly string[];
  readonly bio: readonly string[];
  readonly skills: readonly { readonly code: string; readonly words: readonly string[] }[];
}

export function searchFieldsOf(view: ProfileView, taxonomy: Taxonomy): SearchFields {
  return {
    name: tokenise(view.fullName),
    position: tokenise(view.position),
    bio: tokenise(view.bio ?? ''),
    skills: (view.skills ?? []).map((skill) => {
      const definition = taxonomy.get(skill.code);
      const texts = [
        skill.name.vi,
        skill.name.en,
        skill.code.replaceAll('-', ' '),
        ...(definition?.aliases ?? []),
      ];
      return { code: skill.code, words: [...new Set(texts.flatMap(tokenise))] };
    }),
  };
}

/** Every word and prefix a profile is found by (what the read model indexes): pass the network's view. */
export function searchTokens(view: ProfileView, taxonomy: Taxonomy): string[] {
  const fields = searchFieldsOf(view, taxonomy);
  return indexTokens([
    ...fields.name,
    ...fields.position,
    ...fields.bio,
    ...fields.skills.flatMap((skill) => skill.words),
  ]);
}

/**
 * The words a query requires, each of them: the query's distinct folded words. A one-letter word is kept
 * (a name like "Ý" is real) and matches only that whole word, as the index has no 1-letter prefixes.
 */
export function queryTokens(query: string): string[] {
  return [...new Set(tokenise(query))].slice(0, MAX_QUERY_TOKENS);
}

/** 1 for the exact word, PREFIX_FACTOR when it starts a word, 0 when absent. */
function wordMatch(token: string, words: readonly string[]): number {
  if (words.includes(token)) return 1;
  if (token.length >= MIN_PREFIX && words.some((word) => word.startsWith(token))) {
    return PREFIX_FACTOR;
  }
  return 0;
}

const containsPhrase = (words: readonly string[], phrase: string) =>
  ` ${words.join(' ')} `.includes(` ${phrase} `);

export interface Relevance {
  readonly score: number;
  /** Skills a query word matched, for ExpertHit.matched_skill_codes. */
  readonly matchedSkillCodes: readonly string[];
}

/**
 * How well a view matches a query, or undefined when some query word matches nothing (the same
 * rule as searchTokens, so the score never disagrees with the index). Each word counts once, in its
 * best field; a query found as a phrase in a field earns a bonus, so "chuyen doi so" ranks an
 * expert with that skill above one whose bio has the three words apart.
 */
export function scoreProfile(
  view: ProfileView,
  query: string,
  taxonomy: Taxonomy,
): Relevance | undefined {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return { score: 0, matchedSkillCodes: [] };
  const fields = searchFieldsOf(view, taxonomy);
  const skillWords = fields.skills.flatMap((skill) => skill.words);
  const wordsOf: Readonly<Record<SearchField, readonly string[]>> = {
    name: fields.name,
    skills: skillWords,
    position: fields.position,
    bio: fields.bio,
  };
  const order = Object.keys(FIELD_WEIGHTS) as SearchField[];
  let score = 0;
  for (const token of tokens) {
    const best = Math.max(
      ...order.map((field) => FIELD_WEIGHTS[field] * wordMatch(token, wordsOf[field])),
    );
    if (best === 0) return undefined;
    score += best;
  }
  const phrase = tokens.join(' ');
  if (tokens.length > 1) {
    const phraseFields = order.filter((field) =>
      field === 'skills'
        ? fields.skills.some((skill) => containsPhrase(skill.words, phrase))
        : containsPhrase(wordsOf[field], phrase),
    );
    const strongest = phraseFields[0];
    if (strongest !== undefined) score += FIELD_WEIGHTS[strongest] * PHRASE_FACTOR * tokens.length;
  }
  const matchedSkillCodes = fields.skills
    .filter((skill) => tokens.some((token) => wordMatch(token, skill.words) > 0))
    .map((skill) => skill.code);
  return { score, matchedSkillCodes };
}

// ---------------------------------------------------------------------------------------------
// Vietnamese name order

/** The Vietnamese alphabet in its order; letters outside it (f, j, w, z) go where Latin puts them. */
const ALPHABET = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
/** Tones in dictionary order: level, grave (huyền), hook (hỏi), tilde (ngã), acute (sắc), dot (nặng). */
const TONES: Readonly<Record<string, string>> = {
  '\u0300': '1',
  '\u0309': '2',
  '\u0303': '3',
  '\u0301': '4',
  '\u0323': '5',
};
/** Combining marks that make a letter of its own (ă â ê ô ơ ư), not a tone. */
const SHAPE_MARKS = new Set(['\u0306', '\u0302', '\u031b']);

/** One primary code per letter (alphabet order) and one tone digit per letter. */
function collationOf(word: string): { primary: string; tones: string } {
  let primary = '';
  let tones = '';
  for (const cluster of word
    .toLowerCase()
    .normalize('NFD')
    .match(/\P{M}\p{M}*/gu) ?? []) {
    const marks = cluster.slice(1).match(/\p{M}/gu) ?? [];
    // Base plus its shape marks, recomposed: "a" + breve -> "ă"; "đ" never decomposes.
    const letter = (
      (cluster[0] ?? '') + marks.filter((mark) => SHAPE_MARKS.has(mark)).join('')
    ).normalize('NFC');
    const index = ALPHABET.indexOf(letter);
    // Letters of the alphabet sort by position; digits and others after, by code point.
    primary +=
      index >= 0
        ? String.fromCharCode(0x41 + index)
        : String.fromCharCode(0x100 + (letter.codePointAt(0) ?? 0));
    tones += marks.map((mark) => TONES[mark]).find((digit) => digit !== undefined) ?? '0';
  }
  return { primary, tones };
}

/**
 * The stored sort key for name order. Vietnamese readers look for the given name (the last
 * word), then the family and middle names: "Nguyễn Văn An" sorts as "An Nguyễn Văn". Letters
 * compare in the Vietnamese alphabet (a < ă < â < b ... d < đ), and tones only break ties
 * between names that are otherwise equal, as in a dictionary. A plain string, so the database
 * orders and pages on it with an ordinary index.
 */
export function nameSortKey(fullName: string): string {
  const words = fullName
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  const given = words.at(-1);
  const ordered = given === undefined ? [] : [given, ...words.slice(0, -1)];
  const parts = ordered.map(collationOf);
  // Space (0x20) sorts before every letter code, so "An" comes before "Anh".
  return `${parts.map((part) => part.primary).join(' ')}\u0001${parts.map((part) => part.tones).join(' ')}`;
}

/** Compares two names in Vietnamese order, given name first (for in-memory lists). */
export const compareNames = (a: string, b: string) => {
  const left = nameSortKey(a);
  const right = nameSortKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
};

// ---------------------------------------------------------------------------------------------
// Taxonomy look-up

/**
 * ListSkills' filter: every query word must start a word of the skill's names (either language),
 * aliases or code, ignoring diacritics; deprecated skills only when asked. Ordered by the
 * Vietnamese name, as the picker shows it.
 */
export function searchTaxonomy(
  taxonomy: Taxonomy,
  query: string,
  options: { readonly category?: string; readonly includeDeprecated?: boolean } = {},
): SkillDefinition[] {
  const tokens = queryTokens(query);
  const collator = new Intl.Collator('vi');
  return [...taxonomy.values()]
    .filter((skill) => options.includeDeprecated === true || !skill.deprecated)
    .filter(
      (skill) =>
        options.category === undefined ||
        options.category === '' ||
        skill.category === options.category,
    )
    .filter((skill) => {
      const words = [
        skill.name.vi,
        skill.name.en,
        skill.code.replaceAll('-', ' '),
        ...skill.aliases,
      ].flatMap(tokenise);
      return tokens.every((token) => words.some((word) => word.startsWith(token)));
    })
    .sort((a, b) => collator.compare(a.name.vi, b.name.vi) || a.code.localeCompare(b.code));
}
