/**
 * Search filters and facet counts over views in memory. Good for small result sets (a query's
 * candidates); the service can move the same definitions to an aggregation when sets grow. Views
 * are the caller's (visibility.ts), so a withheld field neither matches a filter nor counts.
 */
import { findOrganisation } from '@expertnet/platform';
import { AVAILABILITY_LABELS } from './messages.ts';
import {
  skillRank,
  type AvailabilityStatus,
  type LocalizedText,
  type Sector,
  type SkillLevel,
  type Taxonomy,
} from './types.ts';
import type { ProfileView } from './visibility.ts';

export const FACET_FIELDS = [
  'province',
  'organisation',
  'sector',
  'skill',
  'language',
  'availability',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

export interface FacetBucket {
  /** The code, as used in ExpertFilter. */
  readonly value: string;
  readonly label: LocalizedText;
  readonly count: number;
}

export interface Facet {
  readonly field: FacetField;
  readonly buckets: readonly FacetBucket[];
}

export interface SkillRequirement {
  readonly code: string;
  /** Undefined: any level. */
  readonly minLevel?: SkillLevel | undefined;
  readonly verifiedOnly: boolean;
}

/** All given criteria must hold; within one list any value matches; empty lists are no criterion. */
export interface ExpertFilter {
  readonly provinceCodes: readonly string[];
  readonly organisationCodes: readonly string[];
  readonly sectorCodes: readonly string[];
  readonly skills: readonly SkillRequirement[];
  readonly languageCodes: readonly string[];
  readonly availability: readonly AvailabilityStatus[];
  readonly onlyWillingToMentor: boolean;
  readonly onlyCertified: boolean;
  /** 0: any. */
  readonly activeWithinDays: number;
}

export const NO_FILTER: ExpertFilter = {
  provinceCodes: [],
  organisationCodes: [],
  sectorCodes: [],
  skills: [],
  languageCodes: [],
  availability: [],
  onlyWillingToMentor: false,
  onlyCertified: false,
  activeWithinDays: 0,
};

/** The part of the filter each facet narrows, left out when counting that facet. */
const OWN_CRITERION: Readonly<Record<FacetField, Partial<ExpertFilter>>> = {
  province: { provinceCodes: [] },
  organisation: { organisationCodes: [] },
  sector: { sectorCodes: [] },
  skill: { skills: [] },
  language: { languageCodes: [] },
  availability: { availability: [] },
};

const anyOf = (wanted: readonly string[], held: readonly string[]) =>
  wanted.length === 0 || wanted.some((value) => held.includes(value));

/** Holds a valid programme certificate (as far as the caller may see). */
export const isCertified = (view: ProfileView) =>
  (view.credentials ?? []).some((credential) => !credential.revoked);

export function matchesFilter(view: ProfileView, filter: ExpertFilter, now: Date): boolean {
  const skills = view.skills ?? [];
  const skillsHold = filter.skills.every((requirement) =>
    skills.some(
      (skill) =>
        skill.code === requirement.code &&
        (requirement.minLevel === undefined ||
          skillRank(skill.level) >= skillRank(requirement.minLevel)) &&
        (!requirement.verifiedOnly || skill.source === 'verified'),
    ),
  );
  const activeSince = now.getTime() - filter.activeWithinDays * 86_400_000;
  return (
    anyOf(filter.provinceCodes, [view.provinceCode]) &&
    anyOf(filter.organisationCodes, [view.organisationCode]) &&
    anyOf(filter.sectorCodes, view.sectorCodes ?? []) &&
    skillsHold &&
    anyOf(
      filter.languageCodes,
      (view.languages ?? []).map((language) => language.code),
    ) &&
    anyOf(filter.availability, view.availability === undefined ? [] : [view.availability.status]) &&
    (!filter.onlyWillingToMentor || view.mentoring?.willing === true) &&
    (!filter.onlyCertified || isCertified(view)) &&
    (filter.activeWithinDays === 0 ||
      (view.lastActiveAt !== undefined && view.lastActiveAt.getTime() >= activeSince))
  );
}

function valuesOf(view: ProfileView, field: FacetField): readonly string[] {
  switch (field) {
    case 'province':
      return view.provinceCode === '' ? [] : [view.provinceCode];
    case 'organisation':
      return view.organisationCode === '' ? [] : [view.organisationCode];
    case 'sector':
      return view.sectorCodes ?? [];
    case 'skill':
      return (view.skills ?? []).map((skill) => skill.code);
    case 'language':
      return (view.languages ?? []).map((language) => language.code);
    case 'availability':
      return view.availability === undefined ? [] : [view.availability.status];
  }
}

/** Where bucket labels come from: the taxonomy, the sector list, the organisation registry. */
export interface FacetLabels {
  readonly taxonomy: Taxonomy;
  readonly sectors: ReadonlyMap<string, Sector>;
}

const languageNames = {
  vi: new Intl.DisplayNames(['vi'], { type: 'language' }),
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
};

function labelOf(field: FacetField, value: string, labels: FacetLabels): LocalizedText {
  const fallback = { vi: value, en: value };
  switch (field) {
    case 'province':
    case 'organisation':
      return findOrganisation(value)?.name ?? fallback;
    case 'sector':
      return labels.sectors.get(value)?.name ?? fallback;
    case 'skill':
      return labels.taxonomy.get(value)?.name ?? fallback;
    case 'language':
      return {
        vi: languageNames.vi.of(value) ?? value,
        en: languageNames.en.of(value) ?? value,
      };
    case 'availability':
      return (
        (AVAILABILITY_LABELS as Readonly<Record<string, LocalizedText | undefined>>)[value] ??
        fallback
      );
  }
}

/** Counts of one field over views, most frequent first, ties by value (stable for tests and UI). */
export function countFacet(
  views: readonly ProfileView[],
  field: FacetField,
  labels: FacetLabels,
): Facet {
  const counts = new Map<string, number>();
  for (const view of views) {
    // A profile counts once per bucket even if a value repeats.
    for (const value of new Set(valuesOf(view, field))) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  const buckets = [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([value, count]) => ({ value, label: labelOf(field, value, labels), count }));
  return { field, buckets };
}

/**
 * Facets over the views matching the filter, each counted with its own criterion left out, so a
 * user who picked one province still sees how many experts the other provinces have.
 */
export function computeFacets(
  views: readonly ProfileView[],
  fields: readonly FacetField[],
  filter: ExpertFilter,
  labels: FacetLabels,
  now: Date,
): Facet[] {
  return fields.map((field) => {
    const widened: ExpertFilter = { ...filter, ...OWN_CRITERION[field] };
    return countFacet(
      views.filter((view) => matchesFilter(view, widened, now)),
      field,
      labels,
    );
  });
}
