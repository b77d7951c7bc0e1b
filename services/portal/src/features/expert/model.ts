import type { components, operations } from '../../api/gen/schema.ts';

type Schemas = components['schemas'];

export type ExpertProfile = Schemas['ExpertProfile'];
export type ExpertSummary = Schemas['ExpertSummary'];
export type ExpertSkill = Schemas['ExpertSkill'];
export type ProfileDetails = Schemas['ProfileDetails'];
export type LanguageSkill = Schemas['LanguageSkill'];
export type SkillClaim = Schemas['SkillClaim'];
export type MentoringOffer = Schemas['MentoringOffer'];
export type VisibilitySettings = Schemas['VisibilitySettings'];
export type Facet = Schemas['Facet'];
export type FacetBucket = Schemas['FacetBucket'];
export type PeerSuggestion = Schemas['PeerSuggestion'];
export type PeerReason = Schemas['PeerReason'];
export type Session = Schemas['Session'];
export type SkillDefinition = Schemas['SkillDefinition'];
export type Sector = Schemas['Sector'];
export type Organisation = Schemas['Organisation'];
export type OrganisationCode = Schemas['OrganisationRef']['code'];
export type ProvinceCode = NonNullable<ProfileDetails['province']['code']>;

export type SkillLevel = SkillClaim['level'];
export type LanguageLevel = LanguageSkill['level'];
export type AvailabilityStatus = NonNullable<Schemas['Availability']['status']>;
export type SettableAvailability = Exclude<AvailabilityStatus, 'AVAILABILITY_STATUS_UNSPECIFIED'>;
/** UNSPECIFIED (offers made before the field existed) reads as ANY. */
export type MentoringModality = NonNullable<MentoringOffer['modality']>;
export type SettableModality = Exclude<MentoringModality, 'MENTORING_MODALITY_UNSPECIFIED'>;
export type ContactChannel = NonNullable<Schemas['ContactPreferences']['preferredChannel']>;
export type Visibility = NonNullable<VisibilitySettings['email']>;
export type VisibilityField = keyof VisibilitySettings;
export type PeerReasonKind = NonNullable<PeerReason['kind']>;
export type FacetField = NonNullable<Facet['field']>;
export type ProfileOrigin = NonNullable<ExpertProfile['origin']>;
export type AttendanceRecord = Schemas['AttendanceRecord'];
export type AttendanceStatus = NonNullable<Schemas['AttendanceRecord']['status']>;

export type SearchQuery = NonNullable<operations['searchExperts']['parameters']['query']>;
