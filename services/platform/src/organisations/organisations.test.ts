import { describe, expect, it } from 'vitest';
import {
  currentOrganisation,
  findOrganisation,
  isInForceOn,
  listOrganisations,
  nameOn,
  predecessorsOf,
  REFERENCE_DATA_VERSION,
  type Organisation,
  type OrganisationKind,
} from './index.ts';

const everything = listOrganisations({ includeDissolved: true });
const codes = (organisations: readonly Organisation[]) => organisations.map((o) => o.code);
const ofKind = (kind: OrganisationKind, date: string) =>
  everything.filter((o) => o.kind === kind && isInForceOn(o, date));

describe('provinces', () => {
  const current = listOrganisations({ kinds: ['province'] });

  it('has 34 units in force: 6 centrally-run cities and 28 provinces', () => {
    expect(current).toHaveLength(34);
    expect(current.filter((o) => o.name.vi.startsWith('Thành phố '))).toHaveLength(6);
    expect(current.filter((o) => o.name.vi.startsWith('Tỉnh '))).toHaveLength(28);
    expect(current.every((o) => o.validTo === undefined)).toBe(true);
  });

  it('had 63 units, with 63 different names, on the day before Resolution 202', () => {
    const before = ofKind('province', '2025-06-30');
    expect(before).toHaveLength(63);
    expect(new Set(before.map((o) => nameOn(o, '2025-06-30')?.vi)).size).toBe(63);
    expect(ofKind('province', '2025-07-01')).toHaveLength(34);
  });

  it('uses P and the two-digit official code', () => {
    for (const o of everything.filter((o) => o.kind === 'province')) {
      expect(o.code).toMatch(/^P\d{2}$/);
    }
  });

  it('gives every in-force unit predecessors or a pre-2025 existence', () => {
    for (const o of current) {
      expect(o.predecessorCodes.length > 0 || o.validFrom < '2025-01-01').toBe(true);
    }
  });

  it('dissolves merged units on 30 June 2025', () => {
    for (const o of everything.filter((o) => o.kind === 'province' && o.validTo !== undefined)) {
      expect(o.validTo).toBe('2025-06-30');
    }
  });

  it('merges Hà Giang into Tuyên Quang', () => {
    expect(findOrganisation('P02')).toMatchObject({
      name: { vi: 'Tỉnh Hà Giang', en: 'Ha Giang Province' },
      validTo: '2025-06-30',
      successorCode: 'P08',
    });
    expect(currentOrganisation('P02')?.name).toEqual({
      vi: 'Tỉnh Tuyên Quang',
      en: 'Tuyen Quang Province',
    });
    expect(codes(predecessorsOf('P08'))).toEqual(['P02']);
  });

  it('merges Bình Dương and Bà Rịa – Vũng Tàu into TP. Hồ Chí Minh', () => {
    expect(currentOrganisation('P74')?.code).toBe('P79');
    expect(currentOrganisation('P77')?.code).toBe('P79');
    expect(codes(predecessorsOf('P79'))).toEqual(['P74', 'P77']);
    expect(findOrganisation('P79')?.name.vi).toBe('Thành phố Hồ Chí Minh');
  });

  it('merges Quảng Nam into Đà Nẵng', () => {
    expect(currentOrganisation('P49')?.name.vi).toBe('Thành phố Đà Nẵng');
    expect(findOrganisation('P48')?.predecessorCodes).toEqual(['P49']);
  });

  it('keeps the seat’s code when the merged unit took the other name', () => {
    const laoCai = findOrganisation('P15');
    expect(laoCai?.name.vi).toBe('Tỉnh Lào Cai');
    expect(laoCai?.predecessorCodes).toEqual(['P10']);
    expect(laoCai && nameOn(laoCai, '2025-06-30')?.vi).toBe('Tỉnh Yên Bái');
    expect(laoCai && nameOn(laoCai, '2025-07-01')?.vi).toBe('Tỉnh Lào Cai');
    expect(currentOrganisation('P10')?.code).toBe('P15');
  });

  it('records Huế’s change from province to city', () => {
    const hue = findOrganisation('P46');
    expect(hue?.name).toEqual({ vi: 'Thành phố Huế', en: 'Hue City' });
    expect(hue && nameOn(hue, '2024-12-31')?.vi).toBe('Tỉnh Thừa Thiên Huế');
    expect(hue && nameOn(hue, '2025-01-01')?.vi).toBe('Thành phố Huế');
  });
});

