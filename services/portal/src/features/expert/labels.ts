import type { MessageKey } from '../../i18n/i18n.tsx';
import type {
  AttendanceStatus,
  AvailabilityStatus,
  ContactChannel,
  FacetField,
  LanguageLevel,
  MentoringModality,
  PeerReasonKind,
  ProfileOrigin,
  SettableAvailability,
  SettableModality,
  SkillLevel,
  Visibility,
} from './model.ts';

/** Labels of the API's enums; a new enum value breaks the build until it has one. */
export const SKILL_LEVELS: readonly SkillLevel[] = [
  'SKILL_LEVEL_BASIC',
  'SKILL_LEVEL_INTERMEDIATE',
  'SKILL_LEVEL_ADVANCED',
  'SKILL_LEVEL_EXPERT',
];

export const SKILL_LEVEL_LABEL: Readonly<
  Record<SkillLevel | 'SKILL_LEVEL_UNSPECIFIED', MessageKey>
> = {
  SKILL_LEVEL_UNSPECIFIED: 'expert.skillLevel.unspecified',
  SKILL_LEVEL_BASIC: 'expert.skillLevel.basic',
  SKILL_LEVEL_INTERMEDIATE: 'expert.skillLevel.intermediate',
  SKILL_LEVEL_ADVANCED: 'expert.skillLevel.advanced',
  SKILL_LEVEL_EXPERT: 'expert.skillLevel.expert',
};

export const LANGUAGE_LEVELS: readonly LanguageLevel[] = [
  'LANGUAGE_LEVEL_BASIC',
  'LANGUAGE_LEVEL_WORKING',
  'LANGUAGE_LEVEL_FLUENT',
  'LANGUAGE_LEVEL_NATIVE',
];

export const LANGUAGE_LEVEL_LABEL: Readonly<Record<LanguageLevel, MessageKey>> = {
  LANGUAGE_LEVEL_BASIC: 'expert.languageLevel.basic',
  LANGUAGE_LEVEL_WORKING: 'expert.languageLevel.working',
  LANGUAGE_LEVEL_FLUENT: 'expert.languageLevel.fluent',
  LANGUAGE_LEVEL_NATIVE: 'expert.languageLevel.native',
};

export const AVAILABILITY_STATUSES: readonly SettableAvailability[] = [
  'AVAILABILITY_STATUS_AVAILABLE',
  'AVAILABILITY_STATUS_LIMITED',
  'AVAILABILITY_STATUS_UNAVAILABLE',
];

export const AVAILABILITY_LABEL: Readonly<Record<AvailabilityStatus, MessageKey>> = {
  AVAILABILITY_STATUS_UNSPECIFIED: 'expert.availability.unspecified',
  AVAILABILITY_STATUS_AVAILABLE: 'expert.availability.available',
  AVAILABILITY_STATUS_LIMITED: 'expert.availability.limited',
  AVAILABILITY_STATUS_UNAVAILABLE: 'expert.availability.unavailable',
};

export const AVAILABILITY_TONE: Readonly<
  Record<AvailabilityStatus, 'good' | 'warn' | 'bad' | 'neutral'>
> = {
  AVAILABILITY_STATUS_UNSPECIFIED: 'neutral',
  AVAILABILITY_STATUS_AVAILABLE: 'good',
  AVAILABILITY_STATUS_LIMITED: 'warn',
  AVAILABILITY_STATUS_UNAVAILABLE: 'bad',
};

export const MENTORING_MODALITIES: readonly SettableModality[] = [
  'MENTORING_MODALITY_ONLINE',
  'MENTORING_MODALITY_IN_PERSON',
  'MENTORING_MODALITY_ANY',
];

/** An offer that does not say how (UNSPECIFIED) is for either way, as the API reads it. */
export const MENTORING_MODALITY_LABEL: Readonly<Record<MentoringModality, MessageKey>> = {
  MENTORING_MODALITY_UNSPECIFIED: 'expert.mentoring.modality.any',
  MENTORING_MODALITY_ONLINE: 'expert.mentoring.modality.online',
  MENTORING_MODALITY_IN_PERSON: 'expert.mentoring.modality.inPerson',
  MENTORING_MODALITY_ANY: 'expert.mentoring.modality.any',
};

