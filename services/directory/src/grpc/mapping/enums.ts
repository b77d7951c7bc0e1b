import { enumCodec } from '@expertnet/platform';
import {
  AvailabilityStatus as AvailabilityStatusEnum,
  ContactChannel as ContactChannelEnum,
  FacetField as FacetFieldEnum,
  LanguageLevel as LanguageLevelEnum,
  MentoringModality as MentoringModalityEnum,
  PeerReasonKind as PeerReasonKindEnum,
  ProfileOrigin as ProfileOriginEnum,
  SearchOrder as SearchOrderEnum,
  SkillLevel as SkillLevelEnum,
  SkillSource as SkillSourceEnum,
  Visibility as VisibilityEnum,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type {
  AvailabilityStatus,
  ContactChannel,
  FacetField,
  LanguageLevel,
  MentoringModality,
  PeerReasonKind,
  ProfileOrigin,
  SkillLevel,
  SkillSource,
  Visibility,
} from '../../domain/index.ts';
import type { SearchQuery } from '../../read-model/expert-index.ts';

// The domain's kebab-case values and the contract's enum numbers, one table per enum: a value
// added on either side without the other is a compile error here. UNSPECIFIED has no domain value.
// The mappers go through the codecs at the end (the kit's enumCodec), never the tables directly.

export const PROFILE_ORIGIN: Readonly<Record<ProfileOrigin, ProfileOriginEnum>> = {
  graduate: ProfileOriginEnum.GRADUATE,
  invited: ProfileOriginEnum.INVITED,
};

export const SKILL_LEVEL: Readonly<Record<SkillLevel, SkillLevelEnum>> = {
  basic: SkillLevelEnum.BASIC,
  intermediate: SkillLevelEnum.INTERMEDIATE,
  advanced: SkillLevelEnum.ADVANCED,
  expert: SkillLevelEnum.EXPERT,
};

export const SKILL_SOURCE: Readonly<Record<SkillSource, SkillSourceEnum>> = {
  verified: SkillSourceEnum.VERIFIED,
  'self-declared': SkillSourceEnum.SELF_DECLARED,
};

export const LANGUAGE_LEVEL: Readonly<Record<LanguageLevel, LanguageLevelEnum>> = {
  basic: LanguageLevelEnum.BASIC,
  working: LanguageLevelEnum.WORKING,
  fluent: LanguageLevelEnum.FLUENT,
  native: LanguageLevelEnum.NATIVE,
};

export const AVAILABILITY_STATUS: Readonly<Record<AvailabilityStatus, AvailabilityStatusEnum>> = {
  available: AvailabilityStatusEnum.AVAILABLE,
  limited: AvailabilityStatusEnum.LIMITED,
  unavailable: AvailabilityStatusEnum.UNAVAILABLE,
};

export const MENTORING_MODALITY: Readonly<Record<MentoringModality, MentoringModalityEnum>> = {
  online: MentoringModalityEnum.ONLINE,
  'in-person': MentoringModalityEnum.IN_PERSON,
  any: MentoringModalityEnum.ANY,
};

export const CONTACT_CHANNEL: Readonly<Record<ContactChannel, ContactChannelEnum>> = {
  email: ContactChannelEnum.EMAIL,
  phone: ContactChannelEnum.PHONE,
  zalo: ContactChannelEnum.ZALO,
  platform: ContactChannelEnum.PLATFORM,
};

export const VISIBILITY: Readonly<Record<Visibility, VisibilityEnum>> = {
  network: VisibilityEnum.NETWORK,
  'programme-office': VisibilityEnum.PROGRAMME_OFFICE,
  'only-me': VisibilityEnum.ONLY_ME,
};

export const FACET_FIELD: Readonly<Record<FacetField, FacetFieldEnum>> = {
  province: FacetFieldEnum.PROVINCE,
  organisation: FacetFieldEnum.ORGANISATION,
  sector: FacetFieldEnum.SECTOR,
  skill: FacetFieldEnum.SKILL,
  language: FacetFieldEnum.LANGUAGE,
  availability: FacetFieldEnum.AVAILABILITY,
};

export const PEER_REASON_KIND: Readonly<Record<PeerReasonKind, PeerReasonKindEnum>> = {
  'shared-skills': PeerReasonKindEnum.SHARED_SKILLS,
  'same-sector': PeerReasonKindEnum.SAME_SECTOR,
  'same-province': PeerReasonKindEnum.SAME_PROVINCE,
  'same-organisation': PeerReasonKindEnum.SAME_ORGANISATION,
  'same-cohort': PeerReasonKindEnum.SAME_COHORT,
};

export const SEARCH_ORDER: Readonly<Record<SearchQuery['order'], SearchOrderEnum>> = {
  relevance: SearchOrderEnum.RELEVANCE,
  name: SearchOrderEnum.NAME,
  'last-active': SearchOrderEnum.LAST_ACTIVE,
};

// The codecs of the tables above: encode, decode (refusing zero and unknown numbers with a field
// violation), decodeOptional (zero is "not set").
export const profileOrigins = enumCodec(PROFILE_ORIGIN);
export const skillLevels = enumCodec(SKILL_LEVEL);
export const skillSources = enumCodec(SKILL_SOURCE);
export const languageLevels = enumCodec(LANGUAGE_LEVEL);
export const availabilityStatuses = enumCodec(AVAILABILITY_STATUS);
export const mentoringModalities = enumCodec(MENTORING_MODALITY);
export const contactChannels = enumCodec(CONTACT_CHANNEL);
export const visibilities = enumCodec(VISIBILITY);
export const facetFields = enumCodec(FACET_FIELD);
export const peerReasonKinds = enumCodec(PEER_REASON_KIND);
export const searchOrders = enumCodec(SEARCH_ORDER);
