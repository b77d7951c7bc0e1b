/**
 * Find-peers: how alike two experts are, and why, in words a person can check. Works on the
 * caller's views (visibility.ts), so a skill or sector hidden from the caller never makes, ranks
 * or explains a suggestion.
 */
import { findOrganisation } from '@expertnet/platform';
import { MESSAGES } from './messages.ts';
import { skillRank, type ExpertSkill, type LocalizedText, type Sector } from './types.ts';
import type { ProfileView } from './visibility.ts';

export const PEER_REASON_KINDS = [
  'shared-skills',
  'same-sector',
  'same-province',
  'same-organisation',
  'same-cohort',
] as const;
export type PeerReasonKind = (typeof PEER_REASON_KINDS)[number];

export interface PeerReason {
  readonly kind: PeerReasonKind;
  /** The shared skill or sector codes, the province or organisation code. */
  readonly codes: readonly string[];
  readonly message: LocalizedText;
}

export interface PeerSuggestion {
  readonly expert: ProfileView;
  /** 0..1. */
  readonly similarity: number;
  /** Strongest first; never empty. */
  readonly reasons: readonly PeerReason[];
}

/**
 * Skills say most about what two experts can discuss; a shared sector next; the same province
 * makes meeting easy; the same organisation adds little (they likely know each other already).
 */
export const PEER_WEIGHTS = {
  'shared-skills': 0.6,
  'same-sector': 0.2,
  'same-province': 0.15,
  'same-organisation': 0.05,
} as const;

/** How many skill names a reason spells out; the codes list them all. */
const NAMED_IN_REASON = 3;

const organisationName = (code: string): LocalizedText =>
  findOrganisation(code)?.name ?? { vi: code, en: code };

/**
 * Cosine similarity of the two skill vectors, each skill weighted by its level (1..4): sharing an
 * expert-level skill counts more than sharing a basic one, and an expert with fifty skills does
 * not resemble everyone.
 */
function skillSimilarity(
  mine: readonly ExpertSkill[],
  theirs: readonly ExpertSkill[],
): { score: number; shared: ExpertSkill[] } {
  const theirLevels = new Map(theirs.map((skill) => [skill.code, skillRank(skill.level)]));
  const norm = (skills: readonly ExpertSkill[]) =>
    Math.sqrt(skills.reduce((sum, skill) => sum + skillRank(skill.level) ** 2, 0));
  const denominator = norm(mine) * norm(theirs);
  if (denominator === 0) return { score: 0, shared: [] };
  const shared = theirs.filter((skill) => mine.some((own) => own.code === skill.code));
  const dot = mine.reduce(
    (sum, skill) => sum + skillRank(skill.level) * (theirLevels.get(skill.code) ?? 0),
    0,
  );
  // Strongest shared skills first: they lead the reason's text.
  shared.sort((a, b) => skillRank(b.level) - skillRank(a.level) || a.code.localeCompare(b.code));
  return { score: dot / denominator, shared };
}

/** How alike `other` is to `self`, with the reasons, strongest first; similarity 0 gives none. */
export function similarity(
  self: ProfileView,
  other: ProfileView,
  sectors: ReadonlyMap<string, Sector>,
): { readonly similarity: number; readonly reasons: readonly PeerReason[] } {
  const scored: { weight: number; reason: PeerReason }[] = [];
  const skills = skillSimilarity(self.skills ?? [], other.skills ?? []);
  if (skills.shared.length > 0) {
    scored.push({
      weight: PEER_WEIGHTS['shared-skills'] * skills.score,
      reason: {
        kind: 'shared-skills',
        codes: skills.shared.map((skill) => skill.code),
        message: MESSAGES.SHARED_SKILLS(
          skills.shared.slice(0, NAMED_IN_REASON).map((skill) => skill.name),
        ),
      },
    });
  }
  const mySectors = self.sectorCodes ?? [];
  const theirSectors = other.sectorCodes ?? [];
  const sharedSectors = theirSectors.filter((code) => mySectors.includes(code));
  if (sharedSectors.length > 0) {
    const union = new Set([...mySectors, ...theirSectors]).size;
    scored.push({
      weight: (PEER_WEIGHTS['same-sector'] * sharedSectors.length) / union,
      reason: {
        kind: 'same-sector',
        codes: sharedSectors,
        message: MESSAGES.SAME_SECTOR(
          sharedSectors.map((code) => sectors.get(code)?.name ?? { vi: code, en: code }),
        ),
      },
    });
  }
  if (self.provinceCode !== '' && self.provinceCode === other.provinceCode) {
    scored.push({
      weight: PEER_WEIGHTS['same-province'],
      reason: {
        kind: 'same-province',
        codes: [other.provinceCode],
        message: MESSAGES.SAME_PROVINCE(organisationName(other.provinceCode)),
      },
    });
  }
  if (self.organisationCode !== '' && self.organisationCode === other.organisationCode) {
    scored.push({
      weight: PEER_WEIGHTS['same-organisation'],
      reason: {
        kind: 'same-organisation',
        codes: [other.organisationCode],
        message: MESSAGES.SAME_ORGANISATION(organisationName(other.organisationCode)),
      },
    });
  }
  scored.sort((a, b) => b.weight - a.weight);
  const total = scored.reduce((sum, entry) => sum + entry.weight, 0);
  return {
    similarity: Math.round(total * 1000) / 1000,
    reasons: scored.map((entry) => entry.reason),
  };
}

/**
 * Others most like `self`, best first (ties by id, for stable pages), at most `limit`. The expert
 * themself and anyone with nothing in common are left out, so every suggestion has a reason.
 */
export function findPeers(
  self: ProfileView,
  candidates: readonly ProfileView[],
  sectors: ReadonlyMap<string, Sector>,
  limit = 20,
): PeerSuggestion[] {
  return candidates
    .filter((candidate) => candidate.id !== self.id)
    .map((candidate) => ({ expert: candidate, ...similarity(self, candidate, sectors) }))
    .filter((suggestion) => suggestion.similarity > 0 && suggestion.reasons.length > 0)
    .sort((a, b) => b.similarity - a.similarity || a.expert.id.localeCompare(b.expert.id))
    .slice(0, limit);
}
