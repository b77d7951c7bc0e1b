/**
 * Skills' searchable words. A skill's words depend only on its code and names (copied onto the
 * profile) and the taxonomy's aliases, and thousands of profiles hold the same skill, so words are
 * derived once per distinct skill ("variant"), and a query word is looked up per list of
 * variants rather than per profile.
 */
import {
  MIN_PREFIX,
  searchFieldsOf,
  type ExpertSkill,
  type ProfileView,
  type Taxonomy,
} from '../domain/index.ts';
import { grown, type ListPool } from './dictionary.ts';
import { prefixInfo, wordInfo } from './scoring.ts';

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

/** Distinct skills (code and names), numbered, with the words searchFieldsOf gives them. */
export class SkillVariants {
  readonly #ids = new Map<string, number>();
  readonly #variants: Variant[] = [];
  #taxonomy: Taxonomy;

  constructor(taxonomy: Taxonomy) {
    this.#taxonomy = taxonomy;
  }

  idOf(skill: ExpertSkill): number {
    // Lengths first, so no name can run into the next part.
    const { code, name } = skill;
    const key = `${code.length}:${code}${name.vi.length}:${name.vi}${name.en}`;
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

  /** Re-derives every variant's words (aliases come from the taxonomy). */
  setTaxonomy(taxonomy: Taxonomy): void {
    this.#taxonomy = taxonomy;
    for (const variant of this.#variants) {
      variant.words = this.#wordsOf(variant.skill);
      variant.text = variant.words.join(' ');
    }
  }

  #wordsOf(skill: ExpertSkill): readonly string[] {
    return searchFieldsOf(skillsOnlyView([skill]), this.#taxonomy).skills[0]?.words ?? [];
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

/** Query tokens remembered; each costs two bits per distinct skill list. */
const REMEMBERED_TOKENS = 256;

/** The info byte of each 2-bit code: bit 1 "is a skill word", bit 0 "starts one". */
const INFO_OF_CODE = [
  0,
  prefixInfo('skills'),
  wordInfo('skills'),
  wordInfo('skills') | prefixInfo('skills'),
];
const codeOfInfo = (info: number) =>
  ((info & wordInfo('skills')) !== 0 ? 2 : 0) | ((info & prefixInfo('skills')) !== 0 ? 1 : 0);

/** A query word's info bits in the skills field per variant list, packed two bits a list. */
export class ListBits {
  #packed = new Uint8Array(0);
  /** How many lists are covered. */
  lists = 0;

  at(list: number): number {
    const code = ((this.#packed[list >> 2] ?? 0) >> ((list & 3) << 1)) & 3;
    return INFO_OF_CODE[code] ?? 0;
  }

  /** Makes room for `lists` lists, and a margin: new lists arrive one by one. */
  reserve(lists: number): void {
    const bytes = (lists >> 2) + 1;
    if (this.#packed.length < bytes) this.#packed = grown(this.#packed, bytes + 1024);
  }

  /** Sets a list's bits; reserve room first. */
  set(list: number, info: number): void {
    const shift = (list & 3) << 1;
    const byte = this.#packed[list >> 2] ?? 0;
    this.#packed[list >> 2] = (byte & ~(3 << shift)) | (codeOfInfo(info) << shift);
  }
}

interface SkillInfo {
  readonly byList: ListBits;
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
  byList(token: string): ListBits | undefined {
    return this.#info(token)?.byList;
  }

  /** The variants whose words hold the token. */
  variants(token: string): number[] {
    const byVariant = this.#info(token)?.byVariant ?? new Uint8Array(0);
    return [...byVariant.keys()].filter((id) => byVariant[id] !== 0);
  }

  #info(token: string): SkillInfo | undefined {
    if (this.#variants.size !== this.#variantCount) this.forget();
    let info: SkillInfo | undefined;
    if (this.#known.has(token)) {
      info = this.#known.get(token);
      // Most recently used last, so the oldest is the first to go.
      this.#known.delete(token);
    } else {
      info = this.#derive(token);
      if (this.#known.size >= REMEMBERED_TOKENS) {
        const oldest = this.#known.keys().next().value;
        if (oldest !== undefined) this.#known.delete(oldest);
      }
    }
    this.#known.set(token, info);
    if (info !== undefined && info.byList.lists < this.#lists.size) this.#extend(info);
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
    const info = { byList: new ListBits(), byVariant };
    this.#extend(info);
    return info;
  }

  /** Covers the lists added since it was worked out. */
  #extend(info: SkillInfo): void {
    const lists = this.#lists;
    const values = lists.values;
    info.byList.reserve(lists.size);
    for (let list = info.byList.lists; list < lists.size; list += 1) {
      let bits = 0;
      for (let index = lists.from(list); index < lists.to(list); index += 1) {
        bits |= info.byVariant[values[index] ?? 0] ?? 0;
      }
      info.byList.set(list, bits);
    }
    info.byList.lists = lists.size;
  }
}
