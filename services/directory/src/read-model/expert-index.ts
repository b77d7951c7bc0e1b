/**
 * The directory's in-memory read model for search, find-peers and match. The database cannot
 * answer these fast enough (no $text, arrays not indexed), so the service keeps this index current
 * from its own writes and loads it at start. Every answer equals what the domain's brute-force
 * functions (scoreProfile, matchesFilter, computeFacets, findPeers, matchExperts) give over the
 * network view of every profile; the tests hold it to that.
 *
 * Layout:
 * - table.ts: one slot per profile, the network-visible parts filters, facets, peers and match
 *   read, as typed columns (codes as numbers, code lists as numbers of shared lists).
 * - token-index.ts: postings from folded token (word or prefix) to the slots whose name, position
 *   or bio hold it, with the fields; skills.ts: skills' words per distinct skill and query words
 *   per list of skills, since a skill's words are the same on every profile holding it.
 * - term-sets.ts: per query word, the slots holding it as bits, so common words intersect fast.
 * - code-index.ts: slots by province, organisation, sector and skill, for narrowing a filtered
 *   search and for the candidates of find-peers and match.
 * - name-order.ts: name ranks, for ordering and keyset paging with numbers.
 * A search finds candidates (candidates.ts), splits them into matches and facet rows by the filter
 * (rows.ts, filter-plan.ts), scores the matches (relevance.ts), counts facets (facet-counts.ts)
 * and picks one page after the cursor (paging.ts, cursor.ts). Facet counts are kept until the
 * next write (facet-cache.ts), so later pages and the busy first page count once.
 *
 * An edit that changes no indexed text reuses its slot; otherwise the old slot is tombstoned, and
 * slots are renumbered once enough have died.
 */
import {
  matchExperts,
  queryTokens,
  similarity,
  viewProfile,
  type ExpertFilter,
  type ExpertMatch,
  type ExpertProfile,
  type Facet,
  type FacetField,
  type FacetLabels,
  type MatchRequest,
  type PeerSuggestion,
  type ProfileView,
} from '../domain/index.ts';
import { CodeIndex } from './code-index.ts';
import { decodeCursor, encodeCursor, type KeyPart } from './cursor.ts';
import { FacetCache } from './facet-cache.ts';
import { countFacets, FacetLabeler } from './facet-counts.ts';
import { FilterPlan } from './filter-plan.ts';
import { NameOrder } from './name-order.ts';
import { candidatesOf, type WordIndex } from './candidates.ts';
import { matchedSkillCodes, PhraseBonus, weighMatches } from './relevance.ts';
import { selectPage, type Order } from './paging.ts';
import { Buffers } from './buffers.ts';
import { classify } from './rows.ts';
import type { SlotList } from './postings.ts';
import { SkillTokens } from './skills.ts';
import { TokenIndex } from './token-index.ts';
import { TermSets } from './term-sets.ts';
import { rankMatches, rankPeers } from './suggestions.ts';
import { ProfileTable } from './table.ts';

export interface SearchQuery {
  /** Free text; queryTokens(query) gives the words. */
  readonly query: string;
  readonly filter: ExpertFilter;
  readonly facets: readonly FacetField[];
  readonly order: 'relevance' | 'name' | 'last-active';
  /** Already clamped to 1..100 by the caller. */
  readonly pageSize: number;
  /** '' for the first page; otherwise a nextCursor of the same search. */
  readonly cursor: string;
  readonly now: Date;
}

export interface SearchHit {
  readonly view: ProfileView;
  readonly score: number;
  readonly matchedSkillCodes: readonly string[];
}

export interface SearchResult {
  readonly hits: readonly SearchHit[];
  readonly facets: readonly Facet[];
  readonly totalCount: number;
  /** '' on the last page. */
  readonly nextCursor: string;
}

export interface ExpertIndex {
  /** Inserts or replaces by profile.id. */
  upsert(profile: ExpertProfile): void;
  remove(id: string): void;
  get(id: string): ExpertProfile | undefined;
  /**
   * The profiles held that satisfy `test`. For the rare questions the database cannot answer
   * without reading every document (FerretDB does not index array members or ranges): whose
   * credentials hold a certificate, whose absence has ended.
   */
  where(test: (profile: ExpertProfile) => boolean): ExpertProfile[];
  readonly size: number;
  /** Taxonomy or sector names changed: re-derives the words of every profile they touch. */
  setTaxonomy(labels: FacetLabels): void;
  search(query: SearchQuery): SearchResult;
  peers(self: ProfileView, filter: ExpertFilter, limit: number, now: Date): PeerSuggestion[];
  match(request: MatchRequest, limit: number, now: Date): ExpertMatch[];
}

export function createExpertIndex(labels: FacetLabels): ExpertIndex {
  return new ReadModel(labels);
}

