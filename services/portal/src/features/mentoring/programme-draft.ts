import type { MatchWeights, OrganisationCode, Programme, ProgrammeSettings } from './types.ts';

/** The six parts of a score, in the order the form and the bars show them. */
export const WEIGHT_PARTS = [
  'skills',
  'topics',
  'language',
  'modality',
  'availability',
  'load',
] as const satisfies readonly (keyof MatchWeights)[];
export type WeightPart = (typeof WEIGHT_PARTS)[number];

/** A programme form's fields, as typed (numbers as the text of their inputs). */
export interface ProgrammeDraft {
  readonly nameVi: string;
  readonly nameEn: string;
  readonly description: string;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly targetPairs: string;
  readonly durationMonths: string;
  readonly mentorCohortIds: readonly string[];
  readonly menteeCohortIds: readonly string[];
  readonly menteeOrganisations: readonly OrganisationCode[];
  readonly certifiedMentorsOnly: boolean;
  readonly weights: Readonly<Record<WeightPart, string>>;
  readonly maxDistanceKm: string;
  readonly respondWithinDays: string;
}

/** The service's own defaults when every weight is 0; the form starts from them. */
export const DEFAULT_WEIGHTS: Readonly<Record<WeightPart, string>> = {
  skills: '5',
  topics: '3',
  language: '1',
  modality: '1',
  availability: '1',
  load: '1',
};

export const EMPTY_PROGRAMME: ProgrammeDraft = {
  nameVi: '',
  nameEn: '',
  description: '',
  opensOn: '',
  closesOn: '',
  targetPairs: '20',
  durationMonths: '6',
  mentorCohortIds: [],
  menteeCohortIds: [],
  menteeOrganisations: [],
  certifiedMentorsOnly: false,
  weights: DEFAULT_WEIGHTS,
  maxDistanceKm: '0',
  respondWithinDays: '7',
};

/** A whole number typed in a field; -1 for anything else, so the API names the field. */
export function wholeNumberOf(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : -1;
}

/** The form's fields for an existing programme. */
export function draftOfProgramme(programme: Programme): ProgrammeDraft {
  const settings = programme.settings;
  if (settings === undefined) return EMPTY_PROGRAMME;
  const rules = settings.rules;
  const weights = rules.weights ?? {};
  const allZero = WEIGHT_PARTS.every((part) => (weights[part] ?? 0) === 0);
  return {
    nameVi: settings.name.vi ?? '',
    nameEn: settings.name.en ?? '',
    description: settings.description ?? '',
    opensOn: settings.opensOn,
    closesOn: settings.closesOn,
    targetPairs: String(settings.targetPairs),
    durationMonths: String(settings.durationMonths),
    mentorCohortIds: rules.mentorCohortIds ?? [],
    menteeCohortIds: rules.menteeCohortIds ?? [],
    menteeOrganisations: (rules.menteeOrganisations ?? []).map((organisation) => organisation.code),
    certifiedMentorsOnly: rules.certifiedMentorsOnly ?? false,
    weights: allZero
      ? DEFAULT_WEIGHTS
      : (Object.fromEntries(
          WEIGHT_PARTS.map((part) => [part, String(weights[part] ?? 0)]),
        ) as Record<WeightPart, string>),
    maxDistanceKm: String(rules.maxDistanceKm ?? 0),
    respondWithinDays: String(rules.respondWithinDays ?? 0),
  };
}

/**
 * The settings the API takes: texts trimmed, an empty English name and description left out,
 * numbers that are not whole numbers sent as -1 (for the API to name the field).
 */
export function settingsOfDraft(draft: ProgrammeDraft): ProgrammeSettings {
  const nameEn = draft.nameEn.trim();
  const description = draft.description.trim();
  return {
    name: { vi: draft.nameVi.trim(), ...(nameEn === '' ? {} : { en: nameEn }) },
    ...(description === '' ? {} : { description }),
    opensOn: draft.opensOn,
    closesOn: draft.closesOn,
    targetPairs: wholeNumberOf(draft.targetPairs),
    durationMonths: wholeNumberOf(draft.durationMonths),
    rules: {
      mentorCohortIds: [...draft.mentorCohortIds],
      menteeCohortIds: [...draft.menteeCohortIds],
      menteeOrganisations: draft.menteeOrganisations.map((code) => ({ code })),
      certifiedMentorsOnly: draft.certifiedMentorsOnly,
      weights: Object.fromEntries(
        WEIGHT_PARTS.map((part) => [part, wholeNumberOf(draft.weights[part])]),
      ),
      maxDistanceKm: wholeNumberOf(draft.maxDistanceKm),
      respondWithinDays: wholeNumberOf(draft.respondWithinDays),
    },
  };
}

/** The form's own checks before it calls: the dates a date input leaves empty. */
export function missingDates(draft: ProgrammeDraft): readonly ('opensOn' | 'closesOn')[] {
  return (['opensOn', 'closesOn'] as const).filter((field) => draft[field] === '');
}

/** Whether today (yyyy-MM-dd in Vietnam) falls in the programme's window. */
export function isOpenOn(programme: Programme, today: string): boolean {
  const settings = programme.settings;
  return settings !== undefined && settings.opensOn <= today && today <= settings.closesOn;
}
