/**
 * The benchmark generator lives in bench/, outside the unit-test glob, so its checks live here:
 * a benchmark over invalid or unrealistic profiles would measure the wrong thing.
 */
import {
  currentOrganisation,
  foldVietnamese,
  isCalendarDate,
  listOrganisations,
} from '@expertnet/platform';
import { describe, expect, it } from 'vitest';
import { syntheticProfiles } from '../../bench/synthetic.ts';
import { profileIdFor, setMentoringOffer, updateDetails } from '../domain/profiles.ts';
import {
  AVAILABILITY_STATUSES,
  LANGUAGE_LEVELS,
  SKILL_LEVELS,
  VISIBILITIES,
  VISIBILITY_FIELDS,
  type ExpertProfile,
  type ExpertSkill,
} from '../domain/types.ts';
import { DEFAULT_SECTORS } from './sectors.ts';
import { DEFAULT_TAXONOMY, taxonomyOf } from './taxonomy.ts';

const NOW = new Date('2025-12-03T03:00:00Z');
const TODAY = '2025-12-03';
const DAY_MS = 24 * 60 * 60 * 1000;
const TAXONOMY = taxonomyOf(DEFAULT_TAXONOMY);
const SECTOR_CODES = new Set(DEFAULT_SECTORS.map((sector) => sector.code));

const generate = (count: number, seed: number) => [...syntheticProfiles(count, seed, NOW)];
const PROFILES = generate(20_000, 2025);

const share = (predicate: (profile: ExpertProfile) => boolean) =>
  PROFILES.filter(predicate).length / PROFILES.length;
const hasDiacritics = (text: string) => foldVietnamese(text) !== text.toLowerCase();

/** What `check` finds wrong, by profile id: one assertion over 20,000 profiles, not 20,000. */
function faults(check: (profile: ExpertProfile) => string | undefined): string[] {
  const found: string[] = [];
  for (const profile of PROFILES) {
    const fault = check(profile);
    if (fault !== undefined) found.push(`${profile.id}: ${fault}`);
    if (found.length === 10) break;
  }
  return found;
}

