/**
 * The directory domain's vocabulary. Enum values mirror the proto enums of expertnet.directory.v1
 * in kebab case (SKILL_LEVEL_ADVANCED -> 'advanced'); the UNSPECIFIED zero values have no
 * counterpart: the gRPC layer refuses them (or maps them to a documented default) before calling
 * in. Field names are the proto's in camel case, with a single organisation reference as
 * `organisationCode` (and the province, also an OrganisationRef, as `provinceCode`); the gRPC
 * layer's typed mappers (grpc/mapping/answers.ts, requests.ts) translate field by field.
 * Calendar dates are "YYYY-MM-DD" strings (Vietnam calendar), instants are `Date`s.
 */
import type { LocalizedText } from '@expertnet/platform';

export const PROFILE_ORIGINS = ['graduate', 'invited'] as const;
export type ProfileOrigin = (typeof PROFILE_ORIGINS)[number];

/** Ordered lowest first, as the proto numbers them, so a minimum level compares by index. */
export const SKILL_LEVELS = ['basic', 'intermediate', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const SKILL_SOURCES = ['verified', 'self-declared'] as const;
export type SkillSource = (typeof SKILL_SOURCES)[number];

export const LANGUAGE_LEVELS = ['basic', 'working', 'fluent', 'native'] as const;
export type LanguageLevel = (typeof LANGUAGE_LEVELS)[number];

export const AVAILABILITY_STATUSES = ['available', 'limited', 'unavailable'] as const;
export type AvailabilityStatus = (typeof AVAILABILITY_STATUSES)[number];

/** How an expert mentors; an offer that does not say (UNSPECIFIED, or stored before) is 'any'. */
export const MENTORING_MODALITIES = ['online', 'in-person', 'any'] as const;
export type MentoringModality = (typeof MENTORING_MODALITIES)[number];

export const CONTACT_CHANNELS = ['email', 'phone', 'zalo', 'platform'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const VISIBILITIES = ['network', 'programme-office', 'only-me'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** The optional parts of a profile with their own visibility (VisibilitySettings' fields). */
export const VISIBILITY_FIELDS = [
  'email',
  'phone',
  'bio',
  'skills',
  'sectors',
  'languages',
  'availability',
  'mentoring',
  'certificates',
  'lastActive',
] as const;
export type VisibilityField = (typeof VISIBILITY_FIELDS)[number];

/** Unset entries mean the default (see visibility.ts), as UNSPECIFIED does in the proto. */
export type VisibilitySettings = Partial<Readonly<Record<VisibilityField, Visibility>>>;

/** Text shown to people, Vietnamese first: the kit's, as every service says it. */
export type { LocalizedText };

/** A 1-based rank of a level, as the proto numbers it (basic 1 .. expert 4). */
export const skillRank = (level: SkillLevel) => SKILL_LEVELS.indexOf(level) + 1;

// ---------------------------------------------------------------------------------------------
// Taxonomy

export interface SkillDefinition {
  /** Stable, lower-case, e.g. "data-governance"; never reused for another meaning. */
  readonly code: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly category: string;
  /** Other words search treats as this skill, e.g. "AI", "trí tuệ nhân tạo". */
  readonly aliases: readonly string[];
  /** Kept on profiles that have it, not offered for new claims. */
  readonly deprecated: boolean;
}

/** The taxonomy by code, as the service loads it. */
export type Taxonomy = ReadonlyMap<string, SkillDefinition>;

export interface Sector {
  readonly code: string;
  readonly name: LocalizedText;
}

// ---------------------------------------------------------------------------------------------
// Profiles

export interface ExpertSkill {
  readonly code: string;
  /** From the taxonomy, for display. */
  readonly name: LocalizedText;
  readonly level: SkillLevel;
  readonly source: SkillSource;
  /** What verified it, e.g. "Chứng chỉ CDS-2025-000123, học phần M03"; '' when self-declared. */
  readonly evidence: string;
  readonly verifiedAt?: Date | undefined;
}

export interface LanguageSkill {
  /** ISO 639-1, e.g. "en". */
  readonly code: string;
  readonly level: LanguageLevel;
}

export interface Availability {
  readonly status: AvailabilityStatus;
  /** Limited or unavailable until this day, then available by itself; '' until changed. */
  readonly until: string;
  readonly note: string;
  readonly updatedAt: Date;
}

export interface MentoringOffer {
  readonly willing: boolean;
  readonly maxMentees: number;
  /** Empty: any of the expert's skills. */
  readonly topicSkillCodes: readonly string[];
  readonly note: string;
  readonly modality: MentoringModality;
}

export interface ContactPreferences {
  readonly email: string;
  readonly phone: string;
  /** Undefined: no preference (UNSPECIFIED). */
  readonly preferredChannel?: ContactChannel | undefined;
}

/** A programme certificate the profile rests on (from the cohorts events). */
export interface Credential {
  readonly certificateId: string;
  readonly number: string;
  readonly trackName: LocalizedText;
  readonly issuedOn: string;
  readonly revoked: boolean;
}

export interface ExpertProfile {
  /** Derived from the person's email (profileIdFor), so a redelivered event creates nothing. */
  readonly id: string;
  /** Keycloak subject; '' until the expert first signs in (linked by email). */
  readonly userSubject: string;
  readonly origin: ProfileOrigin;
  readonly fullName: string;
  readonly organisationCode: string;
  readonly provinceCode: string;
  readonly position: string;
  readonly unit: string;
  readonly bio: string;
  readonly skills: readonly ExpertSkill[];
  readonly sectorCodes: readonly string[];
  readonly languages: readonly LanguageSkill[];
  readonly availability: Availability;
  readonly mentoring: MentoringOffer;
  readonly contact: ContactPreferences;
  readonly credentials: readonly Credential[];
  readonly visibility: VisibilitySettings;
  /** Enrolments already applied: a redelivered graduation changes nothing. */
  readonly enrolmentIds: readonly string[];
  readonly lastActiveAt: Date;
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The part of a profile its owner writes in one form (ProfileDetails). */
export interface ProfileDetails {
  readonly position: string;
  readonly unit: string;
  readonly provinceCode: string;
  readonly bio: string;
  readonly sectorCodes: readonly string[];
  readonly languages: readonly LanguageSkill[];
  readonly contact: ContactPreferences;
}

export interface SkillClaim {
  readonly code: string;
  readonly level: SkillLevel;
}
