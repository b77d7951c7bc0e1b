import {
  DomainError,
  invalidArgument,
  type FieldViolation,
  requireReason,
} from '@expertnet/platform';
import { deepEqual } from './equality.ts';
import { EVENT_TYPES, type RoundClosed, type RoundEvent, type RoundOpened } from './events.ts';
import { validateRoundSettings } from './round-settings.ts';
import type { Quota, QuotaLedgerEntry, Round, RoundSettings, RoundStatus } from './types.ts';

/** A round after a change, with the events to publish in the same write. */
export interface RoundChange {
  readonly round: Round;
  readonly events: readonly RoundEvent[];
}

/**
 * The status a round has at `now`. A published round needs no timer: it is scheduled before
 * opens_at, open from opens_at, and closed from closes_at (the deadline instant itself is late).
 */
export function effectiveRoundStatus(round: Round, now: Date): RoundStatus {
  if (round.status === 'draft') return 'draft';
  if (round.status === 'closed' || round.closedAt !== undefined) return 'closed';
  if (now.getTime() < round.opensAt.getTime()) return 'scheduled';
  if (now.getTime() < round.closesAt.getTime()) return 'open';
  return 'closed';
}

const notOpenYet = (round: Round) =>
  new DomainError(
    'failed-precondition',
    'NOMINATION_ROUND_NOT_OPEN',
    `round ${round.id} is not open for nominations yet`,
  );

const roundClosed = (round: Round) =>
  new DomainError(
    'failed-precondition',
    'NOMINATION_ROUND_CLOSED',
    `round ${round.id} closed at ${round.closesAt.toISOString()}`,
  );

/** Submissions (the first one of a nomination) only while the round is open. */
export function assertRoundAcceptsSubmissions(round: Round, now: Date): void {
  const status = effectiveRoundStatus(round, now);
  if (status === 'closed') throw roundClosed(round);
  if (status !== 'open') throw notOpenYet(round);
}

/** Drafts may be prepared as soon as a round is published, so units can start before it opens. */
export function assertRoundAcceptsDrafts(round: Round, now: Date): void {
  const status = effectiveRoundStatus(round, now);
  if (status === 'closed') throw roundClosed(round);
  if (status === 'draft') throw notOpenYet(round);
}

export function createRound(id: string, settings: RoundSettings, now: Date): Round {
  assertValidSettings(settings);
  return { ...settings, id, status: 'draft', version: 1, createdAt: now, updatedAt: now };
}

/**
 * Anything may change while the round is a draft or scheduled. Once open only closes_at (later),
 * the description and the reminders may, so nominations already checked stay valid.
 */
export function updateRound(round: Round, settings: RoundSettings, now: Date): Round {
  const status = effectiveRoundStatus(round, now);
  if (status === 'closed') {
    throw new DomainError('failed-precondition', 'ROUND_CLOSED', `round ${round.id} is closed`);
  }
  if (status === 'open') assertOpenRoundChangeAllowed(round, settings);
  assertValidSettings(settings);
  return { ...round, ...settings, version: round.version + 1, updatedAt: now };
}

function assertOpenRoundChangeAllowed(round: Round, settings: RoundSettings): void {
  const locked: FieldViolation[] = [];
  const lock = (same: boolean, field: string, description: string) => {
    if (!same) locked.push({ field: `settings.${field}`, description });
  };
  const fixed = 'may not change once the round is open';
  lock(deepEqual(round.name, settings.name), 'name', fixed);
  lock(deepEqual(round.opensAt, settings.opensAt), 'opens_at', fixed);
  lock(deepEqual(round.eligibility, settings.eligibility), 'eligibility', fixed);
  lock(deepEqual(round.rubric, settings.rubric), 'rubric', fixed);
  lock(
    settings.closesAt.getTime() >= round.closesAt.getTime(),
    'closes_at',
    'may only move later once the round is open',
  );
  if (locked.length === 0) return;
  throw new DomainError(
    'failed-precondition',
    'ROUND_ALREADY_OPEN',
    `round ${round.id} is open: ${locked.map((violation) => violation.field).join(', ')} ${fixed}`,
    { violations: locked },
  );
}

