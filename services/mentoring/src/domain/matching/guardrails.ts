/**
 * Pairs that must never be proposed, whatever their score: conflicts of interest (same person,
 * same unit, a reporting line, whoever nominated or reviewed the mentee), a repeat the office did
 * not allow, a mentor with no place or no will to mentor now, one who already said no, and an
 * in-person pair too far apart to meet. Each breach carries its reason for the office's screen.
 */
import { GUARDRAIL_MESSAGES } from './messages.ts';
import { prepareMentee, prepareMentor, type PreparedMentee, type PreparedMentor } from './pool.ts';
import { distanceByIndex } from './province-locations.ts';
import type {
  GuardrailBreach,
  GuardrailKind,
  MatchOptions,
  MenteeNeed,
  MentorCandidate,
} from './types.ts';

/** The order breaches are listed in: who the mentor is, then the history, then practicalities. */
export const GUARDRAIL_KINDS: readonly GuardrailKind[] = [
  'same-person',
  'same-unit',
  'reporting-line',
  'nominator-or-reviewer',
  'repeat-pair',
  'declined-before',
  'not-willing',
  'unavailable',
  'at-capacity',
  'too-far',
];

/*
 * Ranking checks every mentor of the pool; a bit per breach lets it find the allowed ones without
 * building a reason for each, and build the reasons only for the excluded it shows.
 */
const BIT = Object.fromEntries(
  GUARDRAIL_KINDS.map((kind, index) => [kind, 1 << index]),
) as Readonly<Record<GuardrailKind, number>>;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** `inner` names `outer` as a whole phrase ("so kh&cn" in "phong cds, so kh&cn", not in "so kh&cnx"). */
function namesUnit(inner: string, outer: string): boolean {
  for (let at = inner.indexOf(outer); at >= 0; at = inner.indexOf(outer, at + 1)) {
    const before = at === 0 ? '' : inner.charAt(at - 1);
    const after = inner.charAt(at + outer.length);
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
  }
  return false;
}

/** The breaches that depend on the mentor alone: the same for every mentee. */
export function mentorBreachMask(entry: PreparedMentor): number {
  const mentor = entry.mentor;
  let mask = 0;
  if (!mentor.willing) mask |= BIT['not-willing'];
  if (mentor.availability === 'unavailable') mask |= BIT.unavailable;
  if (mentor.heldPlaces >= mentor.maxMentees) mask |= BIT['at-capacity'];
  return mask;
}

/** Only in person, i.e. the mentee will not meet online and the mentor will meet in person. */
export const onlyInPerson = (entry: PreparedMentor, need: PreparedMentee) =>
  need.mentee.mode === 'in-person' && entry.mentor.mode !== 'online';

/** The breaches of one pair as bits; 0 when the pair is allowed. */
export function breachMask(
  entry: PreparedMentor,
  need: PreparedMentee,
  options: MatchOptions,
): number {
  const mentor = entry.mentor;
  const mentee = need.mentee;
  let mask = mentorBreachMask(entry);
  if (
    (mentee.expertId !== '' && mentor.expertId === mentee.expertId) ||
    (mentee.userSubject !== '' && mentor.userSubject === mentee.userSubject)
  ) {
    mask |= BIT['same-person'];
  }
  // An unknown unit (or organisation) says nothing about a conflict, so it never matches.
  if (
    mentor.organisationCode !== '' &&
    mentor.organisationCode === mentee.organisationCode &&
    entry.unitKey !== '' &&
    need.unitKey !== ''
  ) {
    if (entry.unitKey === need.unitKey) mask |= BIT['same-unit'];
    else if (namesUnit(entry.unitKey, need.unitKey) || namesUnit(need.unitKey, entry.unitKey)) {
      mask |= BIT['reporting-line'];
    }
  }
  // Most of these lists are empty; ranking asks 10,000 times, so skip the lookup when they are.
  if (need.conflicts.size > 0 && need.conflicts.has(mentor.userSubject)) {
    mask |= BIT['nominator-or-reviewer'];
  }
  if (need.blockedRepeats.size > 0 && need.blockedRepeats.has(mentor.expertId)) {
    mask |= BIT['repeat-pair'];
  }
  if (need.declined.size > 0 && need.declined.has(mentor.expertId)) {
    mask |= BIT['declined-before'];
  }
  if (
    options.maxDistanceKm > 0 &&
    onlyInPerson(entry, need) &&
    // NaN (a province without a known place) is not more than anything: unknown is not too far.
    distanceByIndex(entry.location, need.meetingLocation) > options.maxDistanceKm
  ) {
    mask |= BIT['too-far'];
  }
  return mask;
}

/** The breaches a mask stands for, with their reasons. */
export function breachesFromMask(
  mask: number,
  entry: PreparedMentor,
  need: PreparedMentee,
  options: MatchOptions,
): GuardrailBreach[] {
  const breaches: GuardrailBreach[] = [];
  for (const kind of GUARDRAIL_KINDS) {
    if ((mask & BIT[kind]) !== 0)
      breaches.push({ kind, reason: reasonOf(kind, entry, need, options) });
  }
  return breaches;
}

function reasonOf(
  kind: GuardrailKind,
  entry: PreparedMentor,
  need: PreparedMentee,
  options: MatchOptions,
) {
  switch (kind) {
    case 'same-person':
      return GUARDRAIL_MESSAGES.SAME_PERSON;
    case 'same-unit':
      return GUARDRAIL_MESSAGES.SAME_UNIT;
    case 'reporting-line':
      return GUARDRAIL_MESSAGES.REPORTING_LINE;
    case 'nominator-or-reviewer':
      return GUARDRAIL_MESSAGES.NOMINATOR_OR_REVIEWER;
    case 'repeat-pair':
      return GUARDRAIL_MESSAGES.REPEAT_PAIR;
    case 'declined-before':
      return GUARDRAIL_MESSAGES.DECLINED_BEFORE;
    case 'not-willing':
      return GUARDRAIL_MESSAGES.NOT_WILLING;
    case 'unavailable':
      return GUARDRAIL_MESSAGES.UNAVAILABLE;
    case 'at-capacity':
      return GUARDRAIL_MESSAGES.AT_CAPACITY(entry.mentor.heldPlaces, entry.mentor.maxMentees);
    case 'too-far':
      return GUARDRAIL_MESSAGES.TOO_FAR(
        distanceByIndex(entry.location, need.meetingLocation),
        options.maxDistanceKm,
      );
  }
}

/** Every guardrail this pair breaches; empty when it may be proposed. */
export function breachesOf(
  mentor: MentorCandidate,
  mentee: MenteeNeed,
  options: MatchOptions,
): GuardrailBreach[] {
  const entry = prepareMentor(mentor);
  const need = prepareMentee(mentee);
  return breachesFromMask(breachMask(entry, need, options), entry, need, options);
}
