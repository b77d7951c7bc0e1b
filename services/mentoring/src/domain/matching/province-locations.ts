/**
 * Where each province's administrative centre is, roughly, so matching can tell how far apart an
 * in-person pair would be. Province centres and a straight line are coarse, but people meet in
 * the provincial capital more often than anywhere else, and the guardrail's limit is in hundreds
 * of kilometres. Codes are the platform's (services/platform/src/organisations/provinces.ts).
 */

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/**
 * The 34 units in force since 1 July 2025 sit where their seat is (Decision 19/2025/QĐ-TTg gave
 * each the code of the old unit holding it, so the new P15 Lào Cai is at Yên Bái). The dissolved
 * codes keep their own former centre: a profile not yet moved to the new code is still placed
 * where the person most likely works.
 */
export const PROVINCE_LOCATIONS: Readonly<Record<string, LatLon>> = {
  // In force, unchanged by Resolution 202.
  P01: { lat: 21.028, lon: 105.854 }, // Hà Nội
  P04: { lat: 22.666, lon: 106.258 }, // Cao Bằng
  P11: { lat: 21.386, lon: 103.023 }, // Điện Biên Phủ
  P12: { lat: 22.396, lon: 103.458 }, // Lai Châu
  P14: { lat: 21.327, lon: 103.914 }, // Sơn La
  P20: { lat: 21.853, lon: 106.761 }, // Lạng Sơn
  P22: { lat: 20.951, lon: 107.08 }, // Hạ Long
  P38: { lat: 19.807, lon: 105.776 }, // Thanh Hóa
  P40: { lat: 18.679, lon: 105.681 }, // Vinh
  P42: { lat: 18.343, lon: 105.906 }, // Hà Tĩnh
  P46: { lat: 16.463, lon: 107.59 }, // Huế
  // In force after the merger, at their seat.
  P08: { lat: 21.823, lon: 105.214 }, // Tuyên Quang
  P15: { lat: 21.722, lon: 104.911 }, // Lào Cai, seat at Yên Bái
  P19: { lat: 21.594, lon: 105.848 }, // Thái Nguyên
  P25: { lat: 21.322, lon: 105.402 }, // Phú Thọ, seat at Việt Trì
  P24: { lat: 21.273, lon: 106.194 }, // Bắc Ninh, seat at Bắc Giang
  P33: { lat: 20.646, lon: 106.051 }, // Hưng Yên
  P31: { lat: 20.845, lon: 106.688 }, // Hải Phòng
  P37: { lat: 20.254, lon: 105.975 }, // Ninh Bình, seat at Hoa Lư
  P44: { lat: 17.468, lon: 106.622 }, // Quảng Trị, seat at Đồng Hới
  P48: { lat: 16.054, lon: 108.202 }, // Đà Nẵng
  P51: { lat: 15.12, lon: 108.792 }, // Quảng Ngãi
  P52: { lat: 13.776, lon: 109.224 }, // Gia Lai, seat at Quy Nhơn
  P56: { lat: 12.239, lon: 109.197 }, // Khánh Hòa, seat at Nha Trang
  P66: { lat: 12.667, lon: 108.038 }, // Đắk Lắk, seat at Buôn Ma Thuột
  P68: { lat: 11.94, lon: 108.458 }, // Lâm Đồng, seat at Đà Lạt
  P75: { lat: 10.957, lon: 106.843 }, // Đồng Nai, seat at Biên Hòa
  P79: { lat: 10.776, lon: 106.701 }, // Hồ Chí Minh
  P80: { lat: 10.536, lon: 106.413 }, // Tây Ninh, seat at Tân An
  P82: { lat: 10.36, lon: 106.36 }, // Đồng Tháp, seat at Mỹ Tho
  P86: { lat: 10.254, lon: 105.972 }, // Vĩnh Long
  P91: { lat: 10.012, lon: 105.081 }, // An Giang, seat at Rạch Giá
  P92: { lat: 10.045, lon: 105.747 }, // Cần Thơ
  P96: { lat: 9.177, lon: 105.15 }, // Cà Mau
  // Dissolved on 1 July 2025, at their former centre.
  P02: { lat: 22.823, lon: 104.984 }, // Hà Giang
  P10: { lat: 22.486, lon: 103.97 }, // Lào Cai (old)
  P06: { lat: 22.147, lon: 105.835 }, // Bắc Kạn
  P17: { lat: 20.817, lon: 105.338 }, // Hòa Bình
  P26: { lat: 21.309, lon: 105.605 }, // Vĩnh Yên
  P27: { lat: 21.186, lon: 106.076 }, // Bắc Ninh (old)
  P34: { lat: 20.447, lon: 106.336 }, // Thái Bình
  P30: { lat: 20.94, lon: 106.333 }, // Hải Dương
  P35: { lat: 20.541, lon: 105.914 }, // Phủ Lý
  P36: { lat: 20.42, lon: 106.168 }, // Nam Định
  P45: { lat: 16.816, lon: 107.1 }, // Đông Hà
  P49: { lat: 15.573, lon: 108.474 }, // Tam Kỳ
  P62: { lat: 14.35, lon: 108.0 }, // Kon Tum
  P64: { lat: 13.983, lon: 108.0 }, // Pleiku
  P58: { lat: 11.565, lon: 108.988 }, // Phan Rang – Tháp Chàm
  P54: { lat: 13.096, lon: 109.301 }, // Tuy Hòa
  P60: { lat: 10.928, lon: 108.102 }, // Phan Thiết
  P67: { lat: 12.004, lon: 107.691 }, // Gia Nghĩa
  P70: { lat: 11.535, lon: 106.883 }, // Đồng Xoài
  P74: { lat: 10.98, lon: 106.652 }, // Thủ Dầu Một
  P77: { lat: 10.497, lon: 107.168 }, // Bà Rịa
  P72: { lat: 11.31, lon: 106.098 }, // Tây Ninh (old)
  P87: { lat: 10.46, lon: 105.633 }, // Cao Lãnh
  P83: { lat: 10.241, lon: 106.376 }, // Bến Tre
  P84: { lat: 9.935, lon: 106.345 }, // Trà Vinh
  P89: { lat: 10.386, lon: 105.435 }, // Long Xuyên
  P93: { lat: 9.784, lon: 105.47 }, // Vị Thanh
  P94: { lat: 9.603, lon: 105.98 }, // Sóc Trăng
  P95: { lat: 9.294, lon: 105.727 }, // Bạc Liêu
};

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

