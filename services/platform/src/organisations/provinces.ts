import {
  HISTORY_START,
  type FormerName,
  type LocalisedName,
  type OrganisationRecord,
} from './organisation.ts';

/**
 * Provincial-level units, before and after Resolution 202/2025/QH15 (in force 1 July 2025),
 * which merged 63 units into 34: 6 centrally-run cities and 28 provinces.
 *
 * Codes are "P" + the official two-digit code. The merged units' codes follow Decision
 * 19/2025/QĐ-TTg, which gave each the code of the old unit holding its administrative seat; that
 * is not always the unit whose name it kept (the new Lào Cai sits in Yên Bái and is P15, while
 * the old Lào Cai, P10, is dissolved). Such a code keeps one record, whose pre-merger name is in
 * `formerNames`, so the code identifies the same place before and after.
 */

const LAST_DAY_OF_63_UNITS = '2025-06-30';

function city(vi: string, en: string): LocalisedName {
  return { vi: `Thành phố ${vi}`, en: `${en} City` };
}

function province(vi: string, en: string): LocalisedName {
  return { vi: `Tỉnh ${vi}`, en: `${en} Province` };
}

function inForce(
  code: string,
  name: LocalisedName,
  formerNames?: FormerName[],
): OrganisationRecord {
  return {
    code,
    kind: 'province',
    name,
    validFrom: HISTORY_START,
    ...(formerNames === undefined ? {} : { formerNames }),
  };
}

function renamedFrom(name: LocalisedName): FormerName[] {
  return [{ name, validTo: LAST_DAY_OF_63_UNITS }];
}

function dissolved(code: string, name: LocalisedName, successorCode: string): OrganisationRecord {
  return {
    code,
    kind: 'province',
    name,
    validFrom: HISTORY_START,
    validTo: LAST_DAY_OF_63_UNITS,
    successorCode,
  };
}