function assertValidSettings(settings: RoundSettings): void {
  const violations = validateRoundSettings(settings);
  if (violations.length > 0) throw invalidArgument(violations);
}

/**
 * Publishes a draft round: scheduled until opens_at, then open (or open at once when opens_at
 * has passed). RoundOpened is published now, carrying opens_at, so units learn of the round and
 * their quotas before it opens.
 */
export function openRound(round: Round, quotas: readonly Quota[], now: Date): RoundChange {
  if (round.status !== 'draft') {
    throw new DomainError(
      'failed-precondition',
      'ROUND_NOT_DRAFT',
      `round ${round.id} is ${effectiveRoundStatus(round, now)}; only a draft can be opened`,
    );
  }
  if (round.closesAt.getTime() <= now.getTime()) {
    throw new DomainError(
      'failed-precondition',
      'ROUND_DEADLINE_PASSED',
      `round ${round.id} closes at ${round.closesAt.toISOString()}, which has passed`,
    );
  }
  if (quotas.length === 0) {
    throw new DomainError(
      'failed-precondition',
      'ROUND_WITHOUT_QUOTAS',
      `round ${round.id} has no quotas, so no organisation could nominate`,
    );
  }
  const status = now.getTime() < round.opensAt.getTime() ? 'scheduled' : 'open';
  const opened: Round = { ...round, status, version: round.version + 1, updatedAt: now };
  const event: RoundOpened = {
    type: EVENT_TYPES.roundOpened,
    orgCode: '',
    payload: {
      roundId: round.id,
      name: round.name,
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      quotas,
    },
  };
  return { round: opened, events: [event] };
}

/**
 * Closes a published round before its deadline (a scheduled one is thereby cancelled).
 * `ledger` is the final standing, computed by the caller just before.
 */
export function closeRound(
  round: Round,
  input: { readonly reason: string; readonly ledger: readonly QuotaLedgerEntry[] },
  now: Date,
): RoundChange {
  const status = effectiveRoundStatus(round, now);
  if (status === 'draft') {
    throw new DomainError('failed-precondition', 'ROUND_NOT_OPEN', `round ${round.id} is a draft`);
  }
  if (status === 'closed') {
    throw new DomainError('failed-precondition', 'ROUND_CLOSED', `round ${round.id} is closed`);
  }
  const reason = requireReason(input.reason, 3, 1000);
  return markClosed(round, { at: now, early: true, reason, ledger: input.ledger }, now);
}

/**
 * Records that the deadline closed a published round, for a periodic sweep; undefined when
 * nothing is due (not published, already recorded, or the deadline not reached).
 */
export function closeRoundAtDeadline(
  round: Round,
  ledger: readonly QuotaLedgerEntry[],
  now: Date,
): RoundChange | undefined {
  const published = round.status === 'scheduled' || round.status === 'open';
  if (!published || round.closedAt !== undefined) return undefined;
  if (now.getTime() < round.closesAt.getTime()) return undefined;
  return markClosed(round, { at: round.closesAt, early: false, reason: '', ledger }, now);
}

function markClosed(
  round: Round,
  closing: {
    readonly at: Date;
    readonly early: boolean;
    readonly reason: string;
    readonly ledger: readonly QuotaLedgerEntry[];
  },
  now: Date,
): RoundChange {
  const event: RoundClosed = {
    type: EVENT_TYPES.roundClosed,
    orgCode: '',
    payload: {
      roundId: round.id,
      name: round.name,
      closedAt: closing.at,
      closedEarly: closing.early,
      reason: closing.reason,
      ledger: closing.ledger,
    },
  };
  return {
    round: {
      ...round,
      status: 'closed',
      closedAt: closing.at,
      version: round.version + 1,
      updatedAt: now,
    },
    events: [event],
  };
}
