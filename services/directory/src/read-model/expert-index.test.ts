import { DomainError } from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import {
  FACET_FIELDS,
  findPeers,
  matchesFilter,
  matchExperts,
  NO_FILTER,
  viewProfile,
  type ExpertProfile,
  type Taxonomy,
} from '../domain/index.ts';
import { aProfile, caught, LATER, NOW, SECTORS, TAXONOMY } from '../../test/fixtures.ts';
import {
  createExpertIndex,
  type ExpertIndex,
  type SearchHit,
  type SearchQuery,
} from './expert-index.ts';
import {
  bruteSearch,
  LABELS,
  Random,
  randomFilter,
  randomMatchRequest,
  randomProfile,
  randomQuery,
} from '../../test/random-profiles.ts';

/** Every page of a search, concatenated, checking each page's size on the way. */
function allPages(index: ExpertIndex, query: SearchQuery) {
  const first = index.search(query);
  const hits: SearchHit[] = [...first.hits];
  let cursor = first.nextCursor;
  let pages = 1;
  while (cursor !== '') {
    const page = index.search({ ...query, cursor });
    expect(page.totalCount).toBe(first.totalCount);
    expect(page.facets).toEqual(first.facets);
    expect(page.hits.length).toBeGreaterThan(0);
    hits.push(...page.hits);
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 1000) throw new Error('paging does not end');
  }
  if (hits.length > 0) expect(first.hits).toHaveLength(Math.min(query.pageSize, hits.length));
  return { ...first, hits };
}

function expectSameSearch(
  index: ExpertIndex,
  profiles: Iterable<ExpertProfile>,
  query: SearchQuery,
) {
  const expected = bruteSearch(profiles, query, LABELS);
  const actual = allPages(index, query);
  const context = JSON.stringify({ ...query, now: query.now.toISOString() });
  expect(
    actual.hits.map((hit) => hit.view.id),
    context,
  ).toEqual(expected.hits.map((hit) => hit.view.id));
  expect(actual.hits, context).toEqual(expected.hits);
  expect(actual.totalCount, context).toBe(expected.totalCount);
  expect(actual.facets, context).toEqual(expected.facets);
}

function indexOf(profiles: Iterable<ExpertProfile>): ExpertIndex {
  const index = createExpertIndex(LABELS);
  for (const profile of profiles) index.upsert(profile);
  return index;
}

function randomStore(seed: number, count: number) {
  const random = new Random(seed);
  const profiles = new Map<string, ExpertProfile>();
  for (let serial = 0; serial < count; serial += 1) {
    const profile = randomProfile(random, serial);
    profiles.set(profile.id, profile);
  }
  return { random, profiles };
}

