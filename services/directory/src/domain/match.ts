/**
 * MatchExperts: ranked candidates for a need (skills, place, dates, mentoring capacity), the API
 * mentoring and coordination use. Works on the caller's views, like search and find-peers.
 */
import { findOrganisation, vietnamDateOf } from '@expertnet/platform';
import { matchesFilter, type ExpertFilter, type SkillRequirement } from './facets.ts';
import { MESSAGES } from './messages.ts';
import type { PeerReason } from './peers.ts';
import { effectiveAvailability } from './profiles.ts';
import { skillRank, type ExpertSkill } from './types.ts';
import type { ProfileView } from './visibility.ts';

export interface MatchRequest {
  /** At least one. */
  readonly skills: readonly SkillRequirement[];
  readonly filter: ExpertFilter;
  /** Rank higher without excluding others (e.g. a remote request). */
  readonly preferredProvinceCodes: readonly string[];
  /** '' for open ends; leaves out experts unavailable during any part of the period. */
  readonly availableFrom: string;
  readonly availableTo: string;
  readonly excludeExpertIds: readonly string[];
}

export interface ExpertMatch {
  readonly expert: ProfileView;
  /** 0..1. */
  readonly score: number;
  readonly matchedSkills: readonly ExpertSkill[];
  readonly missingSkillCodes: readonly string[];
  readonly reasons: readonly PeerReason[];
}

/** Skills decide; a preferred province only reorders experts whose skills are alike. */
export const PROVINCE_SHARE = 0.15;
/** A verified skill is worth more than the same claim self-declared: the programme vouches. */
export const VERIFIED_BONUS = 0.1;

/** 0.6 for holding the skill at the minimum, up to 0.9 at expert level, plus the verified bonus. */
function credit(skill: ExpertSkill): number {
  return (
    0.6 +
    (0.3 * (skillRank(skill.level) - 1)) / 3 +
    (skill.source === 'verified' ? VERIFIED_BONUS : 0)
  );
}

const satisfies = (skill: ExpertSkill, requirement: SkillRequirement) =>
  skill.code === requirement.code &&
  (requirement.minLevel === undefined ||
    skillRank(skill.level) >= skillRank(requirement.minLevel)) &&
  (!requirement.verifiedOnly || skill.source === 'verified');

/**
 * Unavailable during the period: an absence with no end, or one reaching its first day (today
 * when only the end is given). The
 * caller's view may not show availability; then nothing is known and nobody is left out for it.
 */
function absentDuring(view: ProfileView, from: string, to: string, now: Date): boolean {
  // No period asked: availability is the filter's business, not a reason to drop anyone here.
  if (view.availability === undefined || (from === '' && to === '')) return false;
  const availability = effectiveAvailability(view.availability, now);
  if (availability.status !== 'unavailable') return false;
  const start = from === '' ? vietnamDateOf(now) : from;
  return availability.until === '' || availability.until >= start;
}

/** Best first (ties by id); experts matching none of the skills are left out. */
export function matchExperts(
  views: readonly ProfileView[],
  request: MatchRequest,
  now: Date,
): ExpertMatch[] {
  const excluded = new Set(request.excludeExpertIds);
  const matches: ExpertMatch[] = [];
  for (const view of views) {
    if (excluded.has(view.id) || !matchesFilter(view, request.filter, now)) continue;
    if (absentDuring(view, request.availableFrom, request.availableTo, now)) continue;
    const matchedSkills: ExpertSkill[] = [];
    const missingSkillCodes: string[] = [];
    for (const requirement of request.skills) {
      const held = (view.skills ?? []).find((skill) => satisfies(skill, requirement));
      if (held === undefined) missingSkillCodes.push(requirement.code);
      else matchedSkills.push(held);
    }
    if (matchedSkills.length === 0) continue;
    // credit() tops out at 1 (expert level, verified), so the mean stays within 0..1.
    const skillScore =
      matchedSkills.reduce((sum, skill) => sum + credit(skill), 0) / request.skills.length;
    const preferred = request.preferredProvinceCodes.includes(view.provinceCode);
    const score =
      request.preferredProvinceCodes.length === 0
        ? skillScore
        : (1 - PROVINCE_SHARE) * skillScore + (preferred ? PROVINCE_SHARE : 0);
    const reasons: PeerReason[] = [
      {
        kind: 'shared-skills',
        codes: matchedSkills.map((skill) => skill.code),
        message: MESSAGES.SHARED_SKILLS(matchedSkills.map((skill) => skill.name)),
      },
    ];
    if (preferred) {
      reasons.push({
        kind: 'same-province',
        codes: [view.provinceCode],
        message: MESSAGES.SAME_PROVINCE(
          findOrganisation(view.provinceCode)?.name ?? {
            vi: view.provinceCode,
            en: view.provinceCode,
          },
        ),
      });
    }
    matches.push({
      expert: view,
      score: Math.round(score * 1000) / 1000,
      matchedSkills,
      missingSkillCodes,
      reasons,
    });
  }
  return matches.sort((a, b) => b.score - a.score || a.expert.id.localeCompare(b.expert.id));
}
