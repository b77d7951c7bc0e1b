import { DomainError } from '@expertnet/platform';
import type { NominationStatus } from './types.ts';

/**
 * What can happen to an existing nomination. Decisions are three operations so that each
 * outcome has its own row in the table below.
 */
export const NOMINATION_OPERATIONS = [
  'update',
  'add-document',
  'remove-document',
  'submit',
  'return',
  'score',
  'accept',
  'reject',
  'waitlist',
  'withdraw',
  'replace',
] as const;
export type NominationOperation = (typeof NOMINATION_OPERATIONS)[number];

type Transitions = Readonly<Partial<Record<NominationStatus, NominationStatus>>>;

const EDITABLE: Transitions = { draft: 'draft', returned: 'returned' };

/** Submitted and not yet decided: where review happens. */
const IN_REVIEW = ['submitted', 'resubmitted', 'under-review'] as const;

const to = (target: NominationStatus, from: readonly NominationStatus[]): Transitions =>
  Object.fromEntries(from.map((status) => [status, target]));

/**
 * The whole state machine, one row per operation: from-status -> to-status; a status missing
 * from a row cannot take that operation.
 *
 * - Edits and documents only while the nominator holds the nomination (draft, returned).
 * - A decision needs at least one review (under review); a decided nomination may be decided
 *   again with another outcome (a reversal: waitlisted -> accepted, accepted -> rejected...).
 * - Withdrawal from any status but withdrawn ("from any status before", events.proto), so an
 *   accepted nominee who cannot attend is withdrawn and cohorts drops the enrolment.
 * - Replacement only where the nomination holds a quota slot (submitted, not rejected).
 */
const TRANSITIONS: Readonly<Record<NominationOperation, Transitions>> = {
  update: EDITABLE,
  'add-document': EDITABLE,
  'remove-document': EDITABLE,
  submit: { draft: 'submitted', returned: 'resubmitted' },
  return: to('returned', IN_REVIEW),
  score: to('under-review', IN_REVIEW),
  accept: to('accepted', ['under-review', 'rejected', 'waitlisted']),
  reject: to('rejected', ['under-review', 'accepted', 'waitlisted']),
  waitlist: to('waitlisted', ['under-review', 'accepted', 'rejected']),
  withdraw: to('withdrawn', [
    'draft',
    'submitted',
    'returned',
    'resubmitted',
    'under-review',
    'accepted',
    'rejected',
    'waitlisted',
  ]),
  replace: to('withdrawn', [
    'submitted',
    'returned',
    'resubmitted',
    'under-review',
    'accepted',
    'waitlisted',
  ]),
};

/** The status after `operation`, or NOMINATION_INVALID_TRANSITION. */
export function nextStatus(
  status: NominationStatus,
  operation: NominationOperation,
): NominationStatus {
  const next = TRANSITIONS[operation][status];
  if (next === undefined) {
    throw new DomainError(
      'failed-precondition',
      'NOMINATION_INVALID_TRANSITION',
      `a ${status} nomination cannot take "${operation}"`,
    );
  }
  return next;
}

export const canApply = (status: NominationStatus, operation: NominationOperation) =>
  TRANSITIONS[operation][status] !== undefined;

/** The operations a nomination in `status` can take, e.g. to show the right buttons. */
export const allowedOperations = (status: NominationStatus): NominationOperation[] =>
  NOMINATION_OPERATIONS.filter((operation) => canApply(status, operation));