describe('search equals the domain brute force', () => {
  it.each([1, 2, 3])('over random profiles and queries (seed %i)', (seed) => {
    const { random, profiles } = randomStore(seed, 300);
    const index = indexOf(profiles.values());
    expect(index.size).toBe(profiles.size);
    for (let round = 0; round < 120; round += 1) {
      expectSameSearch(index, profiles.values(), randomQuery(random, random.pick([NOW, LATER])));
    }
  });

  it('after random edits, replacements and removals', () => {
    const { random, profiles } = randomStore(7, 250);
    const index = indexOf(profiles.values());
    let serial = 1000;
    for (let round = 0; round < 60; round += 1) {
      for (let edit = 0; edit < 1 + random.integer(40); edit += 1) {
        const ids = [...profiles.keys()];
        const roll = random.next();
        if (roll < 0.3) {
          const id = random.pick(ids);
          profiles.delete(id);
          index.remove(id);
        } else if (roll < 0.6) {
          // Same id, new everything: moves to a new slot.
          const replacement = { ...randomProfile(random, serial), id: random.pick(ids) };
          profiles.set(replacement.id, replacement);
          index.upsert(replacement);
        } else if (roll < 0.8) {
          // Same words, other columns: stays in its slot.
          const old = profiles.get(random.pick(ids));
          if (old === undefined) continue;
          const other = randomProfile(random, serial);
          const edited = {
            ...old,
            availability: other.availability,
            lastActiveAt: other.lastActiveAt,
            languages: other.languages,
            credentials: other.credentials,
            mentoring: other.mentoring,
            skills: old.skills.map((skill) => ({
              ...skill,
              level: random.pick(['basic', 'expert'] as const),
            })),
          };
          profiles.set(edited.id, edited);
          index.upsert(edited);
        } else {
          const added = randomProfile(random, serial);
          profiles.set(added.id, added);
          index.upsert(added);
        }
        serial += 1;
      }
      expect(index.size).toBe(profiles.size);
      expectSameSearch(index, profiles.values(), randomQuery(random, NOW));
    }
  });

  it('after enough replacements to compact the slots', () => {
    const { random, profiles } = randomStore(11, 1500);
    const index = indexOf(profiles.values());
    for (let round = 0; round < 4; round += 1) {
      for (const id of [...profiles.keys()]) {
        const replacement = { ...randomProfile(random, round), id };
        profiles.set(id, replacement);
        index.upsert(replacement);
      }
      for (let query = 0; query < 5; query += 1) {
        expectSameSearch(index, profiles.values(), randomQuery(random, NOW));
      }
    }
    const survivors = [...profiles.keys()].slice(0, 700);
    for (const id of survivors) {
      profiles.delete(id);
      index.remove(id);
    }
    expect(index.size).toBe(profiles.size);
    for (const id of profiles.keys()) expect(index.get(id)).toBe(profiles.get(id));
    for (let query = 0; query < 10; query += 1) {
      expectSameSearch(index, profiles.values(), randomQuery(random, NOW));
    }
  });

  it('keeps name order when one name is inserted at the same place again and again', () => {
    const profiles = new Map<string, ExpertProfile>();
    const index = createExpertIndex(LABELS);
    const add = (profile: ExpertProfile) => {
      profiles.set(profile.id, profile);
      index.upsert(profile);
    };
    add(aProfile({ id: 'a', fullName: 'Lê An' }));
    add(aProfile({ id: 'z', fullName: 'Lê Bình' }));
    const query: SearchQuery = {
      query: '',
      filter: NO_FILTER,
      facets: [],
      order: 'name',
      pageSize: 7,
      cursor: '',
      now: NOW,
    };
    // Ids counting down put each newcomer right after "Lê An": the rank gap halves every time.
    for (let serial = 999; serial > 900; serial -= 1) {
      add(aProfile({ id: `m${serial}`, fullName: 'Trần An' }));
      expect(index.search({ ...query, pageSize: 1 }).hits[0]?.view.id).toBe('a');
    }
    expectSameSearch(index, profiles.values(), query);
  });
});

