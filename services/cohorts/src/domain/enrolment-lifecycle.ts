import { DomainError } from '@expertnet/platform';
import type { EnrolmentStatus } from './types.ts';

/** What can happen to an existing enrolment. */
export const ENROLMENT_OPERATIONS = [
  'assign',
  'promote',
  'transfer',
  'drop',
  'remove',
  'reinstate',
  'return-to-pool',
  'graduate',
] as const;
export type EnrolmentOperation = (typeof ENROLMENT_OPERATIONS)[number];

/**
 * From which statuses each operation may start; where it ends depends on seats (a seat, the
 * waitlist or the pool), so the operations decide that themselves.
 *
 * - A trainee is transferred from a seat or from a waitlist place, never from the pool (assign).
 * - A graduate stays graduated: nomination events and drops no longer touch them; a certificate
 *   is revoked instead.
 * - A removed or dropped enrolment comes back only when its nomination is accepted again
 *   (a new decision of the programme office after a reversal).
 */
const FROM: Readonly<Record<EnrolmentOperation, readonly EnrolmentStatus[]>> = {
  assign: ['pooled'],
  promote: ['waitlisted', 'enrolled'],
  transfer: ['waitlisted', 'enrolled'],
  drop: ['pooled', 'waitlisted', 'enrolled'],
  remove: ['pooled', 'waitlisted', 'enrolled'],
  reinstate: ['removed', 'dropped'],
  'return-to-pool': ['waitlisted', 'enrolled'],
  graduate: ['enrolled'],
};

export const canApply = (status: EnrolmentStatus, operation: EnrolmentOperation) =>
  FROM[operation].includes(status);

/** Refuses `operation` on an enrolment in `status` with ENROLMENT_INVALID_TRANSITION. */
export function assertCanApply(status: EnrolmentStatus, operation: EnrolmentOperation): void {
  if (canApply(status, operation)) return;
  throw new DomainError(
    'failed-precondition',
    'ENROLMENT_INVALID_TRANSITION',
    `a ${status} enrolment cannot take "${operation}"`,
  );
}

/** The operations an enrolment in `status` can take, e.g. to show the right buttons. */
export const allowedOperations = (status: EnrolmentStatus): EnrolmentOperation[] =>
  ENROLMENT_OPERATIONS.filter((operation) => canApply(status, operation));
