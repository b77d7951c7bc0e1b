/**
 * Facets of recent searches, kept until the next write: paging through a search, or everyone
 * opening the directory's first page (no words, no filter, every facet: a count over every
 * profile), counts once rather than per request.
 */
import { vietnamDateOf } from '@expertnet/platform';
import type { ExpertFilter, Facet, FacetField } from '../domain/index.ts';

/** Searches remembered between writes. */
const REMEMBERED = 32;

export class FacetCache {
  readonly #entries = new Map<string, readonly Facet[]>();

  /**
   * The key of a search's facets, or undefined when they cannot be reused: an activity filter
   * moves with the clock. Availability changes by the day, so the day is part of the key.
   */
  keyOf(
    tokens: readonly string[],
    filter: ExpertFilter,
    facets: readonly FacetField[],
    now: Date,
  ): string | undefined {
    if (facets.length === 0 || filter.activeWithinDays !== 0) return undefined;
    return JSON.stringify([tokens, filter, facets, vietnamDateOf(now)]);
  }

  get(key: string | undefined): readonly Facet[] | undefined {
    return key === undefined ? undefined : this.#entries.get(key);
  }

  set(key: string | undefined, facets: readonly Facet[]): void {
    if (key === undefined) return;
    if (this.#entries.size >= REMEMBERED) this.#entries.clear();
    this.#entries.set(key, facets);
  }

  /** Anything written may change any count. */
  clear(): void {
    if (this.#entries.size > 0) this.#entries.clear();
  }
}
