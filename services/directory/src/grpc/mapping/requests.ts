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
  availabilityStatuses,
  contactChannels,
  facetFields,
  languageLevels,
  mentoringModalities,
  searchOrders,
  skillLevels,
  visibilities,
} from './enums.ts';

// Contract messages → domain objects, reading the generated message types' fields directly.

/** The order a search asks for; unspecified leaves it to the use case. */
export const searchOrderOf = (value: number) => searchOrders.decodeOptional(value, 'order');

/** A field of the domain (camel case) as the contract names it in a violation (snake case). */
const contractName = (field: string) =>
  field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

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
  languages: message.languages.map((language, index) => ({
    code: language.code,
    level: languageLevels.decode(language.level, `details.languages[${index}].level`),
  })),
  contact:
    message.contact === undefined
      ? { email: '', phone: '' }
      : {
          email: message.contact.email,
          phone: message.contact.phone,
          preferredChannel: contactChannels.decodeOptional(
            message.contact.preferredChannel,
            'details.contact.preferred_channel',
          ),
        },
});

/** protovalidate has refused unknown and zero levels, so every claim's level has a name. */
export const claimsOf = (claims: readonly SkillClaimMessage[]): SkillClaim[] =>
  claims.map((claim, index) => ({
    code: claim.code,
    level: skillLevels.decode(claim.level, `skills[${index}].level`),
  }));

/** An offer that does not say how (UNSPECIFIED) is for either way: 'any', as the contract reads it. */
export function offerOf(message: MentoringOfferMessage | undefined): MentoringOffer {
  const offer = required(message, 'offer');
  return {
    willing: offer.willing,
    maxMentees: offer.maxMentees,
    topicSkillCodes: [...offer.topicSkillCodes],
    note: offer.note,
    modality: mentoringModalities.decodeOptional(offer.modality, 'offer.modality') ?? 'any',
  };
}

/** UNSPECIFIED entries are left out: they mean the default (visibility.ts). */
export function visibilityOf(message: VisibilitySettingsMessage | undefined): VisibilitySettings {
  const settings = required(message, 'visibility');
  const chosen: Partial<Record<VisibilityField, Visibility>> = {};
  for (const field of VISIBILITY_FIELDS) {
    const visibility = visibilities.decodeOptional(
      settings[field],
      `visibility.${contractName(field)}`,
    );
    if (visibility !== undefined) chosen[field] = visibility;
  }
  return chosen;
}

/** The requirements of the request's `field` (e.g. "skills", "filter.skills"). */
export const requirementsOf = (
  requirements: readonly SkillRequirementMessage[],
  field: string,
): SkillRequirement[] =>
  requirements.map((requirement, index) => ({
    code: requirement.code,
    minLevel: skillLevels.decodeOptional(requirement.minLevel, `${field}[${index}].min_level`),
    verifiedOnly: requirement.verifiedOnly,
  }));

export function filterOf(message: ExpertFilterMessage | undefined): ExpertFilter {
  return {
    provinceCodes: message?.provinces.map((ref) => ref.code) ?? [],
    organisationCodes: message?.organisations.map((ref) => ref.code) ?? [],
    sectorCodes: [...(message?.sectorCodes ?? [])],
    skills: requirementsOf(message?.skills ?? [], 'filter.skills'),
    languageCodes: [...(message?.languageCodes ?? [])],
    availability: (message?.availability ?? [])
      .map((status, index) =>
        availabilityStatuses.decodeOptional(status, `filter.availability[${index}]`),
      )
      .filter(isDefined),
    onlyWillingToMentor: message?.onlyWillingToMentor ?? false,
    onlyCertified: message?.onlyCertified ?? false,
    activeWithinDays: message?.activeWithinDays ?? 0,
  };
}

/** The facets asked for (an UNSPECIFIED entry, which protovalidate refuses, is left out). */
export const facetFieldsOf = (fields: readonly number[]): FacetField[] =>
  fields
    .map((field, index) => facetFields.decodeOptional(field, `facets[${index}]`))
    .filter(isDefined);