describe('search edge cases equal the brute force', () => {
  const query = (text: string, order: SearchQuery['order'] = 'relevance'): SearchQuery => ({
    query: text,
    filter: NO_FILTER,
    facets: ['province', 'skill'],
    order,
    pageSize: 7,
    cursor: '',
    now: NOW,
  });

  it('orders unusual names and ids, loaded at once', () => {
    const names = ['', '   ', 'An', 'an', 'Ân', 'Zoë 2', '9x', 'Đỗ 😀', 'Wu Jiang', 'A  B', 'ﬁ'];
    const ids = ['b', 'B', 'a\u0000z', 'a', 'a\u0000', '😀', 'Z', 'é', 'e\u0301'];
    const random = new Random(31);
    const profiles = Array.from({ length: 400 }, (_, serial) =>
      aProfile({
        id: `${random.pick(ids)}${serial % 3 === 0 ? '' : String(serial)}${serial}`,
        fullName: random.pick(names),
      }),
    );
    const index = indexOf(profiles);
    for (const order of ['name', 'relevance', 'last-active'] as const) {
      expectSameSearch(index, profiles, query('', order));
      expectSameSearch(index, profiles, query('an', order));
    }
  });

  it('never finds a replaced or removed profile through its old postings', () => {
    const { profiles } = randomStore(47, 300);
    const rare = aProfile({ id: 'rare', bio: 'Nuôi kangaroo', provinceCode: 'P95' });
    const other = aProfile({ id: 'other', bio: 'Nuôi kangaroo', provinceCode: 'P95' });
    for (const profile of [rare, other]) profiles.set(profile.id, profile);
    const index = indexOf(profiles.values());
    const byWord = query('kangaroo');
    const byProvince = { ...query(''), filter: { ...NO_FILTER, provinceCodes: ['P95'] } };
    expect(index.search(byWord).totalCount).toBe(2);
    expect(index.search(byProvince).totalCount).toBe(2);

    const moved = { ...rare, bio: 'Nuôi bò', provinceCode: 'P01' };
    profiles.set(rare.id, moved);
    index.upsert(moved);
    profiles.delete(other.id);
    index.remove(other.id);
    for (const search of [byWord, byProvince]) expectSameSearch(index, profiles.values(), search);
    expect(index.search(byWord).totalCount).toBe(0);
  });

  it('answers where() over the current profiles only, after replacements and removals', () => {
    const { profiles } = randomStore(53, 200);
    const index = indexOf(profiles.values());
    const inP79 = (profile: { provinceCode: string }) => profile.provinceCode === 'P79';
    const ids = (list: readonly { id: string }[]) => list.map((profile) => profile.id).sort();
    expect(ids(index.where(inP79))).toEqual(ids([...profiles.values()].filter(inP79)));

    const [first, second] = [...profiles.values()];
    if (first === undefined || second === undefined) throw new Error('the store is empty');
    const moved = { ...first, provinceCode: first.provinceCode === 'P79' ? 'P01' : 'P79' };
    profiles.set(moved.id, moved);
    index.upsert(moved);
    profiles.delete(second.id);
    index.remove(second.id);
    expect(ids(index.where(inP79))).toEqual(ids([...profiles.values()].filter(inP79)));
  });

  it('counts facets afresh after a write and on another day', () => {
    const { random, profiles } = randomStore(53, 250);
    const index = indexOf(profiles.values());
    const landing: SearchQuery = { ...query(''), facets: [...FACET_FIELDS] };
    expectSameSearch(index, profiles.values(), landing);
    for (const id of [...profiles.keys()].slice(0, 20)) {
      const edited = { ...randomProfile(random, 0), id };
      profiles.set(id, edited);
      index.upsert(edited);
      expectSameSearch(index, profiles.values(), landing);
    }
    // Availability "until" dates pass between NOW and LATER.
    expectSameSearch(index, profiles.values(), { ...landing, now: LATER });
    index.remove([...profiles.keys()][0] ?? '');
    profiles.delete([...profiles.keys()][0] ?? '');
    expectSameSearch(index, profiles.values(), landing);
  });

  it('keeps to the first eight distinct words of a long query', () => {
    const { profiles } = randomStore(41, 200);
    const index = indexOf(profiles.values());
    expectSameSearch(index, profiles.values(), query('an an chuyen doi so du lieu quan tri xyzzy'));
    expectSameSearch(index, profiles.values(), query('c d s d l q t a nguyen'));
  });

  it('extends what it remembers of a word to profiles added later', () => {
    const { random, profiles } = randomStore(43, 200);
    const index = indexOf(profiles.values());
    const queries = [query('chuyen doi'), query('an'), query('du lieu', 'name')];
    for (const text of queries) expectSameSearch(index, profiles.values(), text);
    for (let serial = 500; serial < 700; serial += 1) {
      const added = randomProfile(random, serial);
      profiles.set(added.id, added);
      index.upsert(added);
      if (serial % 50 === 0) {
        for (const text of queries) expectSameSearch(index, profiles.values(), text);
      }
    }
    for (const text of queries) expectSameSearch(index, profiles.values(), text);
  });
});

