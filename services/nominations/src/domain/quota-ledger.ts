import {
  DomainError,
  invalidArgument,
  type FieldViolation,
  isIntegerBetween,
} from '@expertnet/platform';
import { EVENT_TYPES, type QuotaShortfall } from './events.ts';
import { effectiveRoundStatus } from './rounds.ts';
import type {
  NominationStatus,
  OrganisationResolver,
  Quota,
  QuotaLedgerEntry,
  Round,
} from './types.ts';

/** What the ledger needs of a nomination; a full Nomination fits. */
export interface LedgerNomination {
  readonly status: NominationStatus;
  /** As nominated; the ledger resolves it afresh, so a merger after the nomination still counts. */
  readonly organisationCode: string;
}

/** Every status from the first submission on, except withdrawn (the proto's definition). */
const SUBMITTED_STATUSES: ReadonlySet<NominationStatus> = new Set([
  'submitted',
  'returned',
  'resubmitted',
  'under-review',
  'accepted',
  'rejected',
  'waitlisted',
]);

export const countsAsSubmitted = (status: NominationStatus) => SUBMITTED_STATUSES.has(status);

/** Holds a slot under the ceiling: submitted and neither rejected nor withdrawn. */
export const holdsQuotaSlot = (status: NominationStatus) =>
  countsAsSubmitted(status) && status !== 'rejected';

interface Tally {
  floor: number;
  ceiling: number;
  drafts: number;
  submitted: number;
  accepted: number;
  waitlisted: number;
  rejected: number;
}

const emptyTally = (): Tally => ({
  floor: 0,
  ceiling: 0,
  drafts: 0,
  submitted: 0,
  accepted: 0,
  waitlisted: 0,
  rejected: 0,
});

/**
 * Where each organisation stands in a round, one entry per organisation in force, sorted by
 * code. Quotas and nominations of dissolved organisations count towards their successor (two
 * quotas landing on one successor add up). An organisation with nominations but no quota appears
 * with floor and ceiling 0, so nothing counted is hidden.
 */
export function computeQuotaLedger(
  quotas: readonly Quota[],
  nominations: readonly LedgerNomination[],
  resolve: OrganisationResolver,
): QuotaLedgerEntry[] {
  const tallies = new Map<string, Tally>();
  const tallyOf = (code: string) => {
    const current = resolve(code);
    const tally = tallies.get(current) ?? emptyTally();
    tallies.set(current, tally);
    return tally;
  };
  for (const quota of quotas) {
    const tally = tallyOf(quota.organisationCode);
    tally.floor += quota.floor;
    tally.ceiling += quota.ceiling;
  }
  for (const nomination of nominations) count(tallyOf(nomination.organisationCode), nomination);
  return [...tallies.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([organisationCode, tally]) => entryOf(organisationCode, tally));
}

function count(tally: Tally, { status }: LedgerNomination): void {
  if (status === 'draft') tally.drafts += 1;
  if (countsAsSubmitted(status)) tally.submitted += 1;
  if (status === 'accepted') tally.accepted += 1;
  if (status === 'waitlisted') tally.waitlisted += 1;
  if (status === 'rejected') tally.rejected += 1;
}

function entryOf(organisationCode: string, tally: Tally): QuotaLedgerEntry {
  const active = tally.submitted - tally.rejected;
  return {
    organisationCode,
    ...tally,
    shortfall: Math.max(0, tally.floor - tally.submitted),
    remaining: Math.max(0, tally.ceiling - active),
  };
}

/** The entry an organisation's nominations count towards, found by its current code. */
export function ledgerEntryFor(
  ledger: readonly QuotaLedgerEntry[],
  organisationCode: string,
  resolve: OrganisationResolver,
): QuotaLedgerEntry | undefined {
  const current = resolve(organisationCode);
  return ledger.find((entry) => entry.organisationCode === current);
}

