/**
 * Profiles: created from the cohorts "graduated" event or by the programme office for an invited
 * specialist, then kept by the expert. Every function returns a new profile (version + 1) and
 * leaves storage, concurrency and events to the caller (events.ts derives them from before/after).
 */
import {
  DomainError,
  currentOrganisation,
  findOrganisation,
  nameBasedUuid,
  vietnamDateOf,
  Violations,
} from '@expertnet/platform';
import { MESSAGES } from './messages.ts';
import {
  skillRank,
  type Availability,
  type AvailabilityStatus,
  type ContactPreferences,
  type Credential,
  type ExpertProfile,
  type ExpertSkill,
  type LocalizedText,
  type MentoringOffer,
  type ProfileDetails,
  type SkillClaim,
  type Taxonomy,
  type VisibilitySettings,
} from './types.ts';

/**
 * Namespace of profile ids (a random UUID fixed once): changing it would give every person a
 * second profile, so it never changes.
 */
export const PROFILE_ID_NAMESPACE = '5d0c0a3e-7b7e-4f3c-9a57-2f4b1c6e8d10';

/** Where a ministry's or agency's staff are placed when nothing better is known: Hà Nội. */
export const CAPITAL_PROVINCE_CODE = 'P01';

/** The level a programme pass proves; the expert or the office may raise it, never lower it. */
export const PROGRAMME_SKILL_LEVEL = 'intermediate';

const CODE_PATTERN = /^[a-z][a-z0-9-]{1,63}$/;
const LANGUAGE_PATTERN = /^[a-z]{2}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_PATTERN = /^(\+84|0)[0-9]{9,10}$/;
const DATE_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;

/**
 * The profile id of a person. Keyed by the email (the key the contract links sign-ins by) rather
 * than the enrolment, so that a redelivered event, two replicas handling it at once, a second
 * programme the same person graduates from, and an invited specialist who later graduates all
 * name the same profile: the store's unique _id refuses a second insert.
 */
export const profileIdFor = (email: string) =>
  nameBasedUuid(PROFILE_ID_NAMESPACE, email.trim().toLowerCase());

// ---------------------------------------------------------------------------------------------
// Creation

/** The parts of cohorts.trainee.graduated the directory uses (payload in camel case). */
export interface GraduationFacts {
  readonly enrolmentId: string;
  readonly nominationId: string;
  readonly trainee: {
    readonly fullName: string;
    readonly email: string;
    readonly userSubject: string;
    readonly effectiveOrganisationCode: string;
    readonly position: string;
    readonly unit: string;
  };
  readonly trackName: LocalizedText;
  readonly graduatedOn: string;
  readonly modulesPassed: readonly {
    readonly code: string;
    readonly skillCodes: readonly string[];
  }[];
  readonly verifiedSkillCodes: readonly string[];
  readonly certificate: {
    readonly id: string;
    readonly number: string;
    readonly issuedOn: string;
  };
}

export type GraduationOutcome = 'created' | 'updated' | 'unchanged';

const DEFAULT_AVAILABILITY = (now: Date): Availability => ({
  status: 'available',
  until: '',
  note: '',
  updatedAt: now,
});

const NO_MENTORING: MentoringOffer = {
  willing: false,
  maxMentees: 0,
  topicSkillCodes: [],
  note: '',
  modality: 'any',
};

/** A province code of the organisation when it is one, else the capital (ministries sit there). */
function provinceOf(organisationCode: string): string {
  const organisation = currentOrganisation(organisationCode);
  return organisation?.kind === 'province' ? organisation.code : CAPITAL_PROVINCE_CODE;
}

const skillName = (code: string, taxonomy: Taxonomy): LocalizedText =>
  taxonomy.get(code)?.name ?? { vi: code, en: code };

/** The skills the programme verified, each with the modules that prove it as evidence. */
function verifiedSkillsOf(facts: GraduationFacts, taxonomy: Taxonomy, now: Date): ExpertSkill[] {
  const codes = [
    ...new Set([
      ...facts.verifiedSkillCodes,
      ...facts.modulesPassed.flatMap((module) => module.skillCodes),
    ]),
  ];
  return codes.map((code) => ({
    code,
    name: skillName(code, taxonomy),
    level: PROGRAMME_SKILL_LEVEL,
    source: 'verified',
    evidence: MESSAGES.EVIDENCE_CERTIFICATE(
      facts.certificate.number,
      facts.modulesPassed.filter((module) => module.skillCodes.includes(code)).map((m) => m.code),
    ),
    verifiedAt: now,
  }));
}

