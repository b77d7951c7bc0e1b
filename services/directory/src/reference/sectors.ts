/**
 * The default public-sector sectors an expert works in. They follow the fields of state
 * management rather than today's list of ministries: ministries merge (Resolution 176/2025/QH15
 * folded Planning and Investment into Finance, Information and Communications into Science and
 * Technology), but a sector on a profile keeps meaning what the expert chose, so codes outlive
 * those reorganisations.
 */
import type { Sector } from '../domain/types.ts';

const sector = (code: string, vi: string, en: string): Sector =>
  Object.freeze({ code, name: Object.freeze({ vi, en }) });

export const DEFAULT_SECTORS: readonly Sector[] = Object.freeze([
  sector('health', 'Y tế', 'Health'),
  sector('education', 'Giáo dục và đào tạo', 'Education and training'),
  sector('finance', 'Tài chính', 'Finance'),
  sector('planning-investment', 'Kế hoạch và đầu tư', 'Planning and investment'),
  sector('banking', 'Ngân hàng', 'Banking'),
  sector('transport', 'Giao thông vận tải', 'Transport'),
  sector('construction', 'Xây dựng', 'Construction'),
  sector('agriculture', 'Nông nghiệp và phát triển nông thôn', 'Agriculture and rural development'),
  sector(
    'natural-resources-environment',
    'Tài nguyên và môi trường',
    'Natural resources and environment',
  ),
  sector('industry-trade', 'Công Thương', 'Industry and trade'),
  sector('justice', 'Tư pháp', 'Justice'),
  sector('home-affairs', 'Nội vụ', 'Home affairs'),
  sector('labour', 'Lao động, người có công và xã hội', 'Labour, war invalids and social affairs'),
  sector('social-insurance', 'Bảo hiểm xã hội', 'Social insurance'),
  sector('culture-tourism', 'Văn hóa, thể thao và du lịch', 'Culture, sports and tourism'),
  sector(
    'information-communications',
    'Thông tin và truyền thông',
    'Information and communications',
  ),
  sector('science-technology', 'Khoa học và công nghệ', 'Science and technology'),
  sector('ethnic-religious-affairs', 'Dân tộc và tôn giáo', 'Ethnic and religious affairs'),
]);

/** The sectors by code; a code listed twice is refused, as one would shadow the other. */
export function sectorsOf(list: readonly Sector[]): ReadonlyMap<string, Sector> {
  const byCode = new Map<string, Sector>();
  for (const entry of list) {
    if (byCode.has(entry.code)) throw new Error(`sector ${entry.code} listed twice`);
    byCode.set(entry.code, entry);
  }
  return byCode;
}