describe('ministries and agencies', () => {
  it('has 14 ministries and 3 ministerial-level agencies in force', () => {
    expect(listOrganisations({ kinds: ['ministry'] })).toHaveLength(14);
    expect(codes(listOrganisations({ kinds: ['ministerial-agency'] })).sort()).toEqual([
      'NHNN',
      'TTCP',
      'VPCP',
    ]);
  });

  it('had 18 ministries and 4 ministerial-level agencies before Resolution 176', () => {
    expect(ofKind('ministry', '2025-02-28')).toHaveLength(18);
    expect(ofKind('ministerial-agency', '2025-02-28')).toHaveLength(4);
    expect(ofKind('ministry', '2025-03-01')).toHaveLength(14);
  });

  it.each([
    ['BTTTT', 'BKHCN'],
    ['BKHDT', 'BTC'],
    ['BLDTBXH', 'BNV'],
    ['BGTVT', 'BXD'],
    ['BTNMT', 'BNNMT'],
    ['BNNPTNT', 'BNNMT'],
    ['UBDT', 'BDTTG'],
  ])('resolves %s to %s from 1 March 2025', (dissolved, successor) => {
    expect(findOrganisation(dissolved)?.validTo).toBe('2025-02-28');
    expect(currentOrganisation(dissolved)?.code).toBe(successor);
  });

  it('resolves the ministry that launched the programme to Science and Technology', () => {
    expect(currentOrganisation('BTTTT')?.name).toEqual({
      vi: 'Bộ Khoa học và Công nghệ',
      en: 'Ministry of Science and Technology',
    });
    expect(codes(predecessorsOf('BKHCN'))).toEqual(['BTTTT']);
  });

  it('starts the two newly named ministries on 1 March 2025', () => {
    expect(findOrganisation('BNNMT')).toMatchObject({
      validFrom: '2025-03-01',
      predecessorCodes: ['BNNPTNT', 'BTNMT'],
    });
    expect(findOrganisation('BDTTG')).toMatchObject({
      validFrom: '2025-03-01',
      predecessorCodes: ['UBDT'],
    });
  });
});

describe('the whole data set', () => {
  it('states which legal state it reflects', () => {
    expect(REFERENCE_DATA_VERSION).toBe('2025-07-01');
  });

  it.each(['P01', 'P79', 'P48', 'BKHCN', 'BTC', 'BYT'])(
    'keeps %s, which the Keycloak realm uses, in force',
    (code) => {
      expect(findOrganisation(code)?.validTo).toBeUndefined();
      expect(currentOrganisation(code)?.code).toBe(code);
    },
  );

  it('has unique codes', () => {
    expect(new Set(codes(everything)).size).toBe(everything.length);
  });

  it('links every dissolved unit to an existing successor in force', () => {
    const dissolved = everything.filter((o) => o.validTo !== undefined);
    expect(dissolved).toHaveLength(29 + 7);
    for (const o of dissolved) {
      const successor =
        o.successorCode === undefined ? undefined : findOrganisation(o.successorCode);
      expect(successor, o.code).toBeDefined();
      expect(successor?.validTo, o.code).toBeUndefined();
      expect(successor?.kind === 'province', o.code).toBe(o.kind === 'province');
      expect(successor?.predecessorCodes, o.code).toContain(o.code);
    }
  });

  it('gives units in force no successor, and no successor chain loops', () => {
    for (const o of everything) {
      if (o.validTo === undefined) expect(o.successorCode, o.code).toBeUndefined();
      const seen = new Set<string>();
      for (let step: Organisation | undefined = o; step;) {
        expect(seen.has(step.code), o.code).toBe(false);
        seen.add(step.code);
        step = step.successorCode === undefined ? undefined : findOrganisation(step.successorCode);
      }
      expect(currentOrganisation(o.code)?.validTo).toBeUndefined();
    }
  });

  it('has names with diacritics in Vietnamese and none in English', () => {
    for (const o of everything) {
      expect(o.name.vi).toMatch(/[^\x20-\x7e]/u);
      expect(o.name.en).toMatch(/^[\x20-\x7e]+$/u);
    }
  });

  it('returns frozen organisations', () => {
    const hanoi = findOrganisation('P01');
    expect(Object.isFrozen(hanoi)).toBe(true);
    expect(Object.isFrozen(hanoi?.name)).toBe(true);
    expect(Object.isFrozen(hanoi?.predecessorCodes)).toBe(true);
  });
});

