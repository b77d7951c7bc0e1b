import { DomainError } from '@expertnet/platform';
import type {
  ExpertFilter as ExpertFilterMessage,
  MentoringOffer as MentoringOfferMessage,
  ProfileDetails as ProfileDetailsMessage,
  SkillClaim as SkillClaimMessage,
  SkillDefinition as SkillDefinitionMessage,
  SkillRequirement as SkillRequirementMessage,
  VisibilitySettings as VisibilitySettingsMessage,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import {
  AVAILABILITY_STATUSES,
  CONTACT_CHANNELS,
  FACET_FIELDS,
  LANGUAGE_LEVELS,
  SKILL_LEVELS,
  VISIBILITIES,
  VISIBILITY_FIELDS,
  type ExpertFilter,
  type FacetField,
  type MentoringOffer,
  type ProfileDetails,
  type SkillClaim,
  type SkillDefinition,
  type SkillRequirement,
  type Visibility,
  type VisibilityField,
  type VisibilitySettings,
} from '../../domain/index.ts';
import {
  AVAILABILITY_STATUS,
  CONTACT_CHANNEL,
  decoderOf,
  FACET_FIELD,
  LANGUAGE_LEVEL,
  SEARCH_ORDER,
  SKILL_LEVEL,
  VISIBILITY,
} from './enums.ts';

// Contract messages → domain objects, reading the generated message types' fields directly.

export const skillLevelOf = decoderOf(SKILL_LEVEL, SKILL_LEVELS);
export const availabilityStatusOf = decoderOf(AVAILABILITY_STATUS, AVAILABILITY_STATUSES);
const languageLevelOf = decoderOf(LANGUAGE_LEVEL, LANGUAGE_LEVELS);
const contactChannelOf = decoderOf(CONTACT_CHANNEL, CONTACT_CHANNELS);
const visibilityValueOf = decoderOf(VISIBILITY, VISIBILITIES);
const facetFieldOf = decoderOf(FACET_FIELD, FACET_FIELDS);
export const searchOrderOf = decoderOf(SEARCH_ORDER, ['relevance', 'name', 'last-active']);

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

export function required<T>(value: T | undefined, field: string): T {
  if (value === undefined) {
    throw new DomainError('invalid-argument', 'REQUIRED', `${field} is required`, {
      violations: [{ field, description: 'is required' }],
    });
  }
  return value;
}

export const skillDefinitionOf = (message: SkillDefinitionMessage): SkillDefinition => ({
  code: message.code,
  name: { vi: message.name?.vi.trim() ?? '', en: message.name?.en.trim() ?? '' },
  description: {
    vi: message.description?.vi.trim() ?? '',
    en: message.description?.en.trim() ?? '',
  },
  category: message.category,
  aliases: message.aliases.map((alias) => alias.trim()),
  deprecated: message.deprecated,
});

/** A form without contact preferences means none, not "leave them as they were". */
export const detailsOf = (message: ProfileDetailsMessage): ProfileDetails => ({
  position: message.position,
  unit: message.unit,
  provinceCode: message.province?.code ?? '',
  bio: message.bio,
  sectorCodes: [...message.sectorCodes],
  // protovalidate has refused unknown and zero levels before a handler runs.
  languages: message.languages.map((language) => ({
    code: language.code,
    level: required(languageLevelOf(language.level), 'details.languages.level'),
  })),
  contact:
    message.contact === undefined
      ? { email: '', phone: '' }
      : {
          email: message.contact.email,
          phone: message.contact.phone,
          preferredChannel: contactChannelOf(message.contact.preferredChannel),
        },
});

/** protovalidate has refused unknown and zero levels, so every claim's level has a name. */
export const claimsOf = (claims: readonly SkillClaimMessage[]): SkillClaim[] =>
  claims.map((claim) => ({
    code: claim.code,
    level: required(skillLevelOf(claim.level), 'skills.level'),
  }));

export function offerOf(message: MentoringOfferMessage | undefined): MentoringOffer {
  const offer = required(message, 'offer');
  return {
    willing: offer.willing,
    maxMentees: offer.maxMentees,
    topicSkillCodes: [...offer.topicSkillCodes],
    note: offer.note,
  };
}

/** UNSPECIFIED entries are left out: they mean the default (visibility.ts). */
export function visibilityOf(message: VisibilitySettingsMessage | undefined): VisibilitySettings {
  const settings = required(message, 'visibility');
  const chosen: Partial<Record<VisibilityField, Visibility>> = {};
  for (const field of VISIBILITY_FIELDS) {
    const visibility = visibilityValueOf(settings[field]);
    if (visibility !== undefined) chosen[field] = visibility;
  }
  return chosen;
}

export const requirementsOf = (
  requirements: readonly SkillRequirementMessage[],
): SkillRequirement[] =>
  requirements.map((requirement) => ({
    code: requirement.code,
    minLevel: skillLevelOf(requirement.minLevel),
    verifiedOnly: requirement.verifiedOnly,
  }));

export function filterOf(message: ExpertFilterMessage | undefined): ExpertFilter {
  return {
    provinceCodes: message?.provinces.map((ref) => ref.code) ?? [],
    organisationCodes: message?.organisations.map((ref) => ref.code) ?? [],
    sectorCodes: [...(message?.sectorCodes ?? [])],
    skills: requirementsOf(message?.skills ?? []),
    languageCodes: [...(message?.languageCodes ?? [])],
    availability: (message?.availability ?? []).map(availabilityStatusOf).filter(isDefined),
    onlyWillingToMentor: message?.onlyWillingToMentor ?? false,
    onlyCertified: message?.onlyCertified ?? false,
    activeWithinDays: message?.activeWithinDays ?? 0,
  };
}

export const facetFieldsOf = (fields: readonly number[]): FacetField[] =>
  fields.map(facetFieldOf).filter(isDefined);