describe('syntheticProfiles', () => {
  it('gives the same profiles for the same seed, and a longer run starts with a shorter one', () => {
    expect(generate(300, 7)).toEqual(generate(300, 7));
    expect(generate(1000, 7).slice(0, 300)).toEqual(generate(300, 7));
    expect(generate(50, 8).map((p) => p.id)).not.toEqual(generate(50, 7).map((p) => p.id));
  });

  it('refuses a count that is not a whole non-negative number', () => {
    expect(generate(0, 1)).toEqual([]);
    expect(() => generate(-1, 1)).toThrow(RangeError);
    expect(() => generate(1.5, 1)).toThrow(RangeError);
  });

  it('gives every profile its own email and the id the domain derives from it', () => {
    expect(new Set(PROFILES.map((p) => p.id)).size).toBe(PROFILES.length);
    expect(new Set(PROFILES.map((p) => p.contact.email)).size).toBe(PROFILES.length);
    const emailPattern = /^[a-z.]+[0-9]+@[a-z0-9.]+\.(gov\.vn|com)$/;
    expect(
      faults((p) =>
        p.id !== profileIdFor(p.contact.email)
          ? 'id not derived from the email'
          : !emailPattern.test(p.contact.email)
            ? `email ${p.contact.email}`
            : p.version !== 1
              ? `version ${p.version}`
              : undefined,
      ),
    ).toEqual([]);
  });

  it('spreads experts over all 34 provinces, ministry staff placed in Hà Nội', () => {
    const provinceCodes = listOrganisations({ kinds: ['province'] }).map((p) => p.code);
    expect(provinceCodes).toHaveLength(34);
    expect(new Set(PROFILES.map((p) => p.provinceCode))).toEqual(new Set(provinceCodes));
    expect(
      faults((p) => {
        const organisation = currentOrganisation(p.organisationCode);
        if (organisation?.code !== p.organisationCode) return `${p.organisationCode} not current`;
        const province = organisation.kind === 'province' ? organisation.code : 'P01';
        if (p.provinceCode !== province) return `province ${p.provinceCode}, not ${province}`;
        return p.position === '' || p.unit === '' ? 'no position or unit' : undefined;
      }),
    ).toEqual([]);
    const central = share((p) => !p.organisationCode.startsWith('P'));
    expect(central).toBeGreaterThan(0.15);
    expect(central).toBeLessThan(0.3);
    // Hồ Chí Minh City outnumbers Lai Châu, as its population does.
    const from = (code: string) => share((p) => p.organisationCode === code);
    expect(from('P79')).toBeGreaterThan(10 * from('P12'));
  });

  it('names people in Vietnamese, Nguyễn about two in five', () => {
    expect(faults((p) => (p.fullName.split(' ').length < 3 ? p.fullName : undefined))).toEqual([]);
    expect(share((p) => hasDiacritics(p.fullName))).toBeGreaterThan(0.9);
    const nguyen = share((p) => p.fullName.startsWith('Nguyễn '));
    expect(nguyen).toBeGreaterThan(0.33);
    expect(nguyen).toBeLessThan(0.43);
    expect(share((p) => p.fullName.includes(' Thị '))).toBeGreaterThan(0.1);
  });

  it('claims 2 to 7 taxonomy skills at valid levels, verified ones with their evidence', () => {
    const levels: readonly string[] = SKILL_LEVELS;
    const skillFault = (profile: ExpertProfile, skill: ExpertSkill) => {
      const definition = TAXONOMY.get(skill.code);
      if (definition === undefined) return `${skill.code} not in the taxonomy`;
      if (skill.name.vi !== definition.name.vi || skill.name.en !== definition.name.en) {
        return `${skill.code} named otherwise`;
      }
      if (!levels.includes(skill.level)) return `${skill.code} at ${skill.level}`;
      if (skill.source === 'self-declared') {
        return skill.evidence === '' && skill.verifiedAt === undefined
          ? undefined
          : `${skill.code} self-declared with evidence`;
      }
      if (skill.level === 'basic') return `${skill.code} verified at basic`;
      if (!(skill.verifiedAt instanceof Date) || skill.evidence.length < 3) {
        return `${skill.code} verified without evidence`;
      }
      // A graduate's verified skill rests on a certificate still in force.
      const certificate = skill.evidence.split(',')[0];
      const rests = profile.credentials.some(
        (c) => !c.revoked && certificate === `Chứng chỉ ${c.number}`,
      );
      return profile.origin === 'graduate' && !rests
        ? `${skill.code}: ${skill.evidence}`
        : undefined;
    };
    expect(
      faults((p) => {
        const codes = new Set(p.skills.map((skill) => skill.code));
        if (codes.size !== p.skills.length) return 'a skill twice';
        if (codes.size < 2 || codes.size > 7) return `${codes.size} skills`;
        return p.skills.map((skill) => skillFault(p, skill)).find((f) => f !== undefined);
      }),
    ).toEqual([]);
    const skills = PROFILES.flatMap((p) => p.skills);
    const middle = skills.filter((s) => s.level === 'intermediate' || s.level === 'advanced');
    expect(middle.length / skills.length).toBeGreaterThan(0.6);
    const verified = skills.filter((s) => s.source === 'verified').length / skills.length;
    expect(verified).toBeGreaterThan(0.2);
    expect(verified).toBeLessThan(0.8);
  });

  it('gives graduates their certificates and enrolments, a few revoked, and invitees none', () => {
    const graduates = share((p) => p.origin === 'graduate');
    expect(graduates).toBeGreaterThan(0.8);
    expect(graduates).toBeLessThan(0.9);
    expect(
      faults((p) => {
        if (p.enrolmentIds.length !== p.credentials.length) return 'enrolments and certificates';
        if (p.origin === 'invited') return p.credentials.length === 0 ? undefined : 'invited';
        if (p.credentials.length === 0) return 'a graduate without a certificate';
        const odd = p.credentials.find(
          (c) =>
            !/^CDS-20[0-9]{2}-[0-9]{6}$/.test(c.number) ||
            c.issuedOn > TODAY ||
            c.trackName.vi === '' ||
            c.trackName.en === '',
        );
        return odd === undefined ? undefined : `certificate ${odd.number} ${odd.issuedOn}`;
      }),
    ).toEqual([]);
    const numbers = PROFILES.flatMap((p) => p.credentials.map((c) => c.number));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(share((p) => p.credentials.some((c) => c.revoked))).toBeGreaterThan(0.002);
    expect(share((p) => p.credentials.length === 2)).toBeGreaterThan(0.01);
  });

  it('fills sectors, languages, bio and contact with values the domain accepts', () => {
    const languageLevels: readonly string[] = LANGUAGE_LEVELS;
    expect(
      faults((p) => {
        if (p.sectorCodes.length < 1 || p.sectorCodes.length > 3) return 'sector count';
        if (!p.sectorCodes.every((code) => SECTOR_CODES.has(code))) return 'unknown sector';
        const [first] = p.languages;
        if (first?.code !== 'vi' || first.level !== 'native') return 'Vietnamese not first';
        if (!p.languages.every((l) => languageLevels.includes(l.level))) return 'language level';
        if (p.bio !== '' && !(hasDiacritics(p.bio) && p.bio.endsWith('.'))) return p.bio;
        return undefined;
      }),
    ).toEqual([]);
    const english = share((p) => p.languages.some((l) => l.code === 'en'));
    expect(english).toBeGreaterThan(0.65);
    expect(english).toBeLessThan(0.75);
    expect(share((p) => p.languages.length > 2)).toBeGreaterThan(0.05);
    // The domain's own checks: positions, provinces, sectors, languages, email and phone.
    for (const profile of PROFILES.slice(0, 2000)) {
      const { position, unit, provinceCode, bio, sectorCodes, languages, contact } = profile;
      const details = { position, unit, provinceCode, bio, sectorCodes, languages, contact };
      expect(() => updateDetails(profile, details, NOW)).not.toThrow();
      expect(() => setMentoringOffer(profile, profile.mentoring, TAXONOMY, NOW)).not.toThrow();
    }
  });

  it('makes most available, some limited or away until a day, some of those days passed', () => {
    expect(share((p) => p.availability.status === 'available')).toBeGreaterThan(0.7);
    const statuses: readonly string[] = AVAILABILITY_STATUSES;
    expect(
      faults(({ availability: { status, until, updatedAt } }) =>
        !statuses.includes(status) ||
        (status === 'available' && until !== '') ||
        (until !== '' && !isCalendarDate(until)) ||
        updatedAt > NOW
          ? `${status} until "${until}", changed ${updatedAt.toISOString()}`
          : undefined,
      ),
    ).toEqual([]);
    expect(
      share((p) => p.availability.until !== '' && p.availability.until < TODAY),
    ).toBeGreaterThan(0.01);
    expect(share((p) => p.availability.until > TODAY)).toBeGreaterThan(0.03);
  });

  it('has about two in five willing to mentor, each for 1 to 5 mentees', () => {
    const willing = share((p) => p.mentoring.willing);
    expect(willing).toBeGreaterThan(0.35);
    expect(willing).toBeLessThan(0.45);
    expect(
      faults(({ mentoring, skills }) => {
        const { willing, maxMentees, topicSkillCodes } = mentoring;
        if (willing ? maxMentees < 1 || maxMentees > 5 : maxMentees !== 0) {
          return `willing ${String(willing)} for ${maxMentees}`;
        }
        const own = new Set(skills.map((skill) => skill.code));
        return topicSkillCodes.every((code) => own.has(code)) ? undefined : 'a topic not held';
      }),
    ).toEqual([]);
  });

  it('hides fields on about one profile in ten, with the domain’s visibility values', () => {
    const changed = share((p) => Object.keys(p.visibility).length > 0);
    expect(changed).toBeGreaterThan(0.07);
    expect(changed).toBeLessThan(0.13);
    const fields: readonly string[] = VISIBILITY_FIELDS;
    const values: readonly string[] = VISIBILITIES;
    expect(
      faults((p) =>
        Object.entries(p.visibility).every(
          ([field, visibility]) => fields.includes(field) && values.includes(visibility),
        )
          ? undefined
          : JSON.stringify(p.visibility),
      ),
    ).toEqual([]);
    expect(share((p) => p.visibility.bio === 'only-me')).toBeGreaterThan(0.005);
  });

  it('dates creation before updates and activity, activity within the past year', () => {
    const yearAgo = NOW.getTime() - 366 * DAY_MS;
    expect(
      faults(({ createdAt, updatedAt, lastActiveAt }) =>
        createdAt <= updatedAt &&
        updatedAt <= NOW &&
        createdAt <= lastActiveAt &&
        lastActiveAt <= NOW &&
        lastActiveAt.getTime() >= yearAgo
          ? undefined
          : [createdAt, updatedAt, lastActiveAt].map((d) => d.toISOString()).join(' '),
      ),
    ).toEqual([]);
    expect(share((p) => NOW.getTime() - p.lastActiveAt.getTime() > 180 * DAY_MS)).toBeGreaterThan(
      0.05,
    );
  });
});