/**
 * Verified skills win over self-declared ones of the same code, and the higher level stays: a
 * programme pass confirms a claim, it never demotes what the expert or the office recorded.
 */
function mergeVerified(
  skills: readonly ExpertSkill[],
  verified: readonly ExpertSkill[],
): ExpertSkill[] {
  const byCode = new Map(skills.map((skill) => [skill.code, skill]));
  for (const skill of verified) {
    const held = byCode.get(skill.code);
    const level =
      held !== undefined && skillRank(held.level) > skillRank(skill.level)
        ? held.level
        : skill.level;
    byCode.set(skill.code, { ...skill, level });
  }
  return [...byCode.values()];
}

/**
 * Applies a graduation to the person's profile: creates it, or adds the new certificate and its
 * verified skills to the profile the person already has. Idempotent: an enrolment already applied
 * changes nothing ('unchanged'), so a redelivered event neither duplicates nor bumps the version.
 */
export function applyGraduation(
  existing: ExpertProfile | undefined,
  facts: GraduationFacts,
  taxonomy: Taxonomy,
  now: Date,
): { readonly profile: ExpertProfile; readonly outcome: GraduationOutcome } {
  if (existing?.enrolmentIds.includes(facts.enrolmentId)) {
    return { profile: existing, outcome: 'unchanged' };
  }
  const credential: Credential = {
    certificateId: facts.certificate.id,
    number: facts.certificate.number,
    trackName: facts.trackName,
    issuedOn: facts.certificate.issuedOn || facts.graduatedOn,
    revoked: false,
  };
  const verified = verifiedSkillsOf(facts, taxonomy, now);
  if (existing !== undefined) {
    return {
      profile: {
        ...existing,
        userSubject: existing.userSubject || facts.trainee.userSubject,
        skills: mergeVerified(existing.skills, verified),
        credentials: [...existing.credentials, credential],
        enrolmentIds: [...existing.enrolmentIds, facts.enrolmentId],
        version: existing.version + 1,
        updatedAt: now,
      },
      outcome: 'updated',
    };
  }
  const { trainee } = facts;
  return {
    profile: {
      id: profileIdFor(trainee.email),
      userSubject: trainee.userSubject,
      origin: 'graduate',
      fullName: trainee.fullName.trim(),
      organisationCode: trainee.effectiveOrganisationCode,
      provinceCode: provinceOf(trainee.effectiveOrganisationCode),
      position: trainee.position,
      unit: trainee.unit,
      bio: '',
      skills: verified,
      sectorCodes: [],
      languages: [],
      availability: DEFAULT_AVAILABILITY(now),
      mentoring: NO_MENTORING,
      contact: { email: trainee.email.trim().toLowerCase(), phone: '' },
      credentials: [credential],
      visibility: {},
      enrolmentIds: [facts.enrolmentId],
      lastActiveAt: now,
      version: 1,
      createdAt: now,
      updatedAt: now,
    },
    outcome: 'created',
  };
}

export interface InvitedSpecialist {
  readonly fullName: string;
  /** The specialist's sign-in email, to link the profile to their login. */
  readonly email: string;
  readonly organisationCode: string;
  readonly details: ProfileDetails;
}

