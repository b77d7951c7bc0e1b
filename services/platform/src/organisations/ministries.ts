import { HISTORY_START, type OrganisationKind, type OrganisationRecord } from './organisation.ts';

/**
 * The Government's ministries and agencies, before and after Resolution 176/2025/QH15 (in force
 * 1 March 2025), which left 14 ministries and 3 ministerial-level agencies.
 *
 * Codes are the abbreviations used in document numbers (TT-BKHCN, TT-BTC), spelled in ASCII
 * ("BGDDT", not "BGDĐT") so they are safe in tokens, URLs and Keycloak attributes.
 *
 * A ministry that kept its name keeps its code and absorbs the merged ones; one with a new name
 * (Nông nghiệp và Môi trường, Dân tộc và Tôn giáo) is a new unit from 1 March 2025.
 */

const LAST_DAY_BEFORE_RESOLUTION_176 = '2025-02-28';
const RESOLUTION_176_IN_FORCE = '2025-03-01';

function inForce(
  code: string,
  kind: OrganisationKind,
  vi: string,
  en: string,
  validFrom = HISTORY_START,
): OrganisationRecord {
  return { code, kind, name: { vi, en }, validFrom };
}

function dissolved(
  code: string,
  kind: OrganisationKind,
  vi: string,
  en: string,
  successorCode: string,
): OrganisationRecord {
  return {
    code,
    kind,
    name: { vi, en },
    validFrom: HISTORY_START,
    validTo: LAST_DAY_BEFORE_RESOLUTION_176,
    successorCode,
  };
}

export const MINISTRIES_AND_AGENCIES: readonly OrganisationRecord[] = [
  inForce('BQP', 'ministry', 'Bộ Quốc phòng', 'Ministry of National Defence'),
  inForce('BCA', 'ministry', 'Bộ Công an', 'Ministry of Public Security'),
  inForce('BNG', 'ministry', 'Bộ Ngoại giao', 'Ministry of Foreign Affairs'),
  inForce('BNV', 'ministry', 'Bộ Nội vụ', 'Ministry of Home Affairs'),
  inForce('BTP', 'ministry', 'Bộ Tư pháp', 'Ministry of Justice'),
  inForce('BTC', 'ministry', 'Bộ Tài chính', 'Ministry of Finance'),
  inForce('BCT', 'ministry', 'Bộ Công Thương', 'Ministry of Industry and Trade'),
  inForce(
    'BNNMT',
    'ministry',
    'Bộ Nông nghiệp và Môi trường',
    'Ministry of Agriculture and Environment',
    RESOLUTION_176_IN_FORCE,
  ),
  inForce('BXD', 'ministry', 'Bộ Xây dựng', 'Ministry of Construction'),
  inForce(
    'BVHTTDL',
    'ministry',
    'Bộ Văn hóa, Thể thao và Du lịch',
    'Ministry of Culture, Sports and Tourism',
  ),
  inForce('BKHCN', 'ministry', 'Bộ Khoa học và Công nghệ', 'Ministry of Science and Technology'),
  inForce('BGDDT', 'ministry', 'Bộ Giáo dục và Đào tạo', 'Ministry of Education and Training'),
  inForce('BYT', 'ministry', 'Bộ Y tế', 'Ministry of Health'),
  inForce(
    'BDTTG',
    'ministry',
    'Bộ Dân tộc và Tôn giáo',
    'Ministry of Ethnic and Religious Affairs',
    RESOLUTION_176_IN_FORCE,
  ),

  inForce('VPCP', 'ministerial-agency', 'Văn phòng Chính phủ', 'Government Office'),
  inForce('TTCP', 'ministerial-agency', 'Thanh tra Chính phủ', 'Government Inspectorate'),
  inForce('NHNN', 'ministerial-agency', 'Ngân hàng Nhà nước Việt Nam', 'State Bank of Vietnam'),

  // Launched the 1,000-experts programme, so older nominations carry this code.
  dissolved(
    'BTTTT',
    'ministry',
    'Bộ Thông tin và Truyền thông',
    'Ministry of Information and Communications',
    'BKHCN',
  ),
  dissolved(
    'BKHDT',
    'ministry',
    'Bộ Kế hoạch và Đầu tư',
    'Ministry of Planning and Investment',
    'BTC',
  ),
  dissolved(
    'BLDTBXH',
    'ministry',
    'Bộ Lao động – Thương binh và Xã hội',
    'Ministry of Labour, Invalids and Social Affairs',
    'BNV',
  ),
  dissolved('BGTVT', 'ministry', 'Bộ Giao thông vận tải', 'Ministry of Transport', 'BXD'),
  dissolved(
    'BTNMT',
    'ministry',
    'Bộ Tài nguyên và Môi trường',
    'Ministry of Natural Resources and Environment',
    'BNNMT',
  ),
  dissolved(
    'BNNPTNT',
    'ministry',
    'Bộ Nông nghiệp và Phát triển nông thôn',
    'Ministry of Agriculture and Rural Development',
    'BNNMT',
  ),
  dissolved(
    'UBDT',
    'ministerial-agency',
    'Ủy ban Dân tộc',
    'Committee for Ethnic Minority Affairs',
    'BDTTG',
  ),

  // Research and media bodies under the Government that experts commonly come from. Their
  // well-known acronyms serve as codes; Vietnamese ones would be unreadable.
  inForce(
    'VAST',
    'government-agency',
    'Viện Hàn lâm Khoa học và Công nghệ Việt Nam',
    'Vietnam Academy of Science and Technology',
  ),
  inForce(
    'VASS',
    'government-agency',
    'Viện Hàn lâm Khoa học xã hội Việt Nam',
    'Vietnam Academy of Social Sciences',
  ),
  inForce('TTXVN', 'government-agency', 'Thông tấn xã Việt Nam', 'Vietnam News Agency'),
  inForce('VTV', 'government-agency', 'Đài Truyền hình Việt Nam', 'Vietnam Television'),
  inForce('VOV', 'government-agency', 'Đài Tiếng nói Việt Nam', 'Voice of Vietnam'),
];
