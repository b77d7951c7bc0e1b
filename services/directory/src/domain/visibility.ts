/**
 * Per-field visibility. The view a caller gets is built by copying only what they may see, so a
 * hidden field is absent from the object (not blanked after the fact): nothing downstream can
 * leak, match, rank, facet or explain with it by mistake.
 */
import type { Principal } from '@expertnet/platform';
import { PROGRAMME_OFFICE } from './access.ts';
import { effectiveAvailability } from './profiles.ts';
import type {
  Availability,
  ContactPreferences,
  Credential,
  ExpertProfile,
  ExpertSkill,
  LanguageSkill,
  MentoringOffer,
  Visibility,
  VisibilityField,
  VisibilitySettings,
} from './types.ts';

/** How a caller stands towards one profile, for reading it. */
export type Viewer = 'owner' | 'programme-office' | 'network';

/** Contact details default to the office only (people are reached through the office first). */
export const DEFAULT_VISIBILITY: Readonly<Record<VisibilityField, Visibility>> = {
  email: 'programme-office',
  phone: 'programme-office',
  bio: 'network',
  skills: 'network',
  sectors: 'network',
  languages: 'network',
  availability: 'network',
  mentoring: 'network',
  certificates: 'network',
  lastActive: 'network',
};

/** The proto field name a withheld part is reported under (ExpertProfile.withheld_fields). */
export const WITHHELD_NAMES: Readonly<Record<VisibilityField, string>> = {
  email: 'contact.email',
  phone: 'contact.phone',
  bio: 'bio',
  skills: 'skills',
  sectors: 'sector_codes',
  languages: 'languages',
  availability: 'availability',
  mentoring: 'mentoring',
  certificates: 'credentials',
  lastActive: 'last_active_at',
};

export const visibilityOf = (settings: VisibilitySettings, field: VisibilityField): Visibility =>
  settings[field] ?? DEFAULT_VISIBILITY[field];

/**
 * Who sees what: the owner everything; the office what is for the network or for it; everyone
 * else (members and service accounts alike) only what is for the network. "Only me" hides a
 * field from the office too: the office edits a profile, it does not read the expert's private
 * notes.
 */
export function canSee(viewer: Viewer, visibility: Visibility): boolean {
  switch (viewer) {
    case 'owner':
      return true;
    case 'programme-office':
      return visibility !== 'only-me';
    case 'network':
      return visibility === 'network';
  }
}

/** The owner first: an office member reading their own profile sees it all. */
export function viewerOf(
  principal: Principal,
  profile: Pick<ExpertProfile, 'userSubject'>,
): Viewer {
  if (principal.subject !== '' && principal.subject === profile.userSubject) return 'owner';
  return principal.roles.has(PROGRAMME_OFFICE) ? 'programme-office' : 'network';
}

/** A profile as one caller may see it; optional parts are absent when withheld. */
export interface ProfileView {
  readonly id: string;
  readonly userSubject: string;
  readonly origin: ExpertProfile['origin'];
  readonly fullName: string;
  readonly organisationCode: string;
  readonly provinceCode: string;
  readonly position: string;
  readonly unit: string;
  readonly bio?: string;
  readonly skills?: readonly ExpertSkill[];
  readonly sectorCodes?: readonly string[];
  readonly languages?: readonly LanguageSkill[];
  readonly availability?: Availability;
  readonly mentoring?: MentoringOffer;
  readonly contact?: Partial<ContactPreferences>;
  readonly credentials?: readonly Credential[];
  readonly lastActiveAt?: Date;
  /** Only for the owner and the office, who may change it. */
  readonly visibility?: VisibilitySettings;
  /** Proto names of the parts left out, so a screen can say "hidden" rather than "none". */
  readonly withheldFields: readonly string[];
  readonly version: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/**
 * The profile `viewer` may see, as of `now` (an availability whose "until" passed reads as
 * available). Name, organisation, province and position are always there: an expert must be
 * findable at all.
 */
export function viewProfile(profile: ExpertProfile, viewer: Viewer, now: Date): ProfileView {
  const sees = (field: VisibilityField) => canSee(viewer, visibilityOf(profile.visibility, field));
  const withheld = (Object.keys(WITHHELD_NAMES) as VisibilityField[])
    .filter((field) => !sees(field))
    .map((field) => WITHHELD_NAMES[field]);
  const contact: Partial<ContactPreferences> = {
    ...(sees('email') ? { email: profile.contact.email } : {}),
    ...(sees('phone') ? { phone: profile.contact.phone } : {}),
  };
  // A preferred channel without any way to use it would only tease; show it with a detail.
  const reachable = contact.email !== undefined || contact.phone !== undefined;
  return {
    id: profile.id,
    userSubject: profile.userSubject,
    origin: profile.origin,
    fullName: profile.fullName,
    organisationCode: profile.organisationCode,
    provinceCode: profile.provinceCode,
    position: profile.position,
    unit: profile.unit,
    ...(sees('bio') ? { bio: profile.bio } : {}),
    ...(sees('skills') ? { skills: profile.skills } : {}),
    ...(sees('sectors') ? { sectorCodes: profile.sectorCodes } : {}),
    ...(sees('languages') ? { languages: profile.languages } : {}),
    ...(sees('availability')
      ? { availability: effectiveAvailability(profile.availability, now) }
      : {}),
    ...(sees('mentoring') ? { mentoring: profile.mentoring } : {}),
    ...(reachable
      ? {
          contact: {
            ...contact,
            ...(profile.contact.preferredChannel === undefined
              ? {}
              : { preferredChannel: profile.contact.preferredChannel }),
          },
        }
      : {}),
    ...(sees('certificates') ? { credentials: profile.credentials } : {}),
    ...(sees('lastActive') ? { lastActiveAt: profile.lastActiveAt } : {}),
    ...(viewer === 'network' ? {} : { visibility: profile.visibility }),
    withheldFields: withheld,
    version: profile.version,
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}

/** A profile in a list (ExpertSummary), built from the caller's view. */
export interface ExpertSummary {
  readonly id: string;
  readonly fullName: string;
  readonly organisationCode: string;
  readonly provinceCode: string;
  readonly position: string;
  /** The caller-visible skills, verified first, then by level. */
  readonly topSkills: readonly ExpertSkill[];
  /** Absent when withheld from the caller. */
  readonly availability?: Availability['status'];
  readonly willingToMentor: boolean;
  readonly certified: boolean;
  readonly lastActiveAt?: Date;
}

/** How many skills a result row shows. */
export const TOP_SKILLS = 5;

const LEVEL_ORDER = ['expert', 'advanced', 'intermediate', 'basic'] as const;

export function summaryOf(view: ProfileView): ExpertSummary {
  const topSkills = [...(view.skills ?? [])]
    .sort(
      (a, b) =>
        Number(b.source === 'verified') - Number(a.source === 'verified') ||
        LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
        a.code.localeCompare(b.code),
    )
    .slice(0, TOP_SKILLS);
  return {
    id: view.id,
    fullName: view.fullName,
    organisationCode: view.organisationCode,
    provinceCode: view.provinceCode,
    position: view.position,
    topSkills,
    ...(view.availability === undefined ? {} : { availability: view.availability.status }),
    willingToMentor: view.mentoring?.willing ?? false,
    certified: (view.credentials ?? []).some((credential) => !credential.revoked),
    ...(view.lastActiveAt === undefined ? {} : { lastActiveAt: view.lastActiveAt }),
  };
}
