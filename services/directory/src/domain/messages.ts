/**
 * What the directory domain says to people, Vietnamese first and English. Logic refers to entries
 * by key; wording changes (and a reviewer's check of the Vietnamese) happen here only.
 */
import type { AvailabilityStatus, LocalizedText } from './types.ts';

/** Joins display names the way each language lists them. */
const list = (names: readonly string[]) => names.join(', ');

export const AVAILABILITY_LABELS: Readonly<Record<AvailabilityStatus, LocalizedText>> = {
  available: { vi: 'Sẵn sàng', en: 'Available' },
  limited: { vi: 'Hạn chế', en: 'Limited' },
  unavailable: { vi: 'Không sẵn sàng', en: 'Unavailable' },
};

export const MESSAGES = {
  /** Evidence recorded on a skill the programme verified. */
  EVIDENCE_CERTIFICATE: (number: string, moduleCodes: readonly string[]) =>
    moduleCodes.length === 0
      ? `Chứng chỉ ${number}`
      : `Chứng chỉ ${number}, học phần ${list(moduleCodes)}`,
  SHARED_SKILLS: (names: readonly LocalizedText[]): LocalizedText => ({
    vi: `Cùng kỹ năng: ${list(names.map((name) => name.vi))}`,
    en: `Shared skills: ${list(names.map((name) => name.en || name.vi))}`,
  }),
  SAME_SECTOR: (names: readonly LocalizedText[]): LocalizedText => ({
    vi: `Cùng lĩnh vực: ${list(names.map((name) => name.vi))}`,
    en: `Same sector: ${list(names.map((name) => name.en || name.vi))}`,
  }),
  SAME_PROVINCE: (name: LocalizedText): LocalizedText => ({
    vi: `Cùng địa bàn: ${name.vi}`,
    en: `Same province: ${name.en || name.vi}`,
  }),
  SAME_ORGANISATION: (name: LocalizedText): LocalizedText => ({
    vi: `Cùng cơ quan: ${name.vi}`,
    en: `Same organisation: ${name.en || name.vi}`,
  }),
} as const;