/** The programme office's profile for an invited specialist; skills come later (VerifySkills). */
export function createInvitedProfile(input: InvitedSpecialist, now: Date): ExpertProfile {
  const violations = new Violations();
  violations.textBetween(input.fullName, 2, 120, 'full_name');
  violations.matches(input.email.trim(), EMAIL_PATTERN, 'email', 'must be an email address');
  violations.check(
    findOrganisation(input.organisationCode) !== undefined,
    'organisation.code',
    'must be a known organisation',
  );
  checkDetails(input.details, violations, 'details.');
  violations.throwIfAny();
  return {
    id: profileIdFor(input.email),
    userSubject: '',
    origin: 'invited',
    fullName: input.fullName.trim(),
    organisationCode: input.organisationCode,
    ...cleanDetails(input.details),
    skills: [],
    availability: DEFAULT_AVAILABILITY(now),
    mentoring: NO_MENTORING,
    credentials: [],
    visibility: {},
    enrolmentIds: [],
    lastActiveAt: now,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

// ---------------------------------------------------------------------------------------------
// Edits

/** Edits carry the version last read; a stale one is refused (ABORTED) rather than overwriting. */
export function checkVersion(profile: ExpertProfile, expectedVersion: number): void {
  if (profile.version !== expectedVersion) {
    throw new DomainError(
      'conflict',
      'VERSION_MISMATCH',
      `profile ${profile.id} is at version ${profile.version}, not ${expectedVersion}`,
    );
  }
}

const bumped = (
  profile: ExpertProfile,
  now: Date,
  change: Partial<ExpertProfile>,
): ExpertProfile => ({
  ...profile,
  ...change,
  // A profile change is activity too: "is this person active?" counts it.
  lastActiveAt: now,
  version: profile.version + 1,
  updatedAt: now,
});

function checkDetails(details: ProfileDetails, violations: Violations, prefix: string): void {
  violations.textBetween(details.position, 2, 200, `${prefix}position`);
  violations.textBetween(details.unit, 0, 300, `${prefix}unit`);
  violations.textBetween(details.bio, 0, 4000, `${prefix}bio`);
  violations.check(
    findOrganisation(details.provinceCode)?.kind === 'province',
    `${prefix}province.code`,
    'must be a province',
  );
  const sectors = details.sectorCodes;
  violations.check(sectors.length <= 10, `${prefix}sector_codes`, 'at most 10');
  violations.check(
    new Set(sectors).size === sectors.length,
    `${prefix}sector_codes`,
    'must be unique',
  );
  sectors.forEach((code, index) =>
    violations.matches(
      code,
      CODE_PATTERN,
      `${prefix}sector_codes[${index}]`,
      'must be a sector code',
    ),
  );
  const languages = details.languages.map((language) => language.code);
  violations.check(languages.length <= 10, `${prefix}languages`, 'at most 10');
  violations.check(
    new Set(languages).size === languages.length,
    `${prefix}languages`,
    'each language once',
  );
  languages.forEach((code, index) =>
    violations.matches(
      code,
      LANGUAGE_PATTERN,
      `${prefix}languages[${index}].code`,
      'must be ISO 639-1',
    ),
  );
  checkContact(details.contact, violations, `${prefix}contact.`);
}

function checkContact(contact: ContactPreferences, violations: Violations, prefix: string): void {
  if (contact.email !== '') {
    violations.matches(
      contact.email.trim(),
      EMAIL_PATTERN,
      `${prefix}email`,
      'must be an email address',
    );
  }
  if (contact.phone !== '') {
    violations.matches(
      contact.phone.trim(),
      PHONE_PATTERN,
      `${prefix}phone`,
      'must be a Vietnamese phone number',
    );
  }
}

const cleanDetails = (details: ProfileDetails) => ({
  position: details.position.trim(),
  unit: details.unit.trim(),
  provinceCode: details.provinceCode,
  bio: details.bio.trim(),
  sectorCodes: [...details.sectorCodes],
  languages: [...details.languages],
  contact: {
    email: details.contact.email.trim().toLowerCase(),
    phone: details.contact.phone.trim(),
    preferredChannel: details.contact.preferredChannel,
  },
});

/** The owner's form: position, unit, province, bio, sectors, languages, contact. */
export function updateDetails(
  profile: ExpertProfile,
  details: ProfileDetails,
  now: Date,
): ExpertProfile {
  const violations = new Violations();
  checkDetails(details, violations, 'details.');
  violations.throwIfAny();
  return bumped(profile, now, cleanDetails(details));
}

function requireKnownSkills(
  claims: readonly SkillClaim[],
  taxonomy: Taxonomy,
  held: ReadonlySet<string>,
): void {
  const violations = new Violations();
  violations.check(
    new Set(claims.map((claim) => claim.code)).size === claims.length,
    'skills',
    'each skill may be listed only once',
  );
  violations.throwIfAny();
  // A deprecated skill a profile already has may stay; it is only not offered for new claims.
  const unknown = claims.filter((claim) => {
    const definition = taxonomy.get(claim.code);
    return definition === undefined || (definition.deprecated && !held.has(claim.code));
  });
  if (unknown.length > 0) {
    throw new DomainError(
      'invalid-argument',
      'UNKNOWN_SKILL',
      `not in the skills taxonomy: ${unknown.map((claim) => claim.code).join(', ')}`,
      {
        violations: unknown.map((claim) => ({
          field: `skills[${claims.indexOf(claim)}].code`,
          description: 'must be a current taxonomy code',
        })),
      },
    );
  }
}

/**
 * Replaces the self-declared skills. Verified ones stay whatever the claims say (an expert cannot
 * un-verify the programme's record), and a claim on a verified skill can raise its level, never
 * lower it.
 */
export function setSkills(
  profile: ExpertProfile,
  claims: readonly SkillClaim[],
  taxonomy: Taxonomy,
  now: Date,
): ExpertProfile {
  const violations = new Violations();
  violations.check(claims.length <= 50, 'skills', 'at most 50');
  violations.throwIfAny();
  requireKnownSkills(claims, taxonomy, new Set(profile.skills.map((skill) => skill.code)));
  const claimed = new Map(claims.map((claim) => [claim.code, claim.level]));
  const verified = profile.skills
    .filter((skill) => skill.source === 'verified')
    .map((skill) => {
      const level = claimed.get(skill.code);
      return level !== undefined && skillRank(level) > skillRank(skill.level)
        ? { ...skill, level }
        : skill;
    });
  const verifiedCodes = new Set(verified.map((skill) => skill.code));
  const declared: ExpertSkill[] = claims
    .filter((claim) => !verifiedCodes.has(claim.code))
    .map((claim) => ({
      code: claim.code,
      name: skillName(claim.code, taxonomy),
      level: claim.level,
      source: 'self-declared',
      evidence: '',
    }));
  return bumped(profile, now, { skills: [...verified, ...declared] });
}

/** Programme office: marks skills verified outside a cohort, with the evidence recorded. */
export function verifySkills(
  profile: ExpertProfile,
  claims: readonly SkillClaim[],
  evidence: string,
  taxonomy: Taxonomy,
  now: Date,
): ExpertProfile {
  const violations = new Violations();
  violations.check(claims.length >= 1 && claims.length <= 50, 'skills', 'must list 1 to 50 skills');
  violations.textBetween(evidence, 3, 500, 'evidence');
  violations.throwIfAny();
  requireKnownSkills(claims, taxonomy, new Set(profile.skills.map((skill) => skill.code)));
  const verified: ExpertSkill[] = claims.map((claim) => ({
    code: claim.code,
    name: skillName(claim.code, taxonomy),
    level: claim.level,
    source: 'verified',
    evidence: evidence.trim(),
    verifiedAt: now,
  }));
  return bumped(profile, now, { skills: mergeVerified(profile.skills, verified) });
}

export interface AvailabilityChange {
  readonly status: AvailabilityStatus;
  readonly until: string;
  readonly note: string;
}

export function setAvailability(
  profile: ExpertProfile,
  change: AvailabilityChange,
  now: Date,
): ExpertProfile {
  const violations = new Violations();
  violations.check(
    change.until === '' || change.status !== 'available',
    'until',
    'until applies only to LIMITED or UNAVAILABLE',
  );
  if (change.until !== '') {
    violations.matches(change.until, DATE_PATTERN, 'until', 'must be a date YYYY-MM-DD');
    if (DATE_PATTERN.test(change.until) && change.until <= vietnamDateOf(now)) {
      throw new DomainError(
        'invalid-argument',
        'INVALID_UNTIL_DATE',
        'until must be a day in the future',
        {
          violations: [{ field: 'until', description: 'must be a day in the future' }],
        },
      );
    }
  }
  violations.textBetween(change.note, 0, 500, 'note');
  violations.throwIfAny();
  return bumped(profile, now, {
    availability: {
      status: change.status,
      until: change.until,
      note: change.note.trim(),
      updatedAt: now,
    },
  });
}

/**
 * The availability as it stands today: LIMITED or UNAVAILABLE "until" a day that has passed is
 * AVAILABLE again by itself, so readers never show a stale absence even before the sweep runs.
 */
export function effectiveAvailability(availability: Availability, now: Date): Availability {
  if (availability.until === '' || availability.until >= vietnamDateOf(now)) return availability;
  return { status: 'available', until: '', note: '', updatedAt: now };
}

/**
 * The sweep's step for one profile: undefined when nothing expired, else the profile made
 * AVAILABLE (the service then publishes AvailabilityChanged, as the contract asks).
 */
export function expireAvailability(profile: ExpertProfile, now: Date): ExpertProfile | undefined {
  const current = effectiveAvailability(profile.availability, now);
  if (current === profile.availability) return undefined;
  // Expiry is not the expert's activity: lastActiveAt stays.
  return { ...profile, availability: current, version: profile.version + 1, updatedAt: now };
}

export function setMentoringOffer(
  profile: ExpertProfile,
  offer: MentoringOffer,
  taxonomy: Taxonomy,
  now: Date,
): ExpertProfile {
  const violations = new Violations();
  violations.integerBetween(offer.maxMentees, 0, 20, 'offer.max_mentees');
  violations.check(
    !offer.willing || offer.maxMentees >= 1,
    'offer.max_mentees',
    'a willing mentor needs max_mentees of at least 1',
  );
  violations.check(offer.topicSkillCodes.length <= 20, 'offer.topic_skill_codes', 'at most 20');
  violations.check(
    new Set(offer.topicSkillCodes).size === offer.topicSkillCodes.length,
    'offer.topic_skill_codes',
    'must be unique',
  );
  offer.topicSkillCodes.forEach((code, index) =>
    violations.check(
      taxonomy.has(code),
      `offer.topic_skill_codes[${index}]`,
      'must be a taxonomy code',
    ),
  );
  violations.textBetween(offer.note, 0, 500, 'offer.note');
  violations.throwIfAny();
  return bumped(profile, now, {
    mentoring: { ...offer, topicSkillCodes: [...offer.topicSkillCodes], note: offer.note.trim() },
  });
}

export function setVisibility(
  profile: ExpertProfile,
  visibility: VisibilitySettings,
  now: Date,
): ExpertProfile {
  return bumped(profile, now, { visibility: { ...visibility } });
}

/**
 * The gateway calls this on a user's first request of a day: it only moves lastActiveAt, with no
 * version bump, so it never makes an open edit form stale.
 */
export function recordActivity(profile: ExpertProfile, now: Date): ExpertProfile {
  return now > profile.lastActiveAt ? { ...profile, lastActiveAt: now } : profile;
}

/** Links the profile to the expert's login at their first sign-in (matched by email upstream). */
export function linkUser(profile: ExpertProfile, userSubject: string, now: Date): ExpertProfile {
  if (profile.userSubject === userSubject) return profile;
  if (profile.userSubject !== '') {
    throw new DomainError(
      'failed-precondition',
      'PROFILE_ALREADY_LINKED',
      `profile ${profile.id} belongs to another user`,
    );
  }
  return bumped(profile, now, { userSubject });
}

/**
 * Applies cohorts.certificate.revoked: the credential is kept, marked revoked (the history stays
 * true), and every skill whose verification rested on it falls back to self-declared at its
 * level. The skill is not deleted: the expert may still hold it, only the programme no longer
 * vouches for it. Idempotent: an unknown or already revoked certificate changes nothing.
 */
export function revokeCertificate(
  profile: ExpertProfile,
  certificate: { readonly certificateId: string; readonly number: string },
  now: Date,
): ExpertProfile {
  const held = profile.credentials.find(
    (credential) => credential.certificateId === certificate.certificateId,
  );
  if (held === undefined || held.revoked) return profile;
  const evidence = MESSAGES.EVIDENCE_CERTIFICATE(held.number, []);
  const restsOnIt = (skill: ExpertSkill) =>
    skill.source === 'verified' &&
    (skill.evidence === evidence || skill.evidence.startsWith(`${evidence},`));
  return {
    ...profile,
    credentials: profile.credentials.map((credential) =>
      credential === held ? { ...credential, revoked: true } : credential,
    ),
    skills: profile.skills.map((skill) =>
      restsOnIt(skill)
        ? {
            code: skill.code,
            name: skill.name,
            level: skill.level,
            source: 'self-declared',
            evidence: '',
          }
        : skill,
    ),
    version: profile.version + 1,
    updatedAt: now,
  };
}