/** Dead slots are reclaimed once there are this many and they are a quarter of all slots. */
const COMPACT_AT_DEAD = 4096;

class ReadModel implements ExpertIndex {
  #labels: FacetLabels;
  #labeler: FacetLabeler;
  readonly #table: ProfileTable;
  readonly #tokens = new TokenIndex();
  readonly #skillTokens: SkillTokens;
  readonly #sets: TermSets;
  readonly #words: WordIndex;
  readonly #codes = new CodeIndex();
  readonly #names: NameOrder;
  readonly #slotOf = new Map<string, number>();
  readonly #buffers = new Buffers();
  readonly #facets = new FacetCache();

  constructor(labels: FacetLabels) {
    this.#labels = labels;
    this.#labeler = new FacetLabeler(labels);
    this.#table = new ProfileTable(labels.taxonomy);
    this.#names = new NameOrder(this.#table);
    this.#skillTokens = new SkillTokens(this.#table.variants, this.#table.variantLists);
    this.#sets = new TermSets(this.#table, this.#tokens, this.#skillTokens, this.#codes);
    this.#words = { tokens: this.#tokens, skills: this.#skillTokens, sets: this.#sets };
  }

  get size(): number {
    return this.#table.live;
  }

  get(id: string): ExpertProfile | undefined {
    const slot = this.#slotOf.get(id);
    return slot === undefined ? undefined : this.#table.profiles[slot];
  }

  where(test: (profile: ExpertProfile) => boolean): ExpertProfile[] {
    const found: ExpertProfile[] = [];
    for (const slot of this.#slotOf.values()) {
      const profile = this.#table.profiles[slot];
      if (profile !== undefined && test(profile)) found.push(profile);
    }
    return found;
  }

  upsert(profile: ExpertProfile): void {
    this.#facets.clear();
    const slot = this.#slotOf.get(profile.id);
    if (slot !== undefined && this.#table.sameIndexedParts(slot, profile)) {
      this.#table.update(slot, profile);
      return;
    }
    if (slot !== undefined) this.#table.kill(slot);
    this.#slotOf.set(profile.id, this.#index(profile));
    this.#compactIfWorthIt();
  }

  remove(id: string): void {
    this.#facets.clear();
    const slot = this.#slotOf.get(id);
    if (slot === undefined) return;
    this.#table.kill(slot);
    this.#slotOf.delete(id);
    this.#compactIfWorthIt();
  }

  setTaxonomy(labels: FacetLabels): void {
    this.#facets.clear();
    this.#labels = labels;
    this.#labeler = new FacetLabeler(labels);
    // Skill words live per skill, not per profile: re-deriving them re-derives every profile's.
    this.#table.variants.setTaxonomy(labels.taxonomy);
    this.#skillTokens.forget();
    this.#sets.forget();
  }