function haversineKm(from: LatLon, to: LatLon): number {
  const dLat = radians(to.lat - from.lat);
  const dLon = radians(to.lon - from.lon);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Straight-line km between two provinces' centres; undefined when either code is unknown. */
export function distanceKm(fromCode: string, toCode: string): number | undefined {
  const from = PROVINCE_LOCATIONS[fromCode];
  const to = PROVINCE_LOCATIONS[toCode];
  if (from === undefined || to === undefined) return undefined;
  return fromCode === toCode ? 0 : haversineKm(from, to);
}

/*
 * Ranking asks for one distance per mentor, 10,000 times per mentee: a table indexed by small
 * numbers keeps that to two array reads instead of two lookups and the trigonometry.
 */
const CODES = Object.keys(PROVINCE_LOCATIONS);
const INDEX = new Map(CODES.map((code, index) => [code, index]));
const TABLE = new Float64Array(CODES.length * CODES.length);
for (let from = 0; from < CODES.length; from++) {
  for (let to = 0; to < CODES.length; to++) {
    TABLE[from * CODES.length + to] = distanceKm(CODES[from] ?? '', CODES[to] ?? '') ?? 0;
  }
}

/** The code's row in the distance table; -1 when the code is unknown. */
export function locationIndexOf(code: string): number {
  return INDEX.get(code) ?? -1;
}

/** As distanceKm, by location index; NaN when either is -1 (so comparisons with it are false). */
export function distanceByIndex(from: number, to: number): number {
  if (from < 0 || to < 0) return Number.NaN;
  return TABLE[from * CODES.length + to] ?? Number.NaN;
}