/** How a profile says it, after the willingness and capacity. */
export const MENTORING_MODALITY_SUMMARY: Readonly<Record<MentoringModality, MessageKey>> = {
  MENTORING_MODALITY_UNSPECIFIED: 'expert.mentoring.modalitySummary.any',
  MENTORING_MODALITY_ONLINE: 'expert.mentoring.modalitySummary.online',
  MENTORING_MODALITY_IN_PERSON: 'expert.mentoring.modalitySummary.inPerson',
  MENTORING_MODALITY_ANY: 'expert.mentoring.modalitySummary.any',
};

export const CONTACT_CHANNELS: readonly ContactChannel[] = [
  'CONTACT_CHANNEL_UNSPECIFIED',
  'CONTACT_CHANNEL_EMAIL',
  'CONTACT_CHANNEL_PHONE',
  'CONTACT_CHANNEL_ZALO',
  'CONTACT_CHANNEL_PLATFORM',
];

export const CONTACT_CHANNEL_LABEL: Readonly<Record<ContactChannel, MessageKey>> = {
  CONTACT_CHANNEL_UNSPECIFIED: 'expert.channel.unspecified',
  CONTACT_CHANNEL_EMAIL: 'expert.channel.email',
  CONTACT_CHANNEL_PHONE: 'expert.channel.phone',
  CONTACT_CHANNEL_ZALO: 'expert.channel.zalo',
  CONTACT_CHANNEL_PLATFORM: 'expert.channel.platform',
};

export const VISIBILITY_LABEL: Readonly<Record<Visibility, MessageKey>> = {
  VISIBILITY_UNSPECIFIED: 'expert.visibility.level.default',
  VISIBILITY_NETWORK: 'expert.visibility.level.network',
  VISIBILITY_PROGRAMME_OFFICE: 'expert.visibility.level.office',
  VISIBILITY_ONLY_ME: 'expert.visibility.level.onlyMe',
};

/** What each level means, in plain words, under the selects. */
export const VISIBILITY_EXPLANATION: Readonly<Record<Visibility, MessageKey>> = {
  VISIBILITY_UNSPECIFIED: 'expert.visibility.explain.default',
  VISIBILITY_NETWORK: 'expert.visibility.explain.network',
  VISIBILITY_PROGRAMME_OFFICE: 'expert.visibility.explain.office',
  VISIBILITY_ONLY_ME: 'expert.visibility.explain.onlyMe',
};

export const PEER_REASON_LABEL: Readonly<Record<PeerReasonKind, MessageKey>> = {
  PEER_REASON_KIND_UNSPECIFIED: 'expert.peers.reason.other',
  PEER_REASON_KIND_SHARED_SKILLS: 'expert.peers.reason.sharedSkills',
  PEER_REASON_KIND_SAME_SECTOR: 'expert.peers.reason.sameSector',
  PEER_REASON_KIND_SAME_PROVINCE: 'expert.peers.reason.sameProvince',
  PEER_REASON_KIND_SAME_ORGANISATION: 'expert.peers.reason.sameOrganisation',
  PEER_REASON_KIND_SAME_COHORT: 'expert.peers.reason.sameCohort',
};

export const FACET_LABEL: Readonly<Record<FacetField, MessageKey>> = {
  FACET_FIELD_UNSPECIFIED: 'expert.facet.other',
  FACET_FIELD_PROVINCE: 'expert.facet.province',
  FACET_FIELD_ORGANISATION: 'expert.facet.organisation',
  FACET_FIELD_SECTOR: 'expert.facet.sector',
  FACET_FIELD_SKILL: 'expert.facet.skill',
  FACET_FIELD_LANGUAGE: 'expert.facet.language',
  FACET_FIELD_AVAILABILITY: 'expert.facet.availability',
};

export const ORIGIN_LABEL: Readonly<Record<ProfileOrigin, MessageKey>> = {
  PROFILE_ORIGIN_UNSPECIFIED: 'expert.origin.unspecified',
  PROFILE_ORIGIN_GRADUATE: 'expert.origin.graduate',
  PROFILE_ORIGIN_INVITED: 'expert.origin.invited',
};

export const ATTENDANCE_LABEL: Readonly<Record<AttendanceStatus, MessageKey>> = {
  ATTENDANCE_STATUS_UNSPECIFIED: 'expert.checkIn.status.recorded',
  ATTENDANCE_STATUS_PRESENT: 'expert.checkIn.status.present',
  ATTENDANCE_STATUS_LATE: 'expert.checkIn.status.late',
  ATTENDANCE_STATUS_ABSENT: 'expert.checkIn.status.absent',
  ATTENDANCE_STATUS_EXCUSED: 'expert.checkIn.status.excused',
};
