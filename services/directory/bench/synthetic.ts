/**
 * Synthetic experts for benchmarks and load tests: profiles shaped like the real network (name
 * frequencies, provinces by population, ministry staff in Hà Nội, mostly intermediate and
 * advanced skills, a minority hiding fields) so that index sizes, token counts, facet spreads and
 * visibility filtering behave as they would in production, which uniform random data would not.
 *
 * Deterministic: the same seed and `now` give the same profiles in the same order, and the first
 * n profiles of a longer run are the n of a shorter one, so a benchmark can be re-run and a
 * failing profile regenerated. Nothing here is a real person: names are drawn independently and
 * every email carries a serial number.
 */
import {
  foldVietnamese,
  listOrganisations,
  vietnamDateOf,
  type Organisation,
} from '@expertnet/platform';
import { MESSAGES } from '../src/domain/messages.ts';
import { CAPITAL_PROVINCE_CODE, profileIdFor } from '../src/domain/profiles.ts';
import type {
  Availability,
  AvailabilityStatus,
  ContactChannel,
  Credential,
  ExpertProfile,
  ExpertSkill,
  LanguageLevel,
  LanguageSkill,
  LocalizedText,
  MentoringModality,
  MentoringOffer,
  SkillDefinition,
  SkillLevel,
  Visibility,
  VisibilityField,
  VisibilitySettings,
} from '../src/domain/types.ts';
import { DEFAULT_VISIBILITY } from '../src/domain/visibility.ts';
import { DEFAULT_SECTORS } from '../src/reference/sectors.ts';
import { DEFAULT_TAXONOMY } from '../src/reference/taxonomy.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

interface Weighted<T> {
  readonly items: readonly T[];
  readonly cumulative: readonly number[];
  readonly total: number;
}

function weighted<T>(entries: readonly (readonly [T, number])[]): Weighted<T> {
  let total = 0;
  const cumulative = entries.map(([, weight]) => (total += weight));
  return { items: entries.map(([item]) => item), cumulative, total };
}

/** "Nguyễn 38.4, Trần 11": word-weight pairs, so the frequency tables read like the sources. */
function wordTable(text: string): Weighted<string> {
  return weighted(
    text.split(',').map((pair): readonly [string, number] => {
      const [word = '', weight = '1'] = pair.trim().split(' ');
      return [word, Number(weight)];
    }),
  );
}

function itemAt<T>(list: readonly T[], index: number): T {
  const item = list[index];
  if (item === undefined) throw new RangeError(`no item ${index} of ${list.length}`);
  return item;
}

/** Two hex digits per byte: a table beats toString(16) and padding, three times per profile. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * mulberry32: tiny and fast, with a 2^32 period that half a million profiles (about a hundred
 * draws each) stay far below; statistical quality beyond that is not what synthetic data needs.
 */
