import { preparePool, type LocalizedText, type MentorPool } from '../../domain/matching/index.ts';
import type { PoolMentor } from '../../domain/index.ts';
import type { PoolRepository } from '../../repositories/pool.repository.ts';

/**
 * The willing mentors prepared for ranking, kept in memory and read again when older than
 * `maxAgeMs`: a suggestion may show a place taken a moment ago (the proposal itself is decided
 * on the mentor's document, never on this copy), while 10,000 mentors are not read per request.
 */
export interface MentorPoolCache {
  /** The pool at most maxAgeMs old. */
  current(): Promise<CachedPool>;
  /** The pool read now (bulk matching plans on the places as they are). */
  fresh(): Promise<CachedPool>;
}

export interface CachedPool {
  readonly mentors: readonly PoolMentor[];
  readonly byId: ReadonlyMap<string, PoolMentor>;
  readonly prepared: MentorPool;
  readonly labelOf: (code: string) => LocalizedText;
}

export function mentorPoolCache(
  pool: PoolRepository,
  now: () => Date,
  maxAgeMs: number,
): MentorPoolCache {
  let cached: { at: number; value: Promise<CachedPool> } | undefined;
  const load = async (): Promise<CachedPool> => {
    const { mentors, labels } = await pool.willingMentorsWithLabels();
    return {
      mentors,
      byId: new Map(mentors.map((mentor) => [mentor.expertId, mentor])),
      prepared: preparePool(mentors),
      labelOf: (code) => labels.get(code) ?? { vi: code, en: code },
    };
  };
  const refresh = () => {
    const value = load();
    cached = { at: now().getTime(), value };
    // A failed read is not kept: the next request reads again.
    value.catch(() => {
      cached = undefined;
    });
    return value;
  };
  return {
    current: () =>
      cached !== undefined && now().getTime() - cached.at < maxAgeMs ? cached.value : refresh(),
    fresh: refresh,
  };
}
