import type {
  OrganisationCode,
  SkillLevel,
  SupportMode,
  SupportRequestDetails,
  Urgency,
} from './types.ts';

/** The request form as typed: numbers as the text of their inputs, lists as rows. */
export interface RequestDraft {
  readonly title: string;
  readonly description: string;
  readonly sectorCode: string;
  readonly skills: readonly { readonly code: string; readonly minLevel: SkillLevel }[];
  readonly mode: SupportMode;
  readonly provinceCode: string;
  readonly address: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly effortDays: string;
  readonly expertsNeeded: string;
  readonly languageCodes: readonly string[];
  readonly localPlan: string;
  readonly scope: string;
  readonly deliverables: readonly string[];
  readonly urgency: Urgency;
  readonly attachments: readonly { readonly title: string; readonly url: string }[];
  readonly contactName: string;
  readonly contactEmail: string;
  readonly contactPhone: string;
}

export const EMPTY_REQUEST: RequestDraft = {
  title: '',
  description: '',
  sectorCode: '',
  skills: [],
  mode: 'SUPPORT_MODE_ON_SITE',
  provinceCode: '',
  address: '',
  startDate: '',
  endDate: '',
  effortDays: '',
  expertsNeeded: '1',
  languageCodes: [],
  localPlan: '',
  scope: '',
  deliverables: [],
  urgency: 'URGENCY_NORMAL',
  attachments: [],
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

/** A number input's text as the API's integer; 0 for nothing (the service says what is missing). */
function integer(text: string): number {
  const value = Number(text.trim());
  return text.trim() === '' || !Number.isFinite(value) ? 0 : Math.trunc(value);
}

/** What the API takes: blank rows of the lists left out, text trimmed. */
export function requestDetails(draft: RequestDraft): SupportRequestDetails {
  const deliverables = draft.deliverables.map((item) => item.trim()).filter((item) => item !== '');
  const attachments = draft.attachments
    .map((item) => ({ title: item.title.trim(), url: item.url.trim() }))
    .filter((item) => item.title !== '' || item.url !== '');
  return {
    title: draft.title.trim(),
    description: draft.description.trim(),
    sectorCode: draft.sectorCode,
    skills: draft.skills
      .filter((skill) => skill.code !== '')
      .map((skill) => ({ code: skill.code, minLevel: skill.minLevel })),
    mode: draft.mode,
    province: { code: draft.provinceCode as OrganisationCode },
    address: draft.address.trim(),
    startDate: draft.startDate,
    endDate: draft.endDate,
    expertsNeeded: integer(draft.expertsNeeded),
    effortDays: integer(draft.effortDays),
    languageCodes: [...draft.languageCodes],
    localPlan: draft.localPlan.trim(),
    scope: draft.scope.trim(),
    deliverables,
    urgency: draft.urgency,
    attachments,
    contact: {
      fullName: draft.contactName.trim(),
      email: draft.contactEmail.trim(),
      phone: draft.contactPhone.trim(),
    },
  };
}

/** A saved request back in the form. */
export function draftOf(details: SupportRequestDetails | undefined): RequestDraft {
  if (details === undefined) return EMPTY_REQUEST;
  return {
    title: details.title,
    description: details.description,
    sectorCode: details.sectorCode,
    skills: details.skills.map((skill) => ({
      code: skill.code,
      minLevel: skill.minLevel ?? 'SKILL_LEVEL_UNSPECIFIED',
    })),
    mode: details.mode,
    provinceCode: details.province.code,
    address: details.address ?? '',
    startDate: details.startDate,
    endDate: details.endDate,
    effortDays: details.effortDays === undefined ? '' : String(details.effortDays),
    expertsNeeded: String(details.expertsNeeded),
    languageCodes: details.languageCodes ?? [],
    localPlan: details.localPlan ?? '',
    scope: details.scope ?? '',
    deliverables: details.deliverables ?? [],
    urgency: details.urgency ?? 'URGENCY_UNSPECIFIED',
    attachments: details.attachments ?? [],
    contactName: details.contact.fullName,
    contactEmail: details.contact.email,
    contactPhone: details.contact.phone,
  };
}

/** The address matters on site and in hybrid work; remote work needs none. */
export const needsAddress = (mode: SupportMode) => mode !== 'SUPPORT_MODE_REMOTE';

/** A list's row replaced, added or removed, the others kept. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((existing, at) => (at === index ? item : existing));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, at) => at !== index);
}

/**
 * The errors the API names under a list ("details.skills[1].code", "details.skills") for the
 * form's one message beside that list: the first of them.
 */
export function listError(
  errors: Readonly<Record<string, string>>,
  field: string,
): string | undefined {
  const key = Object.keys(errors).find((name) => name === field || name.startsWith(`${field}[`));
  return key === undefined ? undefined : errors[key];
}

/** A version 4 UUID, from crypto.getRandomValues (randomUUID needs a secure context). */
export function newRequestId(
  random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const bytes = random(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