describe('paging', () => {
  const { profiles } = randomStore(21, 200);
  const base: SearchQuery = {
    query: '',
    filter: NO_FILTER,
    facets: [],
    order: 'name',
    pageSize: 10,
    cursor: '',
    now: NOW,
  };

  it.each(['relevance', 'name', 'last-active'] as const)(
    'returns every other row once, in order, when rows change between pages (%s)',
    (order) => {
      const index = indexOf(profiles.values());
      const query = { ...base, order, query: order === 'relevance' ? 'an' : '' };
      const before = bruteSearch(profiles.values(), query, LABELS).hits.map((hit) => hit.view.id);
      const first = index.search(query);
      const firstIds = first.hits.map((hit) => hit.view.id);
      // Move a later row to the front, drop another later row, add one that sorts first.
      const moved = before[25] ?? '';
      const dropped = before[30] ?? '';
      const movedProfile = profiles.get(moved);
      if (movedProfile === undefined) throw new Error('too few rows');
      index.upsert({ ...movedProfile, fullName: 'An An An', lastActiveAt: LATER, bio: 'an an an' });
      index.remove(dropped);
      index.upsert(aProfile({ id: '000-new', fullName: 'A An', lastActiveAt: LATER }));
      const rest: string[] = [];
      let cursor = first.nextCursor;
      while (cursor !== '') {
        const page = index.search({ ...query, cursor });
        rest.push(...page.hits.map((hit) => hit.view.id));
        cursor = page.nextCursor;
      }
      const seen = [...firstIds, ...rest];
      expect(seen).not.toContain(dropped);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.filter((id) => id !== moved)).toEqual(
        before.filter((id) => id !== moved && id !== dropped),
      );
    },
  );

  it('refuses a cursor it did not make, or made for another order or query', () => {
    const index = indexOf(profiles.values());
    const query: SearchQuery = { ...base, query: 'an', order: 'relevance', pageSize: 2 };
    const { nextCursor } = index.search(query);
    expect(nextCursor).not.toBe('');
    expect(index.search({ ...query, cursor: nextCursor }).hits).toHaveLength(2);
    // A cursor changed by hand (here its score) no longer carries a matching checksum.
    const parts = JSON.parse(Buffer.from(nextCursor, 'base64url').toString('utf8')) as unknown[];
    const forged = parts.map((part, position) =>
      position === 1 && typeof part === 'number' ? part + 1 : part,
    );
    for (const cursor of [
      'nonsense',
      Buffer.from('[1,"x","y","z"]').toString('base64url'),
      Buffer.from(JSON.stringify(forged)).toString('base64url'),
      nextCursor.slice(0, -2),
    ]) {
      expectInvalidCursor(() => index.search({ ...query, cursor }));
    }
    expectInvalidCursor(() => index.search({ ...query, cursor: nextCursor, order: 'name' }));
    expectInvalidCursor(() => index.search({ ...query, cursor: nextCursor, query: 'binh' }));
    // The same words written otherwise are the same search.
    expect(index.search({ ...query, cursor: nextCursor, query: 'AN' }).hits).toHaveLength(2);
  });
});

function expectInvalidCursor(action: () => unknown) {
  const error = caught(action);
  expect(error).toBeInstanceOf(DomainError);
  expect(error).toMatchObject({
    kind: 'invalid-argument',
    code: 'INVALID_CURSOR',
    message: 'page.cursor is not a cursor of this search',
    violations: [{ field: 'page.cursor' }],
  });
}

