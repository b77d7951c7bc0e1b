import { enumName, fromPlain, toPlain, type Plain } from '@expertnet/platform';
import {
  ExpertProfileSchema,
  ExpertSkillSchema,
  ExpertSummarySchema,
  FacetFieldSchema,
  FacetSchema,
  MentoringOfferSchema,
  PeerReasonSchema,
  ProfileDetailsSchema,
  SearchOrderSchema,
  SkillDefinitionSchema,
  SkillLevelSchema,
  VisibilitySettingsSchema,
  AvailabilitySchema,
  AvailabilityStatusSchema,
  type ExpertFilter as ExpertFilterMessage,
  type MentoringOffer as MentoringOfferMessage,
  type ProfileDetails as ProfileDetailsMessage,
  type SkillClaim as SkillClaimMessage,
  type SkillDefinition as SkillDefinitionMessage,
  type SkillRequirement as SkillRequirementMessage,
  type VisibilitySettings as VisibilitySettingsMessage,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import {
  summaryOf,
  type Availability,
  type AvailabilityStatus,
  type ExpertFilter,
  type ExpertSkill,
  type Facet,
  type FacetField,
  type MentoringOffer,
  type PeerReason,
  type ProfileDetails,
  type ProfileView,
  type SkillClaim,
  type SkillDefinition,
  type SkillLevel,
  type SkillRequirement,
  type VisibilitySettings,
} from '../domain/index.ts';
import { required } from './context.ts';

// Domain objects mirror the contract (see domain/types.ts), so most mapping is by descriptor.

export const profileMessage = (view: ProfileView) =>
  fromPlain(ExpertProfileSchema, view as unknown as Plain);

export const summaryMessage = (view: ProfileView) =>
  fromPlain(ExpertSummarySchema, summaryOf(view) as unknown as Plain);

export const skillMessage = (skill: ExpertSkill) =>
  fromPlain(ExpertSkillSchema, skill as unknown as Plain);

export const availabilityMessage = (availability: Availability) =>
  fromPlain(AvailabilitySchema, availability as unknown as Plain);

export const mentoringMessage = (offer: MentoringOffer) =>
  fromPlain(MentoringOfferSchema, offer as unknown as Plain);

export const reasonMessage = (reason: PeerReason) =>
  fromPlain(PeerReasonSchema, reason as unknown as Plain);

export const facetMessage = (facet: Facet) => fromPlain(FacetSchema, facet as unknown as Plain);

export const skillDefinitionMessage = (skill: SkillDefinition) =>
  fromPlain(SkillDefinitionSchema, skill as unknown as Plain);

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
export function detailsOf(message: ProfileDetailsMessage): ProfileDetails {
  const plain = toPlain(message, ProfileDetailsSchema) as unknown as Omit<
    ProfileDetails,
    'contact'
  > & {
    readonly contact?: ProfileDetails['contact'];
  };
  return { ...plain, contact: plain.contact ?? { email: '', phone: '' } };
}

/** protovalidate has refused unknown and zero levels, so every claim's level has a name. */
export const claimsOf = (claims: readonly SkillClaimMessage[]): SkillClaim[] =>
  claims.map((claim) => ({
    code: claim.code,
    level: enumName(SkillLevelSchema, claim.level) as SkillLevel,
  }));

export const offerOf = (message: MentoringOfferMessage | undefined): MentoringOffer =>
  toPlain(required(message, 'offer'), MentoringOfferSchema) as unknown as MentoringOffer;

/** UNSPECIFIED entries are left out: they mean the default (visibility.ts). */
export function visibilityOf(message: VisibilitySettingsMessage | undefined): VisibilitySettings {
  const plain = toPlain(required(message, 'visibility'), VisibilitySettingsSchema);
  return Object.fromEntries(Object.entries(plain).filter(([, value]) => value !== undefined));
}

export const requirementsOf = (
  requirements: readonly SkillRequirementMessage[],
): SkillRequirement[] =>
  requirements.map((requirement) => ({
    code: requirement.code,
    minLevel: enumName(SkillLevelSchema, requirement.minLevel) as SkillLevel | undefined,
    verifiedOnly: requirement.verifiedOnly,
  }));

export function filterOf(message: ExpertFilterMessage | undefined): ExpertFilter {
  return {
    provinceCodes: message?.provinces.map((ref) => ref.code) ?? [],
    organisationCodes: message?.organisations.map((ref) => ref.code) ?? [],
    sectorCodes: [...(message?.sectorCodes ?? [])],
    skills: requirementsOf(message?.skills ?? []),
    languageCodes: [...(message?.languageCodes ?? [])],
    availability: (message?.availability ?? []).map(
      (status) => enumName(AvailabilityStatusSchema, status) as AvailabilityStatus,
    ),
    onlyWillingToMentor: message?.onlyWillingToMentor ?? false,
    onlyCertified: message?.onlyCertified ?? false,
    activeWithinDays: message?.activeWithinDays ?? 0,
  };
}

export const facetFieldsOf = (fields: readonly number[]) =>
  fields.map((field) => enumName(FacetFieldSchema, field) as FacetField);

export const searchOrderOf = (order: number) =>
  enumName(SearchOrderSchema, order) as 'relevance' | 'name' | 'last-active' | undefined;