function randomSource(seed: number) {
  let state = seed >>> 0;
  const uint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => uint32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => itemAt(list, Math.floor(next() * list.length));
  const draw = <T>(table: Weighted<T>): T => {
    const target = next() * table.total;
    const index = table.cumulative.findIndex((bound) => target < bound);
    return itemAt(table.items, index === -1 ? table.items.length - 1 : index);
  };
  /** `count` distinct draws; the tables are much larger than the counts asked, so retries are rare. */
  const drawDistinct = <T>(table: Weighted<T>, count: number): T[] => {
    const chosen = new Set<T>();
    const wanted = Math.min(count, table.items.length);
    while (chosen.size < wanted) chosen.add(draw(table));
    return [...chosen];
  };
  const hex = (word: number) =>
    itemAt(HEX_BYTES, word >>> 24) +
    itemAt(HEX_BYTES, (word >>> 16) & 0xff) +
    itemAt(HEX_BYTES, (word >>> 8) & 0xff) +
    itemAt(HEX_BYTES, word & 0xff);
  /** A version-4-shaped UUID, for ids that stand in for ones other services assign at random. */
  const uuid = () => {
    const a = hex(uint32());
    const b = hex(uint32());
    const c = hex(uint32());
    const d = hex(uint32());
    const variant = ((parseInt(c[0] ?? '0', 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  };
  return { next, int, chance: (p: number) => next() < p, pick, draw, drawDistinct, uuid };
}

type Random = ReturnType<typeof randomSource>;

// ---------------------------------------------------------------------------------------------
// People

/** Shares of the population in percent (Hoàng and Huỳnh, Vũ and Võ are one name, see below). */
const FAMILY_NAMES = wordTable(
  'Nguyễn 38.4, Trần 11, Lê 9.5, Phạm 7.1, Hoàng 5.1, Phan 4.5, Vũ 3.9, Đặng 2.1, Bùi 2, ' +
    'Đỗ 1.4, Hồ 1.3, Ngô 1.3, Dương 1, Lý 0.5, Đinh 0.8, Trương 0.7, Đoàn 0.5, Lâm 0.5, ' +
    'Mai 0.5, Trịnh 0.5, Đào 0.5, Cao 0.4, Lương 0.4, Hà 0.4, Lưu 0.3, Tạ 0.3, Phùng 0.2, ' +
    'Triệu 0.2, Nông 0.2, Thái 0.2, Tô 0.2, Chu 0.2, Quách 0.1, Kiều 0.1, Vương 0.1, Lại 0.1',
);
/** The same names written the southern way, more common from Đà Nẵng southwards. */
const SOUTHERN_SPELLING: Readonly<Record<string, string>> = { Hoàng: 'Huỳnh', Vũ: 'Võ' };

const MALE_MIDDLE_NAMES = wordTable(
  'Văn 30, Đức 10, Minh 10, Quang 8, Hữu 8, Đình 5, Thanh 6, Anh 5, Công 5, Xuân 5, Quốc 5, ' +
    'Tuấn 4, Trọng 4, Duy 4, Mạnh 3, Hoàng 3, Ngọc 3, Việt 3, Tiến 3, Thành 3, Trung 2, Bá 2',
);
const FEMALE_MIDDLE_NAMES = wordTable(
  'Thị 45, Ngọc 8, Thu 6, Thanh 6, Hồng 5, Minh 4, Thùy 4, Phương 4, Kim 4, Mai 3, Bích 3, ' +
    'Khánh 3, Thúy 3, Hoài 2, Diệu 2, Hải 2, Lan 2, Quỳnh 2',
);
/** "Nguyễn Thị Thu Hương": a second middle name after Thị. */
const SECOND_FEMALE_MIDDLE_NAMES = wordTable(
  'Thu 5, Thanh 4, Ngọc 4, Minh 3, Hồng 3, Thùy 3, Phương 3, Kim 2, Mai 2, Bích 2, Hoài 1, Diệu 1',
);
const MALE_GIVEN_NAMES = wordTable(
  'An 2, Anh 4, Bình 2, Cường 3, Dũng 4, Đạt 3, Đức 3, Giang 1, Hải 3, Hiếu 2, Hòa 2, ' +
    'Hoàng 2, Hùng 4, Hưng 3, Huy 4, Khánh 2, Kiên 2, Lâm 2, Long 3, Minh 4, Nam 4, Nghĩa 2, ' +
    'Phong 2, Phúc 2, Quân 2, Quang 3, Sơn 3, Tài 2, Thành 3, Thắng 3, Thịnh 2, Toàn 2, ' +
    'Trung 3, Tú 2, Tuấn 4, Tùng 3, Việt 2, Vinh 2',
);
const FEMALE_GIVEN_NAMES = wordTable(
  'An 2, Anh 4, Chi 2, Dung 2, Giang 2, Hà 3, Hạnh 2, Hằng 3, Hiền 2, Hoa 2, Hòa 1, Hồng 2, ' +
    'Huyền 3, Hương 4, Khánh 1, Lan 3, Liên 2, Linh 4, Loan 2, Mai 3, Minh 1, My 2, Nga 3, ' +
    'Ngân 2, Ngọc 3, Nhung 2, Oanh 2, Phương 3, Quỳnh 3, Tâm 2, Thảo 4, Thủy 3, Trang 4, ' +
    'Uyên 2, Vân 3, Yến 3',
);

/** Public-sector digital teams lean male, not overwhelmingly. */
const MALE_SHARE = 0.58;

interface PersonName {
  readonly family: string;
  readonly middle: readonly string[];
  readonly given: string;
}

function personName(random: Random, southern: boolean): PersonName {
  const drawn = random.draw(FAMILY_NAMES);
  const southernForm = SOUTHERN_SPELLING[drawn];
  const family =
    southernForm !== undefined && random.chance(southern ? 0.75 : 0.15) ? southernForm : drawn;
  const male = random.chance(MALE_SHARE);
  const middle = [random.draw(male ? MALE_MIDDLE_NAMES : FEMALE_MIDDLE_NAMES)];
  if (!male && middle[0] === 'Thị' && random.chance(0.2)) {
    middle.push(random.draw(SECOND_FEMALE_MIDDLE_NAMES));
  }
  let given = random.draw(male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  // "Minh Minh" or "Hoàng Hoàng" is not a name anyone is given.
  while (middle.includes(given) || given === family) {
    given = random.draw(male ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  }
  return { family, middle, given };
}

const fullNameOf = (name: PersonName) => [name.family, ...name.middle, name.given].join(' ');
/** Folded once per distinct word: there are a few hundred of them and half a million profiles. */
const asciiCache = new Map<string, string>();
function ascii(text: string): string {
  let folded = asciiCache.get(text);
  if (folded === undefined) {
    folded = foldVietnamese(text).replace(/[^a-z]/g, '');
    asciiCache.set(text, folded);
  }
  return folded;
}

/** The local part of an address, in the styles agencies assign: "annv", "an.nguyenvan", ... */
function mailboxOf(name: PersonName, random: Random): string {
  const given = ascii(name.given);
  const others = [name.family, ...name.middle].map(ascii);
  const style = random.next();
  if (style < 0.45) return given + others.map((part) => part.charAt(0)).join('');
  if (style < 0.8) return `${given}.${others.join('')}`;
  return others.join('') + given;
}

const MOBILE_PREFIXES =
  '090 091 093 094 096 097 098 086 088 083 085 081 032 033 035 036 038 039 070 076 077 079 056 058'.split(
    ' ',
  );

const phoneNumber = (random: Random) =>
  random.pick(MOBILE_PREFIXES) + String(random.int(0, 9_999_999)).padStart(7, '0');

// ---------------------------------------------------------------------------------------------
// Organisations, units and positions

/**
 * Rough populations in millions of the 34 provincial units after the 2025 merger (the merged
 * units' sums), for how many experts each has. A code missing here gets the median weight.
 */
// prettier-ignore
const PROVINCE_POPULATION: Readonly<Record<string, number>> = {
  P01: 8.7, P04: 0.55, P08: 1.8, P11: 0.65, P12: 0.5, P14: 1.3, P15: 1.7, P19: 1.8,
  P20: 0.8, P22: 1.4, P24: 3.6, P25: 4, P31: 4.1, P33: 3.6, P37: 4, P38: 3.7, P40: 3.4,
  P42: 1.3, P44: 1.6, P46: 1.2, P48: 3, P51: 1.9, P52: 3.6, P56: 2.2, P66: 3.3, P68: 3.9,
  P75: 4.5, P79: 14, P80: 3.1, P82: 4.4, P86: 4.3, P91: 3.7, P92: 4.2, P96: 2.6,
};

/** Relative staff numbers of ministries and agencies in the programme; others weigh 1. */
// prettier-ignore
const MINISTRY_WEIGHT: Readonly<Record<string, number>> = {
  BKHCN: 5, BTC: 3, BCA: 2, BYT: 2, BGDDT: 2, BNV: 2, BNNMT: 2, BXD: 2, BCT: 1.5, VPCP: 2,
  NHNN: 1.5, BQP: 0.5, BNG: 0.7, TTCP: 0.5, BDTTG: 0.5, VASS: 0.4, TTXVN: 0.4, VTV: 0.4, VOV: 0.4,
};

/** Share of experts from ministries and central agencies; the rest are provincial staff. */
const CENTRAL_SHARE = 0.22;

/** The sectors a ministry's or department's work belongs to. */
const SECTORS_OF_BODY: Readonly<Record<string, readonly string[]>> = {
  BYT: ['health'],
  BGDDT: ['education'],
  BTC: ['finance', 'planning-investment'],
  BXD: ['construction', 'transport'],
  BCT: ['industry-trade'],
  BNNMT: ['agriculture', 'natural-resources-environment'],
  BTP: ['justice'],
  BNV: ['home-affairs', 'labour', 'social-insurance'],
  BVHTTDL: ['culture-tourism'],
  BKHCN: ['science-technology', 'information-communications'],
  NHNN: ['banking'],
  BDTTG: ['ethnic-religious-affairs'],
  'Sở Y tế': ['health'],
  'Sở Giáo dục và Đào tạo': ['education'],
  'Sở Tài chính': ['finance', 'planning-investment'],
  'Sở Xây dựng': ['construction', 'transport'],
  'Sở Công Thương': ['industry-trade'],
  'Sở Nông nghiệp và Môi trường': ['agriculture', 'natural-resources-environment'],
  'Sở Tư pháp': ['justice'],
  'Sở Nội vụ': ['home-affairs', 'labour'],
  'Sở Văn hóa, Thể thao và Du lịch': ['culture-tourism'],
  'Sở Khoa học và Công nghệ': ['science-technology', 'information-communications'],
};

/** Provincial bodies experts work in ("{level}": "tỉnh" or "thành phố"). */
const PROVINCIAL_BODIES = weighted<string>([
  ['Sở Khoa học và Công nghệ', 20],
  ['Trung tâm Chuyển đổi số', 8],
  ['Trung tâm Công nghệ thông tin và Truyền thông', 5],
  ['Văn phòng UBND {level}', 10],
  ['Trung tâm Phục vụ hành chính công', 6],
  ['Sở Nội vụ', 5],
  ['Sở Tài chính', 6],
  ['Sở Y tế', 6],
  ['Sở Giáo dục và Đào tạo', 6],
  ['Sở Nông nghiệp và Môi trường', 5],
  ['Sở Xây dựng', 4],
  ['Sở Công Thương', 4],
  ['Sở Tư pháp', 3],
  ['Sở Văn hóa, Thể thao và Du lịch', 3],
]);

const CENTRAL_BODIES: Readonly<Record<string, readonly string[]>> = {
  BKHCN: [
    'Cục Chuyển đổi số quốc gia',
    'Cục Bưu điện Trung ương',
    'Cục Công nghiệp công nghệ thông tin',
    'Trung tâm Công nghệ thông tin',
    'Văn phòng Bộ',
  ],
  BTC: ['Cục Tin học và Thống kê tài chính', 'Cục Thuế', 'Cục Hải quan', 'Văn phòng Bộ'],
  BCA: [
    'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
    'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao',
  ],
  VPCP: ['Cục Kiểm soát thủ tục hành chính', 'Vụ Tổng hợp', 'Cổng Thông tin điện tử Chính phủ'],
  NHNN: ['Cục Công nghệ thông tin', 'Vụ Thanh toán'],
};
const GENERIC_CENTRAL_BODIES = [
  'Trung tâm Công nghệ thông tin',
  'Văn phòng Bộ',
  'Vụ Kế hoạch – Tài chính',
  'Vụ Tổ chức cán bộ',
  'Vụ Pháp chế',
];

/** The rooms of a body by its kind (its first word), and the titles of its deputy and head. */
const BODY_KINDS: Readonly<
  Record<string, { readonly rooms: readonly string[]; readonly leaders: readonly [string, string] }>
> = {
  Sở: {
    rooms: [
      'Văn phòng Sở',
      'Phòng Kế hoạch – Tài chính',
      'Phòng Công nghệ thông tin',
      'Phòng Chuyển đổi số',
      'Phòng Tổ chức cán bộ',
    ],
    leaders: ['Phó Giám đốc Sở', 'Giám đốc Sở'],
  },
  'Trung tâm': {
    rooms: [
      'Phòng Hạ tầng kỹ thuật',
      'Phòng Phát triển ứng dụng',
      'Phòng An toàn thông tin',
      'Phòng Dữ liệu số',
      'Phòng Hành chính – Tổng hợp',
    ],
    leaders: ['Phó Giám đốc Trung tâm', 'Giám đốc Trung tâm'],
  },
  'Văn phòng': {
    rooms: ['Phòng Hành chính – Tổ chức', 'Phòng Kiểm soát thủ tục hành chính', 'Phòng Tổng hợp'],
    leaders: ['Phó Chánh Văn phòng', 'Chánh Văn phòng'],
  },
  Cục: {
    rooms: ['Văn phòng Cục', 'Phòng Công nghệ thông tin', 'Phòng Dữ liệu', 'Phòng Tổng hợp'],
    leaders: ['Phó Cục trưởng', 'Cục trưởng'],
  },
  Vụ: {
    rooms: ['Phòng Tổng hợp', 'Phòng Chính sách'],
    leaders: ['Phó Vụ trưởng', 'Vụ trưởng'],
  },
  Cổng: {
    rooms: ['Phòng Biên tập', 'Phòng Kỹ thuật'],
    leaders: ['Phó Giám đốc', 'Giám đốc'],
  },
};

/** 'deputy' and 'head' lead the body; the rest work in one of its rooms. */
const POSITIONS = weighted<string>([
  ['Chuyên viên', 34],
  ['Chuyên viên chính', 24],
  ['Chuyên viên cao cấp', 2],
  ['Phó Trưởng phòng', 16],
  ['Trưởng phòng', 12],
  ['deputy', 7],
  ['head', 2],
]);

interface Workplace {
  readonly organisation: Organisation;
  readonly provinceCode: string;
  readonly position: string;
  readonly unit: string;
  /** The body without the room, e.g. "Sở Y tế", for the bio. */
  readonly body: string;
  readonly bodySectors: readonly string[];
  readonly mailDomain: string;
  readonly southern: boolean;
}

const provinces = listOrganisations({ kinds: ['province'] });
const centralBodies = listOrganisations({
  kinds: ['ministry', 'ministerial-agency', 'government-agency'],
});
const PROVINCE_TABLE = weighted(
  provinces.map((province) => [province, PROVINCE_POPULATION[province.code] ?? 2] as const),
);
const CENTRAL_TABLE = weighted(
  centralBodies.map((body) => [body, MINISTRY_WEIGHT[body.code] ?? 1] as const),
);

const shortProvinceName = (province: Organisation) =>
  province.name.vi.replace(/^(Tỉnh|Thành phố) /, '');

/** "Thành phố Hà Nội" -> "thành phố Hà Nội", as it reads inside a sentence. */
const inSentence = (text: string) =>
  /^(Tỉnh|Thành phố) /.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

const mailDomainOf = (organisation: Organisation) =>
  organisation.kind === 'province'
    ? `${ascii(shortProvinceName(organisation))}.gov.vn`
    : `${organisation.code.toLowerCase()}.gov.vn`;

/** From Đà Nẵng (P48) southwards, by the official codes' north-to-south order. */
const isSouthern = (provinceCode: string) => Number(provinceCode.slice(1)) >= 48;

function workplace(random: Random): Workplace {
  const central = random.chance(CENTRAL_SHARE);
  const organisation = random.draw(central ? CENTRAL_TABLE : PROVINCE_TABLE);
  const level = organisation.name.vi.startsWith('Thành phố') ? 'thành phố' : 'tỉnh';
  const body = central
    ? random.pick(CENTRAL_BODIES[organisation.code] ?? GENERIC_CENTRAL_BODIES)
    : random.draw(PROVINCIAL_BODIES).replace('{level}', level);
  const kind = Object.keys(BODY_KINDS).find((prefix) => body.startsWith(`${prefix} `)) ?? '';
  const shape = BODY_KINDS[kind];
  if (shape === undefined) throw new Error(`no rooms or leaders known for "${body}"`);
  const { rooms, leaders } = shape;
  const drawn = random.draw(POSITIONS);
  const itCentre = kind === 'Trung tâm' && body.includes('Công nghệ thông tin');
  let position = drawn;
  let unit = body;
  if (drawn === 'deputy' || drawn === 'head') {
    position = drawn === 'deputy' ? leaders[0] : leaders[1];
    if (itCentre) position += ' CNTT';
  } else if (rooms.length > 0 && random.chance(0.6)) {
    unit = `${random.pick(rooms)}, ${body}`;
  }
  const provinceCode = central ? CAPITAL_PROVINCE_CODE : organisation.code;
  return {
    organisation,
    provinceCode,
    position,
    unit,
    body,
    bodySectors: SECTORS_OF_BODY[central ? organisation.code : body] ?? [],
    mailDomain: mailDomainOf(organisation),
    southern: isSouthern(provinceCode),
  };
}

// ---------------------------------------------------------------------------------------------
// Skills, sectors, languages

/** How often a skill is held, relative to 2: the programme's core topics come up most. */
const SKILL_POPULARITY: Readonly<Record<string, number>> = {
  'digital-transformation': 12,
  'digital-government': 6,
  'e-government': 5,
  'data-governance': 6,
  cybersecurity: 6,
  'public-service-portal': 5,
  'administrative-procedure-reform': 4,
  interoperability: 4,
  ai: 5,
  'cloud-computing': 4,
  'project-management': 4,
  'change-management': 3,
  'e-office': 3,
  'national-databases': 3,
  'penetration-testing': 1,
  'smart-city': 1.5,
  iot: 1,
  'big-data': 1.5,
};
const SKILL_TABLE = weighted(
  DEFAULT_TAXONOMY.filter((skill) => !skill.deprecated).map(
    (skill) => [skill, SKILL_POPULARITY[skill.code] ?? 2] as const,
  ),
);
const SKILL_COUNTS = weighted([
  [2, 15],
  [3, 25],
  [4, 25],
  [5, 18],
  [6, 10],
  [7, 7],
]);
const SKILL_LEVEL_TABLE = weighted<SkillLevel>([
  ['basic', 12],
  ['intermediate', 40],
  ['advanced', 33],
  ['expert', 15],
]);
/** A programme pass proves intermediate, so a verified skill is never below it. */
const VERIFIED_LEVEL_TABLE = weighted<SkillLevel>([
  ['intermediate', 50],
  ['advanced', 35],
  ['expert', 15],
]);

const SECTOR_CODES = DEFAULT_SECTORS.map((sector) => sector.code);
const SECTOR_TABLE = weighted(SECTOR_CODES.map((code) => [code, 1] as const));
const SECTOR_NAMES = new Map(DEFAULT_SECTORS.map((sector) => [sector.code, sector.name]));
const SECTOR_COUNTS = weighted([
  [1, 40],
  [2, 40],
  [3, 20],
]);

const ENGLISH_LEVELS = weighted<LanguageLevel>([
  ['basic', 25],
  ['working', 45],
  ['fluent', 30],
]);
const OTHER_LANGUAGE_LEVELS = weighted<LanguageLevel>([
  ['basic', 50],
  ['working', 35],
  ['fluent', 15],
]);
/** Each independently: Russian from older officials trained in the Soviet Union, and so on. */
const OTHER_LANGUAGES: readonly (readonly [string, number])[] = [
  ['fr', 0.03],
  ['ru', 0.04],
  ['ja', 0.03],
  ['ko', 0.03],
  ['zh', 0.03],
  ['de', 0.02],
];

function languagesOf(random: Random): LanguageSkill[] {
  const languages: LanguageSkill[] = [{ code: 'vi', level: 'native' }];
  if (random.chance(0.7)) languages.push({ code: 'en', level: random.draw(ENGLISH_LEVELS) });
  for (const [code, share] of OTHER_LANGUAGES) {
    if (random.chance(share)) languages.push({ code, level: random.draw(OTHER_LANGUAGE_LEVELS) });
  }
  return languages;
}

// ---------------------------------------------------------------------------------------------
// Programme history

const TRACKS: readonly LocalizedText[] = [
  {
    vi: 'Chuyên gia chuyển đổi số – Chương trình cơ bản',
    en: 'Digital transformation expert – foundation',
  },
  {
    vi: 'Chuyên gia chuyển đổi số – Chương trình nâng cao',
    en: 'Digital transformation expert – advanced',
  },
  { vi: 'Chuyên gia dữ liệu', en: 'Data specialist' },
  { vi: 'Chuyên gia an toàn thông tin', en: 'Information security specialist' },
  { vi: 'Lãnh đạo chuyển đổi số', en: 'Digital transformation leadership' },
  {
    vi: 'Chính phủ số và dịch vụ công trực tuyến',
    en: 'Digital government and online public services',
  },
];
const MODULES = weighted(
  ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08'].map((code) => [code, 1] as const),
);

const OFFICE_EVIDENCE = [
  'Văn phòng Chương trình thẩm định hồ sơ năng lực',
  'Xác nhận theo kết quả phỏng vấn chuyên môn của Văn phòng Chương trình',
  'Hồ sơ dự án đã triển khai, được Văn phòng Chương trình xác nhận',
];

/** A graduate's programme record before the profile is assembled. */
interface Graduation {
  readonly credential: Credential;
  readonly enrolmentId: string;
  readonly issuedAt: Date;
}

// ---------------------------------------------------------------------------------------------
// Availability, mentoring, bio, visibility

const AVAILABILITY_TABLE = weighted<AvailabilityStatus>([
  ['available', 80],
  ['limited', 13],
  ['unavailable', 7],
]);
const ABSENCE_NOTES: Readonly<Record<Exclude<AvailabilityStatus, 'available'>, readonly string[]>> =
  {
    limited: [
      'Đang tập trung triển khai dự án của đơn vị',
      'Chỉ nhận hỗ trợ trực tuyến',
      'Kiêm nhiệm nhiều việc đến cuối quý',
      '',
    ],
    unavailable: [
      'Đang tham gia khóa đào tạo dài hạn',
      'Nghỉ thai sản',
      'Đang công tác nước ngoài',
      'Nghỉ phép dài ngày',
      '',
    ],
  };

const MENTEE_COUNTS = weighted([
  [1, 20],
  [2, 35],
  [3, 25],
  [4, 10],
  [5, 10],
]);
const MENTORING_NOTES = [
  'Ưu tiên hỗ trợ cán bộ cấp xã',
  'Có thể trao đổi trực tuyến vào buổi tối',
  'Ưu tiên đồng nghiệp trong cùng tỉnh',
  'Hỗ trợ xây dựng kế hoạch chuyển đổi số của đơn vị',
];

/**
 * Half 'any', a quarter each online and in person, by serial number rather than a draw: the
 * profiles drawn before offers had a modality stay the same (the demo and its tests name them).
 */
const MODALITY_BY_SERIAL: readonly MentoringModality[] = ['any', 'online', 'any', 'in-person'];

const PROJECTS = [
  'hệ thống quản lý văn bản và điều hành',
  'Cổng dịch vụ công của địa phương',
  'nền tảng tích hợp, chia sẻ dữ liệu (LGSP)',
  'trung tâm giám sát, điều hành thông minh (IOC)',
  'kho dữ liệu dùng chung',
  'hệ thống thông tin giải quyết thủ tục hành chính',
  'Đề án 06 về dữ liệu dân cư',
  'cơ sở dữ liệu chuyên ngành',
  'trung tâm giám sát an toàn thông tin (SOC)',
];

/** "Chuyển đổi số" -> "chuyển đổi số", as a skill or sector name reads mid-sentence. */
const lowerFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

interface BioFacts {
  readonly skills: readonly string[];
  readonly sectors: readonly string[];
  readonly body: string;
  readonly place: string;
  readonly graduatedYear: string | undefined;
}

/** Indices of the optional sentences of bioOf, drawn without repeats. */
const BIO_EXTRAS = weighted([0, 1, 2, 3, 4, 5].map((index) => [index, 1] as const));

function bioOf(facts: BioFacts, random: Random): string {
  // Round the skills from a random start, so two sentences name two skills while there are two.
  let cursor = random.int(0, facts.skills.length - 1);
  const skill = () => lowerFirst(itemAt(facts.skills, cursor++ % facts.skills.length));
  const sector = lowerFirst(random.pick(facts.sectors));
  const opening = random.chance(0.5)
    ? `Có ${random.int(3, 25)} năm kinh nghiệm về ${skill()} trong lĩnh vực ${sector}.`
    : `Hiện phụ trách mảng ${skill()} tại ${facts.body}.`;
  const more = [
    () => `Từng tham gia triển khai ${random.pick(PROJECTS)} tại ${facts.place}.`,
    () => `Quan tâm đến ${skill()} và ứng dụng trong lĩnh vực ${sector}.`,
    () => `Sẵn sàng chia sẻ kinh nghiệm về ${skill()} với đồng nghiệp ở các địa phương.`,
    () => `Mong muốn kết nối với các chuyên gia về ${skill()}.`,
    () => `Thành viên tổ công tác chuyển đổi số của ${facts.place}.`,
    () =>
      facts.graduatedYear === undefined
        ? `Tham gia mạng lưới với tư cách chuyên gia mời về ${skill()}.`
        : `Hoàn thành chương trình bồi dưỡng chuyên gia chuyển đổi số năm ${facts.graduatedYear}.`,
  ];
  const sentences = [opening];
  for (const index of random.drawDistinct(BIO_EXTRAS, random.int(0, 2))) {
    sentences.push(itemAt(more, index)());
  }
  return sentences.join(' ');
}

/** Which fields a privacy-minded minority changes, most often the bio and the phone. */
const HIDDEN_FIELDS = weighted<VisibilityField>([
  ['bio', 5],
  ['phone', 5],
  ['skills', 3],
  ['email', 2],
  ['lastActive', 3],
  ['availability', 2],
  ['mentoring', 1],
  ['certificates', 1],
  ['languages', 1],
  ['sectors', 1],
]);

function visibilityOf(random: Random): VisibilitySettings {
  if (!random.chance(0.1)) return {};
  const settings: Partial<Record<VisibilityField, Visibility>> = {};
  for (const field of random.drawDistinct(HIDDEN_FIELDS, random.int(1, 3))) {
    // Mostly hidden from everyone; otherwise moved one step from the default (contact details
    // default to the office, so some open them to the network).
    const wider = DEFAULT_VISIBILITY[field] === 'network' ? 'programme-office' : 'network';
    settings[field] = random.chance(0.6) ? 'only-me' : wider;
  }
  return settings;
}

/** 'none': no preference, left unset as most people leave it. */
const CHANNELS = weighted<ContactChannel | 'none'>([
  ['none', 35],
  ['email', 20],
  ['phone', 15],
  ['zalo', 25],
  ['platform', 5],
]);

// ---------------------------------------------------------------------------------------------
// Profiles

/** Of profiles: graduates of a cohort (the rest were invited by the programme office). */
const GRADUATE_SHARE = 0.85;

/** An instant uniformly between two others. */
const between = (random: Random, from: Date, to: Date) =>
  new Date(from.getTime() + Math.floor(random.next() * Math.max(0, to.getTime() - from.getTime())));

function skillOf(
  definition: SkillDefinition,
  level: SkillLevel,
  verification: { readonly evidence: string; readonly at: Date } | undefined,
): ExpertSkill {
  return verification === undefined
    ? { code: definition.code, name: definition.name, level, source: 'self-declared', evidence: '' }
    : {
        code: definition.code,
        name: definition.name,
        level,
        source: 'verified',
        evidence: verification.evidence,
        verifiedAt: verification.at,
      };
}

/**
 * `count` profiles valid against the domain's rules, for benchmarks. Emails (and so ids) are
 * unique within one run: each carries the profile's serial number.
 */
export function* syntheticProfiles(
  count: number,
  seed: number,
  now: Date,
): Generator<ExpertProfile> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count ${count}`);
  const random = randomSource(seed);
  const nowMs = now.getTime();
  let certificateSerial = 0;

  for (let serial = 1; serial <= count; serial += 1) {
    const place = workplace(random);
    const name = personName(random, place.southern);
    const graduate = random.chance(GRADUATE_SHARE);

    // Newer cohorts are larger, so creation dates lean recent.
    const createdAt = new Date(nowMs - Math.floor((14 + 700 * random.next() ** 1.3) * DAY_MS));

    const graduations: Graduation[] = [];
    if (graduate) {
      const second = createdAt.getTime() + 90 * DAY_MS < nowMs && random.chance(0.08);
      const issued = [createdAt];
      if (second) issued.push(between(random, new Date(createdAt.getTime() + 60 * DAY_MS), now));
      for (const issuedAt of issued) {
        const issuedOn = vietnamDateOf(issuedAt);
        certificateSerial += 1;
        graduations.push({
          credential: {
            certificateId: random.uuid(),
            number: `CDS-${issuedOn.slice(0, 4)}-${String(certificateSerial).padStart(6, '0')}`,
            trackName: random.pick(TRACKS),
            issuedOn,
            revoked: random.chance(0.015),
          },
          enrolmentId: random.uuid(),
          issuedAt,
        });
      }
    }

    // Skills: the programme verified the first few; an invited expert's may be office-verified.
    const definitions = random.drawDistinct(SKILL_TABLE, random.draw(SKILL_COUNTS));
    const verifiedCount = graduate
      ? random.int(1, Math.min(3, definitions.length))
      : random.chance(0.4)
        ? random.int(1, 2)
        : 0;
    const officeEvidence = random.pick(OFFICE_EVIDENCE);
    const skills = definitions.map((definition, index) => {
      if (index >= verifiedCount) {
        return skillOf(definition, random.draw(SKILL_LEVEL_TABLE), undefined);
      }
      const level = random.draw(VERIFIED_LEVEL_TABLE);
      if (graduations.length === 0) {
        return skillOf(definition, level, { evidence: officeEvidence, at: createdAt });
      }
      const graduation = random.pick(graduations);
      // A revoked certificate no longer vouches for a skill: it falls back to self-declared.
      if (graduation.credential.revoked) return skillOf(definition, level, undefined);
      const modules = random.drawDistinct(MODULES, random.int(1, 2));
      return skillOf(definition, level, {
        evidence: MESSAGES.EVIDENCE_CERTIFICATE(graduation.credential.number, modules.sort()),
        at: graduation.issuedAt,
      });
    });

    const sectorCodes = [...place.bodySectors.slice(0, 1)];
    const wantedSectors = random.draw(SECTOR_COUNTS);
    while (sectorCodes.length < wantedSectors) {
      const code = random.draw(SECTOR_TABLE);
      if (!sectorCodes.includes(code)) sectorCodes.push(code);
    }

    // Active over the last year, recently more often; never before the profile existed.
    const activeAt = nowMs - Math.floor(365 * DAY_MS * random.next() ** 2);
    const lastActiveAt = new Date(Math.max(activeAt, createdAt.getTime()));
    const lastGraduation = graduations.at(-1)?.issuedAt ?? createdAt;
    const updatedAt = new Date(
      Math.max(between(random, createdAt, lastActiveAt).getTime(), lastGraduation.getTime()),
    );

    const status = random.draw(AVAILABILITY_TABLE);
    let availability: Availability = { status, until: '', note: '', updatedAt: createdAt };
    if (status !== 'available') {
      // Some "until" days have passed: the sweep (or effectiveAvailability) has work to do.
      let untilMs = nowMs + random.int(-90, 200) * DAY_MS;
      if (untilMs <= createdAt.getTime() + DAY_MS) untilMs = nowMs + random.int(7, 200) * DAY_MS;
      const openEnded = random.chance(0.2);
      const changedAt = between(random, createdAt, new Date(Math.min(nowMs, untilMs - DAY_MS)));
      availability = {
        status,
        until: openEnded ? '' : vietnamDateOf(new Date(untilMs)),
        note: random.pick(ABSENCE_NOTES[status]),
        updatedAt: changedAt,
      };
    }

    const willing = random.chance(0.4);
    const mentoring: MentoringOffer = willing
      ? {
          willing,
          maxMentees: random.draw(MENTEE_COUNTS),
          topicSkillCodes: random.chance(0.5)
            ? []
            : skills.slice(0, random.int(1, 2)).map((skill) => skill.code),
          note: random.chance(0.3) ? random.pick(MENTORING_NOTES) : '',
          modality: itemAt(MODALITY_BY_SERIAL, serial % MODALITY_BY_SERIAL.length),
        }
      : { willing, maxMentees: 0, topicSkillCodes: [], note: '', modality: 'any' };

    const domain = random.chance(0.04) ? 'gmail.com' : place.mailDomain;
    const email = `${mailboxOf(name, random)}${serial}@${domain}`;
    const phone = random.chance(0.85) ? phoneNumber(random) : '';
    const drawnChannel = random.draw(CHANNELS);
    const preferredChannel =
      drawnChannel === 'none'
        ? undefined
        : phone === '' && (drawnChannel === 'phone' || drawnChannel === 'zalo')
          ? 'email'
          : drawnChannel;

    const bio = random.chance(0.9)
      ? bioOf(
          {
            skills: skills.map((skill) => skill.name.vi),
            sectors: sectorCodes.map((code) => SECTOR_NAMES.get(code)?.vi ?? code),
            body: place.body,
            place: inSentence(place.organisation.name.vi),
            graduatedYear: graduations[0]?.credential.issuedOn.slice(0, 4),
          },
          random,
        )
      : '';

    const linked = random.chance(graduate ? 0.85 : 0.7);
    yield {
      id: profileIdFor(email),
      userSubject: linked ? random.uuid() : '',
      origin: graduate ? 'graduate' : 'invited',
      fullName: fullNameOf(name),
      organisationCode: place.organisation.code,
      provinceCode: place.provinceCode,
      position: place.position,
      unit: place.unit,
      bio,
      skills,
      sectorCodes,
      languages: languagesOf(random),
      availability,
      mentoring,
      contact: { email, phone, preferredChannel },
      credentials: graduations.map((graduation) => graduation.credential),
      visibility: visibilityOf(random),
      enrolmentIds: graduations.map((graduation) => graduation.enrolmentId),
      lastActiveAt,
      version: 1,
      createdAt,
      updatedAt,
    };
  }
}
