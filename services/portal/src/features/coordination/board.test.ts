import { describe, expect, it } from 'vitest';
import {
  editable,
  isBreached,
  oldestFirst,
  pendingDeadline,
  places,
  stepsOf,
  withdrawable,
} from './board.ts';
import type { SupportRequest } from './types.ts';

const NOW = new Date('2027-02-10T03:00:00Z');

describe('the triage board', () => {
  it('puts the longest waiting request first', () => {
    const requests: SupportRequest[] = [
      { id: 'b', submittedAt: '2027-02-05T01:00:00Z' },
      { id: 'a', submittedAt: '2027-02-01T01:00:00Z' },
      { id: 'c', createdAt: '2027-02-08T01:00:00Z' },
    ];
    expect(oldestFirst(requests).map((request) => request.id)).toEqual(['a', 'b', 'c']);
  });

  it('waits on triage while submitted, on first offers while matching', () => {
    const serviceLevel = {
      triageDueAt: '2027-02-09T10:00:00Z',
      firstOfferDueAt: '2027-02-12T10:00:00Z',
    };
    expect(pendingDeadline({ status: 'SUPPORT_REQUEST_STATUS_SUBMITTED', serviceLevel })).toEqual({
      level: 'triage',
      dueAt: '2027-02-09T10:00:00Z',
    });
    expect(pendingDeadline({ status: 'SUPPORT_REQUEST_STATUS_MATCHING', serviceLevel })).toEqual({
      level: 'firstOffer',
      dueAt: '2027-02-12T10:00:00Z',
    });
    expect(
      pendingDeadline({
        status: 'SUPPORT_REQUEST_STATUS_MATCHING',
        serviceLevel: { ...serviceLevel, firstOfferAt: '2027-02-11T00:00:00Z' },
      }),
    ).toBeUndefined();
  });

  it('marks a breach past the deadline, or once the sweep escalated it', () => {
    const submitted = (triageDueAt: string, escalated = false): SupportRequest => ({
      status: 'SUPPORT_REQUEST_STATUS_SUBMITTED',
      serviceLevel: {
        triageDueAt,
        escalations: escalated ? [{ level: 'triage', dueAt: triageDueAt }] : [],
      },
    });
    expect(isBreached(submitted('2027-02-09T10:00:00Z'), NOW)).toBe(true);
    expect(isBreached(submitted('2027-02-11T10:00:00Z'), NOW)).toBe(false);
    expect(isBreached(submitted('2027-02-11T10:00:00Z', true), NOW)).toBe(true);
    expect(isBreached({ status: 'SUPPORT_REQUEST_STATUS_COMPLETED' }, NOW)).toBe(false);
  });

  it('counts places taken and offers out', () => {
    expect(
      places({
        details: { expertsNeeded: 2 } as SupportRequest['details'],
        dispatches: [
          { status: 'DISPATCH_STATUS_INVITED' },
          { status: 'DISPATCH_STATUS_ACCEPTED' },
          { status: 'DISPATCH_STATUS_DECLINED' },
          { status: 'DISPATCH_STATUS_CONFIRMED' },
        ],
      }),
    ).toEqual({ needed: 2, taken: 2, outstanding: 1 });
  });
});

describe('what each side may do with an engagement', () => {
  it('follows the offer from invitation to rating', () => {
    expect(stepsOf({ status: 'DISPATCH_STATUS_INVITED' }, 'expert')).toEqual(['respond']);
    expect(stepsOf({ status: 'DISPATCH_STATUS_ACCEPTED' }, 'home')).toEqual(['release']);
    expect(stepsOf({ status: 'DISPATCH_STATUS_ACCEPTED' }, 'expert')).toEqual([]);
    expect(stepsOf({ status: 'DISPATCH_STATUS_CONFIRMED' }, 'expert')).toEqual(['start', 'cancel']);
    expect(stepsOf({ status: 'DISPATCH_STATUS_IN_PROGRESS' }, 'expert')).toEqual([
      'report',
      'cancel',
    ]);
    expect(stepsOf({ status: 'DISPATCH_STATUS_IN_PROGRESS' }, 'requester')).toEqual(['cancel']);
    expect(stepsOf({ status: 'DISPATCH_STATUS_REPORTED' }, 'requester')).toEqual(['rate']);
    expect(stepsOf({ status: 'DISPATCH_STATUS_COMPLETED' }, 'requester')).toEqual([]);
  });

  it('lets the requester edit only drafts and returned requests, and withdraw open ones', () => {
    expect(editable({ status: 'SUPPORT_REQUEST_STATUS_DRAFT' })).toBe(true);
    expect(editable({ status: 'SUPPORT_REQUEST_STATUS_CHANGES_REQUESTED' })).toBe(true);
    expect(editable({ status: 'SUPPORT_REQUEST_STATUS_SUBMITTED' })).toBe(false);
    expect(withdrawable({ status: 'SUPPORT_REQUEST_STATUS_MATCHING' })).toBe(true);
    expect(withdrawable({ status: 'SUPPORT_REQUEST_STATUS_COMPLETED' })).toBe(false);
  });
});
