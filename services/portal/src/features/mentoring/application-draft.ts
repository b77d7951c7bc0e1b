import type { ApplicationDetails, OrganisationCode, PreferredMode } from './types.ts';

/** At most this many topics per application (the contract's limit). */
export const MAX_TOPICS = 10;

/** A mentee's request form, as typed. */
export interface ApplicationDraft {
  readonly programmeId: string;
  readonly topicSkillCodes: readonly string[];
  readonly goals: string;
  readonly preferredMode: PreferredMode;
  /** '' for the mentee's own province. */
  readonly preferredProvince: OrganisationCode | '';
  /** '' for Vietnamese. */
  readonly preferredLanguage: string;
  readonly durationMonths: string;
}

export const EMPTY_APPLICATION: ApplicationDraft = {
  programmeId: '',
  topicSkillCodes: [],
  goals: '',
  preferredMode: 'MEETING_MODE_ANY',
  preferredProvince: '',
  preferredLanguage: '',
  durationMonths: '6',
};

/** The body of POST /mentoring/applications: the caller applies for themselves. */
export function applicationBody(draft: ApplicationDraft): {
  programmeId: string;
  details: ApplicationDetails;
} {
  const months = draft.durationMonths.trim();
  return {
    programmeId: draft.programmeId,
    details: {
      topicSkillCodes: [...draft.topicSkillCodes],
      goals: draft.goals.trim(),
      preferredMode: draft.preferredMode,
      ...(draft.preferredProvince === ''
        ? {}
        : { preferredProvince: { code: draft.preferredProvince } }),
      ...(draft.preferredLanguage === '' ? {} : { preferredLanguage: draft.preferredLanguage }),
      durationMonths: /^\d{1,3}$/.test(months) ? Number(months) : 0,
    },
  };
}

/** Adds the topic, or takes it away; never more than MAX_TOPICS. */
export function toggleTopic(topics: readonly string[], code: string): readonly string[] {
  if (topics.includes(code)) return topics.filter((topic) => topic !== code);
  return topics.length >= MAX_TOPICS ? topics : [...topics, code];
}

/** The API names the list's items ("details.topicSkillCodes[0]"); the form shows them as one. */
export function topicsError(errors: Readonly<Record<string, string>>): string | undefined {
  return Object.entries(errors).find(([field]) => field.startsWith('details.topicSkillCodes'))?.[1];
}