describe('lookups', () => {
  it('finds by exact code only', () => {
    expect(findOrganisation('P01')?.name.vi).toBe('Thành phố Hà Nội');
    expect(findOrganisation('p01')).toBeUndefined();
    expect(findOrganisation('P99')).toBeUndefined();
  });

  it('resolves unknown codes to nothing', () => {
    expect(currentOrganisation('NOPE')).toBeUndefined();
    expect(predecessorsOf('NOPE')).toEqual([]);
  });

  it('is undefined for names on dates a unit was not in force', () => {
    const haGiang = findOrganisation('P02');
    expect(haGiang && nameOn(haGiang, '2025-07-01')).toBeUndefined();
    const bnnmt = findOrganisation('BNNMT');
    expect(bnnmt && nameOn(bnnmt, '2025-02-28')).toBeUndefined();
  });
});

describe('listOrganisations', () => {
  it('lists units in force by default, in Vietnamese order', () => {
    const all = listOrganisations();
    expect(all).toHaveLength(34 + 17 + 5);
    const names = all.map((o) => o.name.vi);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    const provinces = listOrganisations({ kinds: ['province'] }).map((o) => o.name.vi);
    expect(provinces.indexOf('Tỉnh Điện Biên')).toBe(provinces.indexOf('Tỉnh Đắk Lắk') + 1);
    expect(provinces.indexOf('Tỉnh Đắk Lắk')).toBeGreaterThan(provinces.indexOf('Tỉnh Cà Mau'));
  });

  it('includes dissolved units on request', () => {
    expect(listOrganisations({ includeDissolved: true })).toHaveLength(63 + 17 + 7 + 5);
    expect(codes(listOrganisations({ query: 'ha giang' }))).toEqual([]);
    expect(codes(listOrganisations({ query: 'ha giang', includeDissolved: true }))).toEqual([
      'P02',
    ]);
  });

  it('filters by kind, treating an empty list as no filter', () => {
    expect(listOrganisations({ kinds: ['ministry', 'ministerial-agency'] })).toHaveLength(17);
    expect(listOrganisations({ kinds: [] })).toHaveLength(listOrganisations().length);
  });

  it.each([
    ['ha noi', ['P01']],
    ['HÀ NỘI', ['P01']],
    ['dong nai', ['P75']],
    ['Đồng Nai', ['P75']],
    ['ho chi minh', ['P79']],
    ['ba ria vung tau', []],
    ['yen bai', ['P15']],
    ['thua thien', ['P46']],
    ['p48', ['P48']],
    ['bkhcn', ['BKHCN']],
    ['khoa hoc', ['BKHCN', 'VAST', 'VASS']],
    ['ministry of health', ['BYT']],
  ])('finds %j', (query, expected) => {
    expect(codes(listOrganisations({ query }))).toEqual(expected);
  });

  it('combines query and kinds', () => {
    expect(codes(listOrganisations({ query: 'lao cai', includeDissolved: true }))).toEqual([
      'P10',
      'P15',
    ]);
    expect(codes(listOrganisations({ query: 'khoa hoc', kinds: ['ministry'] }))).toEqual(['BKHCN']);
  });

  it('ignores a query without letters or digits', () => {
    expect(listOrganisations({ query: ' – ' })).toHaveLength(listOrganisations().length);
  });
});
