import { DomainError, requireReason } from '@expertnet/platform';
import { EVENT_TYPES, type DuplicateCandidateFlagged, type DuplicateMatch } from './events.ts';
import type { Actor, DuplicateFlagStatus, Nomination } from './types.ts';

/** The same person (same national ID hash) on several nominations, for the programme office. */
export interface DuplicateFlag {
  readonly id: string;
  readonly status: DuplicateFlagStatus;
  /** Every nomination involved, the earliest flagged first. */
  readonly matches: readonly DuplicateMatch[];
  readonly flaggedAt: Date;
  readonly resolutionNote: string;
  readonly resolvedBy: string;
  readonly resolvedAt?: Date | undefined;
}

export function duplicateMatchOf(
  nomination: Pick<Nomination, 'id' | 'roundId' | 'organisationCode' | 'candidate' | 'status'>,
): DuplicateMatch {
  return {
    nominationId: nomination.id,
    roundId: nomination.roundId,
    organisationCode: nomination.organisationCode,
    candidateName: nomination.candidate.fullName,
    status: nomination.status,
  };
}

/**
 * Whether `subject` duplicates another nomination, given those the store found with the same
 * hash (in any round or organisation): every other one that is not withdrawn counts, whether in
 * another organisation, another round, or the same organisation twice in one round. Returns the
 * matches, subject first, or [] when there is nothing to flag.
 */
export function duplicateMatches(
  subject: DuplicateMatch,
  sameHash: readonly DuplicateMatch[],
): DuplicateMatch[] {
  if (subject.status === 'withdrawn') return [];
  const others = sameHash.filter(
    (other) => other.nominationId !== subject.nominationId && other.status !== 'withdrawn',
  );
  return others.length === 0 ? [] : [subject, ...others];
}

export interface FlagResult {
  readonly flag: DuplicateFlag;
  /** Published when the flag is new or a nomination joined it; absent when nothing changed. */
  readonly event?: DuplicateCandidateFlagged | undefined;
}

/**
 * Records `matches` (from duplicateMatches, non-empty) on the hash's open flag, or opens a new
 * one when there is none: a confirmed or dismissed flag was about the nominations of its time,
 * so a later nomination of that person asks the office again.
 */
export function flagDuplicates(
  openFlag: DuplicateFlag | undefined,
  matches: readonly DuplicateMatch[],
  options: { readonly newId: string; readonly now: Date },
): FlagResult | undefined {
  if (matches.length < 2) return undefined;
  if (openFlag?.status !== 'open') {
    const flag: DuplicateFlag = {
      id: options.newId,
      status: 'open',
      matches,
      flaggedAt: options.now,
      resolutionNote: '',
      resolvedBy: '',
    };
    return { flag, event: flaggedEvent(flag) };
  }
  const known = new Set(openFlag.matches.map((match) => match.nominationId));
  const joined = matches.filter((match) => !known.has(match.nominationId));
  const latest = new Map(matches.map((match) => [match.nominationId, match]));
  const flag: DuplicateFlag = {
    ...openFlag,
    matches: [
      ...openFlag.matches.map((match) => latest.get(match.nominationId) ?? match),
      ...joined,
    ],
  };
  return { flag, event: joined.length > 0 ? flaggedEvent(flag) : undefined };
}

function flaggedEvent(flag: DuplicateFlag): DuplicateCandidateFlagged {
  return {
    type: EVENT_TYPES.duplicateFlagged,
    orgCode: '',
    payload: { flagId: flag.id, matches: flag.matches },
  };
}

/** The office's verdict: the same person indeed (confirmed) or not a problem (dismissed). */
export function resolveDuplicateFlag(
  flag: DuplicateFlag,
  input: { readonly resolution: 'confirmed' | 'dismissed'; readonly note: string },
  context: { readonly actor: Actor; readonly now: Date },
): DuplicateFlag {
  if (flag.status !== 'open') {
    throw new DomainError(
      'failed-precondition',
      'DUPLICATE_FLAG_ALREADY_RESOLVED',
      `duplicate flag ${flag.id} is already ${flag.status}`,
    );
  }
  return {
    ...flag,
    status: input.resolution,
    resolutionNote: requireReason(input.note, 3, 2000, 'note'),
    resolvedBy: context.actor.subject,
    resolvedAt: context.now,
  };
}