export const PROVINCES: readonly OrganisationRecord[] = [
  // The 11 units Resolution 202 left alone.
  inForce('P01', city('Hà Nội', 'Ha Noi')),
  inForce('P04', province('Cao Bằng', 'Cao Bang')),
  inForce('P11', province('Điện Biên', 'Dien Bien')),
  inForce('P12', province('Lai Châu', 'Lai Chau')),
  inForce('P14', province('Sơn La', 'Son La')),
  inForce('P20', province('Lạng Sơn', 'Lang Son')),
  inForce('P22', province('Quảng Ninh', 'Quang Ninh')),
  inForce('P38', province('Thanh Hóa', 'Thanh Hoa')),
  inForce('P40', province('Nghệ An', 'Nghe An')),
  inForce('P42', province('Hà Tĩnh', 'Ha Tinh')),
  // Became a centrally-run city on 1 January 2025 (Resolution 1314/NQ-UBTVQH15).
  inForce('P46', city('Huế', 'Hue'), [
    { name: province('Thừa Thiên Huế', 'Thua Thien Hue'), validTo: '2024-12-31' },
  ]),

  // The 23 merged units, each followed by the units merged into it.
  inForce('P08', province('Tuyên Quang', 'Tuyen Quang')),
  dissolved('P02', province('Hà Giang', 'Ha Giang'), 'P08'),

  inForce('P15', province('Lào Cai', 'Lao Cai'), renamedFrom(province('Yên Bái', 'Yen Bai'))),
  dissolved('P10', province('Lào Cai', 'Lao Cai'), 'P15'),

  inForce('P19', province('Thái Nguyên', 'Thai Nguyen')),
  dissolved('P06', province('Bắc Kạn', 'Bac Kan'), 'P19'),

  inForce('P25', province('Phú Thọ', 'Phu Tho')),
  dissolved('P17', province('Hòa Bình', 'Hoa Binh'), 'P25'),
  dissolved('P26', province('Vĩnh Phúc', 'Vinh Phuc'), 'P25'),

  inForce('P24', province('Bắc Ninh', 'Bac Ninh'), renamedFrom(province('Bắc Giang', 'Bac Giang'))),
  dissolved('P27', province('Bắc Ninh', 'Bac Ninh'), 'P24'),

  inForce('P33', province('Hưng Yên', 'Hung Yen')),
  dissolved('P34', province('Thái Bình', 'Thai Binh'), 'P33'),

  inForce('P31', city('Hải Phòng', 'Hai Phong')),
  dissolved('P30', province('Hải Dương', 'Hai Duong'), 'P31'),

  inForce('P37', province('Ninh Bình', 'Ninh Binh')),
  dissolved('P35', province('Hà Nam', 'Ha Nam'), 'P37'),
  dissolved('P36', province('Nam Định', 'Nam Dinh'), 'P37'),

  inForce(
    'P44',
    province('Quảng Trị', 'Quang Tri'),
    renamedFrom(province('Quảng Bình', 'Quang Binh')),
  ),
  dissolved('P45', province('Quảng Trị', 'Quang Tri'), 'P44'),

  inForce('P48', city('Đà Nẵng', 'Da Nang')),
  dissolved('P49', province('Quảng Nam', 'Quang Nam'), 'P48'),

  inForce('P51', province('Quảng Ngãi', 'Quang Ngai')),
  dissolved('P62', province('Kon Tum', 'Kon Tum'), 'P51'),

  inForce('P52', province('Gia Lai', 'Gia Lai'), renamedFrom(province('Bình Định', 'Binh Dinh'))),
  dissolved('P64', province('Gia Lai', 'Gia Lai'), 'P52'),

  inForce('P56', province('Khánh Hòa', 'Khanh Hoa')),
  dissolved('P58', province('Ninh Thuận', 'Ninh Thuan'), 'P56'),

  inForce('P66', province('Đắk Lắk', 'Dak Lak')),
  dissolved('P54', province('Phú Yên', 'Phu Yen'), 'P66'),

  inForce('P68', province('Lâm Đồng', 'Lam Dong')),
  dissolved('P60', province('Bình Thuận', 'Binh Thuan'), 'P68'),
  dissolved('P67', province('Đắk Nông', 'Dak Nong'), 'P68'),

  inForce('P75', province('Đồng Nai', 'Dong Nai')),
  dissolved('P70', province('Bình Phước', 'Binh Phuoc'), 'P75'),

  inForce('P79', city('Hồ Chí Minh', 'Ho Chi Minh')),
  dissolved('P74', province('Bình Dương', 'Binh Duong'), 'P79'),
  dissolved('P77', province('Bà Rịa – Vũng Tàu', 'Ba Ria - Vung Tau'), 'P79'),

  inForce('P80', province('Tây Ninh', 'Tay Ninh'), renamedFrom(province('Long An', 'Long An'))),
  dissolved('P72', province('Tây Ninh', 'Tay Ninh'), 'P80'),

  inForce(
    'P82',
    province('Đồng Tháp', 'Dong Thap'),
    renamedFrom(province('Tiền Giang', 'Tien Giang')),
  ),
  dissolved('P87', province('Đồng Tháp', 'Dong Thap'), 'P82'),

  inForce('P86', province('Vĩnh Long', 'Vinh Long')),
  dissolved('P83', province('Bến Tre', 'Ben Tre'), 'P86'),
  dissolved('P84', province('Trà Vinh', 'Tra Vinh'), 'P86'),

  inForce(
    'P91',
    province('An Giang', 'An Giang'),
    renamedFrom(province('Kiên Giang', 'Kien Giang')),
  ),
  dissolved('P89', province('An Giang', 'An Giang'), 'P91'),

  inForce('P92', city('Cần Thơ', 'Can Tho')),
  dissolved('P93', province('Hậu Giang', 'Hau Giang'), 'P92'),
  dissolved('P94', province('Sóc Trăng', 'Soc Trang'), 'P92'),

  inForce('P96', province('Cà Mau', 'Ca Mau')),
  dissolved('P95', province('Bạc Liêu', 'Bac Lieu'), 'P96'),
];
