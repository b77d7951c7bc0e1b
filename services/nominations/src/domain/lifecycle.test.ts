import { describe, expect, it } from 'vitest';
import {
  allowedOperations,
  canApply,
  nextStatus,
  NOMINATION_OPERATIONS,
  type NominationOperation,
} from './lifecycle.ts';
import { caught } from '../../test/fixtures.ts';
import { NOMINATION_STATUSES, type NominationStatus } from './types.ts';

/**
 * The state machine written out a second time, status by status, so a change to the table in
 * lifecycle.ts must be made here too. Anything not listed is refused.
 */
const EXPECTED: Readonly<
  Record<NominationStatus, Partial<Record<NominationOperation, NominationStatus>>>
> = {
  draft: {
    update: 'draft',
    'add-document': 'draft',
    'remove-document': 'draft',
    submit: 'submitted',
    withdraw: 'withdrawn',
  },
  submitted: {
    return: 'returned',
    score: 'under-review',
    withdraw: 'withdrawn',
    replace: 'withdrawn',
  },
  returned: {
    update: 'returned',
    'add-document': 'returned',
    'remove-document': 'returned',
    submit: 'resubmitted',
    withdraw: 'withdrawn',
    replace: 'withdrawn',
  },
  resubmitted: {
    return: 'returned',
    score: 'under-review',
    withdraw: 'withdrawn',
    replace: 'withdrawn',
  },
  'under-review': {
    return: 'returned',
    score: 'under-review',
    accept: 'accepted',
    reject: 'rejected',
    waitlist: 'waitlisted',
    withdraw: 'withdrawn',
    replace: 'withdrawn',
  },
  accepted: {
    reject: 'rejected',
    waitlist: 'waitlisted',
    withdraw: 'withdrawn',
    replace: 'withdrawn',
  },
  rejected: { accept: 'accepted', waitlist: 'waitlisted', withdraw: 'withdrawn' },
  waitlisted: {
    accept: 'accepted',
    reject: 'rejected',
    withdraw: 'withdrawn',
    replace: 'withdrawn',
  },
  withdrawn: {},
};

const cells = NOMINATION_STATUSES.flatMap((status) =>
  NOMINATION_OPERATIONS.map(
    (operation) => [status, operation, EXPECTED[status][operation]] as const,
  ),
);

describe('nextStatus', () => {
  it.each(cells.filter(([, , next]) => next !== undefined))(
    '%s + %s -> %s',
    (status, operation, next) => {
      expect(nextStatus(status, operation)).toBe(next);
      expect(canApply(status, operation)).toBe(true);
    },
  );

  it.each(cells.filter(([, , next]) => next === undefined))(
    '%s + %s is refused',
    (status, operation) => {
      const error = caught(() => nextStatus(status, operation));
      expect(error).toMatchObject({
        kind: 'failed-precondition',
        code: 'NOMINATION_INVALID_TRANSITION',
      });
      expect(error.message).toBe(`a ${status} nomination cannot take "${operation}"`);
      expect(canApply(status, operation)).toBe(false);
    },
  );
});

describe('the lifecycle as a whole', () => {
  it('walks the issue path: draft, submitted, returned, resubmitted, under review, decided', () => {
    const path: NominationOperation[] = [
      'submit',
      'return',
      'submit',
      'score',
      'score',
      'waitlist',
      'accept',
    ];
    const visited = path.reduce<NominationStatus[]>(
      (statuses, operation) => [...statuses, nextStatus(statuses.at(-1) ?? 'draft', operation)],
      ['draft'],
    );
    expect(visited).toEqual([
      'draft',
      'submitted',
      'returned',
      'resubmitted',
      'under-review',
      'under-review',
      'waitlisted',
      'accepted',
    ]);
  });

  it('lets nothing leave withdrawn', () => {
    expect(allowedOperations('withdrawn')).toEqual([]);
  });

  it('lists the operations open to a status', () => {
    expect(allowedOperations('draft')).toEqual([
      'update',
      'add-document',
      'remove-document',
      'submit',
      'withdraw',
    ]);
    expect(allowedOperations('rejected')).toEqual(['accept', 'waitlist', 'withdraw']);
  });
});