  search(query: SearchQuery): SearchResult {
    const tokens = queryTokens(query.query);
    // Without words every score is 0: relevance is name order.
    const order: Order = query.order === 'relevance' && tokens.length === 0 ? 'name' : query.order;
    const binding = `${query.order}\u0000${tokens.join(' ')}`;
    const after = query.cursor === '' ? undefined : decodeCursor(query.cursor, binding, order);
    const table = this.#table;
    const buffers = this.#buffers;
    this.#names.settle();
    buffers.reserve(table.capacity);
    const plan = new FilterPlan(table, query.filter, query.now, buffers);
    const candidates = candidatesOf(table, this.#words, tokens, this.#narrowing(query), buffers);
    const facetKey = this.#facets.keyOf(tokens, query.filter, query.facets, query.now);
    const knownFacets = this.#facets.get(facetKey);
    const { rows, matches } = classify(candidates, plan, knownFacets ? [] : query.facets, buffers);
    weighMatches(table, this.#words, tokens, matches, buffers);
    const phrase = new PhraseBonus(table, tokens, buffers.phraseInSkills);
    const limit = query.pageSize + 1;
    const page = selectPage({
      table,
      names: this.#names,
      buffers,
      matches,
      order,
      phrase,
      after,
      limit,
    });
    const shown = page.slice(0, query.pageSize);
    // Only relevance needed the phrase bonus to order rows; the others add it for the page.
    const scoreOf = (slot: number) =>
      (buffers.scores[slot] ?? 0) +
      (order === 'relevance' ? 0 : phrase.of(slot, buffers.phraseFields[slot] ?? 0));
    const last = shown.at(-1);
    const facets =
      knownFacets ??
      countFacets(table, rows, query.facets, plan.clock, this.#labeler, buffers.listCounts);
    this.#facets.set(facetKey, facets);
    return {
      hits: shown.map((slot) => ({
        view: this.#view(slot, query.now),
        score: scoreOf(slot),
        matchedSkillCodes: matchedSkillCodes(table, slot, tokens),
      })),
      facets,
      totalCount: matches.count,
      nextCursor:
        page.length > shown.length && last !== undefined
          ? encodeCursor(binding, this.#keyOf(last, order, scoreOf(last)))
          : '',
    };
  }

  /**
   * Slot lists every row the search needs lies within: a criterion naming one code, whose facet
   * (which would count the other codes' rows) is not asked for.
   */
  #narrowing({ filter, facets }: SearchQuery): Int32Array[] {
    const table = this.#table;
    const codes = this.#codes;
    const lists: Int32Array[] = [];
    const narrowBy = (
      wanted: readonly string[],
      field: FacetField,
      find: (code: string) => number,
      byId: readonly (SlotList | undefined)[],
    ) => {
      const [code] = wanted;
      if (wanted.length !== 1 || code === undefined || facets.includes(field)) return;
      lists.push(byId[find(code)]?.slots() ?? NO_SLOTS);
    };
    narrowBy(
      filter.provinceCodes,
      'province',
      (code) => table.provinces.find(code),
      codes.province,
    );
    narrowBy(
      filter.organisationCodes,
      'organisation',
      (code) => table.organisations.find(code),
      codes.organisation,
    );
    narrowBy(filter.sectorCodes, 'sector', (code) => table.sectors.find(code), codes.sector);
    for (const requirement of filter.skills) {
      narrowBy([requirement.code], 'skill', (code) => table.skills.find(code), codes.skill);
    }
    return lists;
  }

  peers(self: ProfileView, filter: ExpertFilter, limit: number, now: Date): PeerSuggestion[] {
    const table = this.#table;
    this.#buffers.reserve(table.capacity);
    const slots = rankPeers(
      table,
      this.#codes,
      this.#buffers,
      self,
      this.#slotOf.get(self.id) ?? -1,
      new FilterPlan(table, filter, now, this.#buffers),
      limit,
    );
    return slots.map((slot) => {
      const expert = this.#view(slot, now);
      return { expert, ...similarity(self, expert, this.#labels.sectors) };
    });
  }

  match(request: MatchRequest, limit: number, now: Date): ExpertMatch[] {
    const table = this.#table;
    this.#buffers.reserve(table.capacity);
    const excluded = new Set(
      request.excludeExpertIds.flatMap((id) => {
        const slot = this.#slotOf.get(id);
        return slot === undefined ? [] : [slot];
      }),
    );
    const slots = rankMatches(
      table,
      this.#codes,
      this.#buffers,
      request,
      excluded,
      new FilterPlan(table, request.filter, now, this.#buffers),
      limit,
    );
    // The domain builds the matches (skills, reasons) and orders them as it ranks.
    return matchExperts(
      slots.map((slot) => this.#view(slot, now)),
      request,
      now,
    ).slice(0, limit);
  }

  /** A new slot for `profile`, with its postings. */
  #index(profile: ExpertProfile): number {
    const table = this.#table;
    const slot = table.allocate(profile);
    this.#tokens.reserve(table.alive.length);
    this.#tokens.addWords(slot, wordsOf(table.nameText[slot] ?? ''), 'name');
    this.#tokens.addWords(slot, wordsOf(table.positionText[slot] ?? ''), 'position');
    this.#tokens.addWords(slot, wordsOf(table.bioText(slot)), 'bio');
    this.#codes.add(slot, table);
    this.#names.add(slot);
    return slot;
  }

  #compactIfWorthIt(): void {
    const table = this.#table;
    if (table.dead < COMPACT_AT_DEAD || table.dead * 4 < table.slotCount) return;
    const newSlotOf = table.compact();
    this.#tokens.renumber(newSlotOf);
    this.#codes.renumber(newSlotOf);
    this.#names.renumber(newSlotOf);
    this.#sets.forget();
    this.#slotOf.clear();
    for (let slot = 0; slot < table.slotCount; slot += 1) {
      this.#slotOf.set(table.ids[slot] ?? '', slot);
    }
  }

  #view(slot: number, now: Date): ProfileView {
    const profile = this.#table.profiles[slot];
    if (profile === undefined) throw new Error(`expert index: slot ${slot} holds no profile`);
    return viewProfile(profile, 'network', now);
  }

  /** The cursor parts of a row: its sort key in `order`. */
  #keyOf(slot: number, order: Order, score: number): KeyPart[] {
    const table = this.#table;
    const id = table.ids[slot] ?? '';
    const name = table.nameKey[slot] ?? '';
    switch (order) {
      case 'relevance':
        return [score, name, id];
      case 'name':
        return [name, id];
      case 'last-active':
        return [table.hasLastActive[slot] === 1 ? (table.lastActive[slot] ?? 0) : null, id];
    }
  }
}

const NO_SLOTS = new Int32Array(0);
const wordsOf = (text: string) => (text === '' ? [] : text.split(' '));