describe('visibility and taxonomy', () => {
  const query = (text: string): SearchQuery => ({
    query: text,
    filter: NO_FILTER,
    facets: ['skill', 'sector'],
    order: 'relevance',
    pageSize: 10,
    cursor: '',
    now: NOW,
  });

  it('stops finding a field as soon as an edit hides it', () => {
    const profile = aProfile({ id: 'x', bio: 'Nông nghiệp thông minh', sectorCodes: ['health'] });
    const index = indexOf([profile]);
    expect(index.search(query('nong nghiep')).totalCount).toBe(1);
    expect(index.search(query('chuyen doi')).totalCount).toBe(1);

    index.upsert({
      ...profile,
      visibility: { bio: 'only-me', skills: 'programme-office', sectors: 'only-me' },
    });
    expect(index.search(query('nong nghiep')).totalCount).toBe(0);
    expect(index.search(query('chuyen doi')).totalCount).toBe(0);
    const all = index.search(query(''));
    expect(all.totalCount).toBe(1);
    expect(all.facets).toEqual([
      { field: 'skill', buckets: [] },
      { field: 'sector', buckets: [] },
    ]);
    expect(all.hits[0]?.view.bio).toBeUndefined();
  });

  it('re-derives skill words and labels when the taxonomy changes', () => {
    const profile = aProfile({ id: 'x' });
    const profiles = [profile, aProfile({ id: 'y', fullName: 'Lê Bình', skills: [] })];
    const index = indexOf(profiles);
    expect(index.search(query('hoc may')).totalCount).toBe(0);

    const renamed = new Map(TAXONOMY);
    const governance = TAXONOMY.get('data-governance');
    if (governance === undefined) throw new Error('fixture changed');
    renamed.set('data-governance', {
      ...governance,
      name: { vi: 'Quản trị dữ liệu mới', en: 'New data governance' },
      aliases: ['học máy', 'Big data'],
    });
    const labels = { taxonomy: renamed as Taxonomy, sectors: SECTORS };
    index.setTaxonomy(labels);
    const found = index.search(query('hoc may'));
    expect(found.hits.map((hit) => hit.view.id)).toEqual(['x']);
    expect(found.hits[0]?.matchedSkillCodes).toEqual(['data-governance']);
    expect(
      found.facets[0]?.buckets.find((bucket) => bucket.value === 'data-governance')?.label,
    ).toEqual({
      vi: 'Quản trị dữ liệu mới',
      en: 'New data governance',
    });
    expect(bruteSearch(profiles, query('big da'), labels).hits).toEqual(
      index.search(query('big da')).hits,
    );

    index.setTaxonomy(LABELS);
    expect(index.search(query('hoc may')).totalCount).toBe(0);
  });
});

describe('peers and match equal the domain', () => {
  it('finds the same peers as findPeers over every matching view', () => {
    const { random, profiles } = randomStore(5, 400);
    const index = indexOf(profiles.values());
    const ids = [...profiles.keys()];
    for (let round = 0; round < 80; round += 1) {
      const now = random.pick([NOW, LATER]);
      // Mostly an indexed expert; sometimes someone the index does not hold.
      const self = random.chance(0.9)
        ? profiles.get(random.pick(ids))
        : randomProfile(random, 9999);
      if (self === undefined) continue;
      const selfView = viewProfile(self, random.pick(['network', 'owner'] as const), now);
      const filter = random.chance(0.5) ? NO_FILTER : randomFilter(random);
      const limit = random.pick([1, 5, 20, 500]);
      const candidates = [...profiles.values()]
        .map((profile) => viewProfile(profile, 'network', now))
        .filter((view) => matchesFilter(view, filter, now));
      expect(index.peers(selfView, filter, limit, now)).toEqual(
        findPeers(selfView, candidates, SECTORS, limit),
      );
    }
  });

  it('matches the same experts as matchExperts', () => {
    const { random, profiles } = randomStore(6, 400);
    const index = indexOf(profiles.values());
    const ids = [...profiles.keys()];
    for (let round = 0; round < 80; round += 1) {
      const now = random.pick([NOW, LATER]);
      const request = randomMatchRequest(random, ids);
      const limit = random.pick([1, 5, 20, 500]);
      const views = [...profiles.values()].map((profile) => viewProfile(profile, 'network', now));
      expect(index.match(request, limit, now)).toEqual(
        matchExperts(views, request, now).slice(0, limit),
      );
    }
  });
});
