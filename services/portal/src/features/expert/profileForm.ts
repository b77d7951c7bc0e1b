import type {
  ContactChannel,
  ExpertProfile,
  ExpertSkill,
  LanguageSkill,
  MentoringOffer,
  ProfileDetails,
  SettableModality,
  ProvinceCode,
  SettableAvailability,
  SkillClaim,
} from './model.ts';

/** The "details" form (PUT /experts/{id}): what the expert writes about themselves. */
export interface DetailsDraft {
  readonly position: string;
  readonly unit: string;
  readonly province: string;
  readonly bio: string;
  readonly sectorCodes: readonly string[];
  readonly languages: readonly LanguageSkill[];
  readonly email: string;
  readonly phone: string;
  readonly channel: ContactChannel;
}

export function detailsDraftOf(profile: ExpertProfile): DetailsDraft {
  return {
    position: profile.position ?? '',
    unit: profile.unit ?? '',
    province: profile.province?.code ?? '',
    bio: profile.bio ?? '',
    sectorCodes: profile.sectorCodes ?? [],
    languages: profile.languages ?? [],
    email: profile.contact?.email ?? '',
    phone: profile.contact?.phone ?? '',
    channel: profile.contact?.preferredChannel ?? 'CONTACT_CHANNEL_UNSPECIFIED',
  };
}

/** The body's details; blank language rows are left out, trimmed texts sent. */
export function detailsBody(draft: DetailsDraft): ProfileDetails {
  return {
    position: draft.position.trim(),
    unit: draft.unit.trim(),
    // The select offers provinces only; the API names a wrong code beside the field.
    province: { code: draft.province as ProvinceCode },
    bio: draft.bio.trim(),
    sectorCodes: [...draft.sectorCodes],
    languages: draft.languages.filter((language) => language.code !== ''),
    contact: {
      email: draft.email.trim(),
      phone: draft.phone.replace(/[\s.]/g, ''),
      preferredChannel: draft.channel,
    },
  };
}

/** Skills the programme office verified: shown, kept by the API, not editable by the expert. */
export function verifiedSkills(profile: ExpertProfile): ExpertSkill[] {
  return (profile.skills ?? []).filter((skill) => skill.source === 'SKILL_SOURCE_VERIFIED');
}

/** The self-declared skills, the only ones PUT /skills replaces. */
export function declaredSkills(profile: ExpertProfile): SkillClaim[] {
  return (profile.skills ?? [])
    .filter((skill) => skill.source !== 'SKILL_SOURCE_VERIFIED' && skill.code !== undefined)
    .map((skill) => ({
      code: skill.code ?? '',
      level:
        skill.level === undefined || skill.level === 'SKILL_LEVEL_UNSPECIFIED'
          ? 'SKILL_LEVEL_BASIC'
          : skill.level,
    }));
}

/** Rows with no skill chosen yet are not sent. */
export function skillsBody(claims: readonly SkillClaim[]): SkillClaim[] {
  return claims.filter((claim) => claim.code !== '');
}

export interface AvailabilityDraft {
  readonly status: SettableAvailability;
  readonly until: string;
  readonly note: string;
}

export function availabilityDraftOf(profile: ExpertProfile): AvailabilityDraft {
  const status = profile.availability?.status;
  return {
    status:
      status === undefined || status === 'AVAILABILITY_STATUS_UNSPECIFIED'
        ? 'AVAILABILITY_STATUS_AVAILABLE'
        : status,
    until: profile.availability?.until ?? '',
    note: profile.availability?.note ?? '',
  };
}

/** "Until" only means something when limited or unavailable (the API refuses it otherwise). */
export function availabilityBody(draft: AvailabilityDraft): {
  status: SettableAvailability;
  until: string;
  note: string;
} {
  return {
    status: draft.status,
    until: draft.status === 'AVAILABILITY_STATUS_AVAILABLE' ? '' : draft.until,
    note: draft.note.trim(),
  };
}

/** The mentoring form; an offer that does not say how (UNSPECIFIED) is for either way. */
export interface MentoringDraft extends Required<Omit<MentoringOffer, 'modality'>> {
  readonly modality: SettableModality;
}

export function mentoringDraftOf(profile: ExpertProfile): MentoringDraft {
  const modality = profile.mentoring?.modality;
  return {
    willing: profile.mentoring?.willing ?? false,
    maxMentees: profile.mentoring?.maxMentees ?? 0,
    topicSkillCodes: profile.mentoring?.topicSkillCodes ?? [],
    note: profile.mentoring?.note ?? '',
    modality:
      modality === undefined || modality === 'MENTORING_MODALITY_UNSPECIFIED'
        ? 'MENTORING_MODALITY_ANY'
        : modality,
  };
}

/** Someone not willing to mentor offers no places, no topics and no particular way. */
export function mentoringBody(draft: MentoringDraft): MentoringOffer {
  if (!draft.willing)
    return {
      willing: false,
      maxMentees: 0,
      topicSkillCodes: [],
      note: draft.note.trim(),
      modality: 'MENTORING_MODALITY_ANY',
    };
  return { ...draft, note: draft.note.trim() };
}
