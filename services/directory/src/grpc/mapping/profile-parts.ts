import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { LocalizedText } from '@expertnet/platform';
import {
  AvailabilitySchema,
  ExpertSkillSchema,
  MentoringOfferSchema,
} from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type {
  Availability,
  ExpertSkill,
  LanguageSkill,
  MentoringOffer,
  ProfileView,
} from '../../domain/index.ts';
import {
  availabilityStatuses,
  languageLevels,
  mentoringModalities,
  profileOrigins,
  skillLevels,
  skillSources,
} from './enums.ts';

// The parts of a profile that the gRPC answers (answers.ts) and the published events
// (events/event-messages.ts) both carry, mapped once, field by field through `create` or an init
// the caller's `create` checks against its own message.

export const text = ({ vi, en }: LocalizedText) => ({ vi, en });
export const timestamp = (date: Date | undefined) => date && timestampFromDate(date);

export const skillMessage = (skill: ExpertSkill) =>
  create(ExpertSkillSchema, {
    code: skill.code,
    name: text(skill.name),
    level: skillLevels.encode(skill.level),
    source: skillSources.encode(skill.source),
    evidence: skill.evidence,
    verifiedAt: timestamp(skill.verifiedAt),
  });

export const availabilityMessage = (availability: Availability) =>
  create(AvailabilitySchema, {
    status: availabilityStatuses.encode(availability.status),
    until: availability.until,
    note: availability.note,
    updatedAt: timestampFromDate(availability.updatedAt),
  });

export const mentoringMessage = (offer: MentoringOffer) =>
  create(MentoringOfferSchema, {
    willing: offer.willing,
    maxMentees: offer.maxMentees,
    topicSkillCodes: [...offer.topicSkillCodes],
    note: offer.note,
    modality: mentoringModalities.encode(offer.modality),
  });

const languageInit = (language: LanguageSkill) => ({
  code: language.code,
  level: languageLevels.encode(language.level),
});

/** What a profile view and an event's snapshot (domain/events.ts ExpertSnapshot) share. */
export type ProfileParts = Pick<
  ProfileView,
  | 'userSubject'
  | 'origin'
  | 'fullName'
  | 'organisationCode'
  | 'provinceCode'
  | 'position'
  | 'unit'
  | 'skills'
  | 'sectorCodes'
  | 'languages'
  | 'availability'
  | 'mentoring'
  | 'withheldFields'
  | 'version'
>;

/**
 * Those parts as the fields of ExpertProfile and ExpertSnapshot, which name them alike;
 * the parts withheld from the reader (absent) stay unset.
 */
export const profilePartsInit = (parts: ProfileParts) => ({
  userSubject: parts.userSubject,
  origin: profileOrigins.encode(parts.origin),
  fullName: parts.fullName,
  organisation: { code: parts.organisationCode },
  province: { code: parts.provinceCode },
  position: parts.position,
  unit: parts.unit,
  skills: (parts.skills ?? []).map(skillMessage),
  sectorCodes: [...(parts.sectorCodes ?? [])],
  languages: (parts.languages ?? []).map(languageInit),
  availability: parts.availability && availabilityMessage(parts.availability),
  mentoring: parts.mentoring && mentoringMessage(parts.mentoring),
  withheldFields: [...parts.withheldFields],
  version: parts.version,
});
