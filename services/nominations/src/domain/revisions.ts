import { deepEqual } from './equality.ts';
import type { Actor, Candidate, Nomination, NominationStatus } from './types.ts';

/** The RPC that made a change, recorded as the revision's action. */
export type NominationAction =
  | 'CreateNomination'
  | 'UpdateNomination'
  | 'AddDocument'
  | 'RemoveDocument'
  | 'SubmitNomination'
  | 'ReturnNomination'
  | 'ScoreNomination'
  | 'DecideNomination'
  | 'WithdrawNomination'
  | 'ReplaceNominee'
  | 'ImportNominations';

/** One change, kept forever (mirrors NominationRevision). */
export interface NominationRevision {
  readonly nominationId: string;
  /** The nomination's version after the change. */
  readonly version: number;
  readonly actor: Actor;
  readonly at: Date;
  readonly action: NominationAction;
  /** Absent when the change created the nomination. */
  readonly statusBefore?: NominationStatus | undefined;
  readonly statusAfter: NominationStatus;
  /** Proto field paths, e.g. "candidate.position", "documents", "national_id". */
  readonly changedFields: readonly string[];
  /** Set only when the candidate changed (or was first given). */
  readonly candidateBefore?: Candidate | undefined;
  readonly candidateAfter?: Candidate | undefined;
  /** The reason given with a return, decision, withdrawal or replacement. */
  readonly note: string;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Fields of a nomination a person can change, by proto path; the rest is bookkeeping. */
const TRACKED: readonly (readonly [keyof Nomination, string])[] = [
  ['organisationCode', 'organisation'],
  ['effectiveOrganisationCode', 'effective_organisation'],
  ['status', 'status'],
  // The hash stands for the number, which no revision may show.
  ['nationalIdHash', 'national_id'],
  ['documents', 'documents'],
  ['eligibility', 'eligibility'],
  ['reviews', 'reviews'],
  ['averageScore', 'average_score'],
  ['decision', 'decision'],
  ['returnReason', 'return_reason'],
  ['withdrawalReason', 'withdrawal_reason'],
  ['replacesNominationId', 'replaces_nomination_id'],
  ['replacedByNominationId', 'replaced_by_nomination_id'],
  ['duplicateFlagIds', 'duplicate_flag_ids'],
  ['submittedAt', 'submitted_at'],
];

function changedKeys<T extends object>(before: T, after: T, prefix: string): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys]
    .filter((key) => !deepEqual(before[key as keyof T], after[key as keyof T]))
    .map((key) => `${prefix}.${snakeCase(key)}`);
}

/** Proto paths of what differs between two versions of a nomination, candidate fields first. */
export function changedFields(before: Nomination, after: Nomination): string[] {
  return [
    ...changedKeys(before.candidate, after.candidate, 'candidate'),
    ...changedKeys(before.officer, after.officer, 'officer'),
    ...TRACKED.filter(([key]) => !deepEqual(before[key], after[key])).map(([, path]) => path),
  ];
}

export interface RevisionStep {
  readonly action: NominationAction;
  readonly actor: Actor;
  readonly at: Date;
  readonly note?: string | undefined;
}

/** The revision for `after`, made from `before` (undefined when the nomination is new). */
export function revisionOf(
  before: Nomination | undefined,
  after: Nomination,
  step: RevisionStep,
): NominationRevision {
  const fields = before === undefined ? [] : changedFields(before, after);
  const candidateChanged =
    before === undefined || fields.some((field) => field.startsWith('candidate.'));
  return {
    nominationId: after.id,
    version: after.version,
    actor: step.actor,
    at: step.at,
    action: step.action,
    statusBefore: before?.status,
    statusAfter: after.status,
    changedFields: fields,
    candidateBefore: candidateChanged ? before?.candidate : undefined,
    candidateAfter: candidateChanged ? after.candidate : undefined,
    note: step.note ?? '',
  };
}