/** The sum of all entries (organisationCode ''), for the ledger's totals row. */
export function ledgerTotals(ledger: readonly QuotaLedgerEntry[]): QuotaLedgerEntry {
  const sum = (pick: (entry: QuotaLedgerEntry) => number) =>
    ledger.reduce((total, entry) => total + pick(entry), 0);
  return {
    organisationCode: '',
    floor: sum((entry) => entry.floor),
    ceiling: sum((entry) => entry.ceiling),
    drafts: sum((entry) => entry.drafts),
    submitted: sum((entry) => entry.submitted),
    accepted: sum((entry) => entry.accepted),
    waitlisted: sum((entry) => entry.waitlisted),
    rejected: sum((entry) => entry.rejected),
    shortfall: sum((entry) => entry.shortfall),
    remaining: sum((entry) => entry.remaining),
  };
}

/**
 * Checks quotas as SetQuotas receives them: floor within ceiling, each organisation once, and
 * only organisations in force (a dissolved one is refused naming its successor).
 */
export function validateQuotas(
  quotas: readonly Quota[],
  resolve: OrganisationResolver,
  prefix = 'quotas',
): readonly FieldViolation[] {
  const violations: FieldViolation[] = [];
  const add = (field: string, description: string) => violations.push({ field, description });
  if (quotas.length < 1 || quotas.length > 200) add(prefix, 'must have 1 to 200 quotas');
  quotas.forEach((quota, index) => {
    const field = `${prefix}[${index}]`;
    const current = resolve(quota.organisationCode);
    if (current !== quota.organisationCode) {
      add(`${field}.organisation.code`, `was dissolved; its successor is ${current}`);
    }
    const first = quotas.findIndex((other) => other.organisationCode === quota.organisationCode);
    if (first !== index) add(`${field}.organisation.code`, `repeats quotas[${first}]`);
    const floorOk = isIntegerBetween(quota.floor, 0, 1000);
    const ceilingOk = isIntegerBetween(quota.ceiling, 1, 1000);
    if (!floorOk) add(`${field}.floor`, 'must be a whole number from 0 to 1000');
    if (!ceilingOk) add(`${field}.ceiling`, 'must be a whole number from 1 to 1000');
    if (floorOk && ceilingOk && quota.floor > quota.ceiling) {
      add(`${field}.floor`, 'must not exceed ceiling');
    }
  });
  return violations;
}

/**
 * SetQuotas: the round's quotas after replacing all of them (`replaceAll`) or only the listed
 * organisations'. A closed round's quotas are its final record and stay as they are. Lowering a
 * ceiling below what is already submitted is allowed: it only stops further submissions.
 */
export function setQuotas(
  round: Round,
  existing: readonly Quota[],
  incoming: readonly Quota[],
  options: {
    readonly replaceAll: boolean;
    readonly resolve: OrganisationResolver;
    readonly now: Date;
  },
): Quota[] {
  if (effectiveRoundStatus(round, options.now) === 'closed') {
    throw new DomainError('failed-precondition', 'ROUND_CLOSED', `round ${round.id} is closed`);
  }
  const violations = validateQuotas(incoming, options.resolve);
  if (violations.length > 0) throw invalidArgument(violations);
  if (options.replaceAll) return [...incoming];
  const changed = new Set(incoming.map((quota) => quota.organisationCode));
  return [...existing.filter((quota) => !changed.has(quota.organisationCode)), ...incoming];
}

/** One QuotaShortfall reminder per organisation below its floor. */
export function quotaShortfallEvents(
  round: Round,
  ledger: readonly QuotaLedgerEntry[],
  daysBeforeClose: number,
): QuotaShortfall[] {
  return ledger
    .filter((entry) => entry.shortfall > 0)
    .map((entry) => ({
      type: EVENT_TYPES.quotaShortfall,
      orgCode: entry.organisationCode,
      payload: {
        roundId: round.id,
        roundName: round.name,
        organisationCode: entry.organisationCode,
        floor: entry.floor,
        submitted: entry.submitted,
        shortfall: entry.shortfall,
        closesAt: round.closesAt,
        daysBeforeClose,
      },
    }));
}
