import { describe, expect, it } from 'vitest';
import { book, freePlace, takePlace, unbook } from './places.ts';
import type { Booking, SupportRequestStatus } from './types.ts';
import { aRequest, caught, NOW } from '../../test/fixtures.ts';

const booking = (dispatchId: string, startDate: string, endDate: string): Booking => ({
  dispatchId,
  startDate,
  endDate,
  bookedAt: NOW,
});

function refused(act: () => unknown, code: string) {
  const error = caught(act);
  expect(error).toMatchObject({ kind: 'failed-precondition', code });
  expect(error.violations.map((violation) => violation.field)).toEqual(['dispatch_id']);
  return error;
}

describe('takePlace', () => {
  it('a matching request with a place open: the dispatch is added', () => {
    expect(takePlace(aRequest({ places: ['d-1'] }), 'd-2')).toEqual(['d-1', 'd-2']);
    expect(takePlace(aRequest(), 'd-1')).toEqual(['d-1']);
  });

  it('idempotent: a dispatch already holding a place keeps it, the list unchanged', () => {
    const request = aRequest({ places: ['d-1', 'd-2'] });
    expect(takePlace(request, 'd-1')).toBe(request.places);
    expect(takePlace(request, 'd-2')).toEqual(['d-1', 'd-2']);
  });

  it('idempotent even once the request is no longer matching', () => {
    const request = aRequest({ status: 'staffed', places: ['d-1', 'd-2'] });
    expect(takePlace(request, 'd-2')).toEqual(['d-1', 'd-2']);
  });

  it('every place held: REQUEST_FULLY_STAFFED', () => {
    const error = refused(
      () => takePlace(aRequest({ places: ['d-1', 'd-2'] }), 'd-3'),
      'REQUEST_FULLY_STAFFED',
    );
    expect(error.message).toContain('YC-2026-0042');
  });

  it.each([
    'draft',
    'submitted',
    'changes-requested',
    'staffed',
    'in-progress',
    'completed',
    'declined',
    'merged',
    'cancelled',
  ] as SupportRequestStatus[])('a %s request: REQUEST_NOT_MATCHING', (status) => {
    refused(() => takePlace(aRequest({ status }), 'd-1'), 'REQUEST_NOT_MATCHING');
  });

  it('the request given is left alone', () => {
    const request = aRequest({ places: ['d-1'] });
    takePlace(request, 'd-2');
    expect(request.places).toEqual(['d-1']);
  });
});

describe('freePlace', () => {
  it('the dispatch’s place is freed, the others kept in order', () => {
    expect(freePlace(aRequest({ places: ['d-1', 'd-2', 'd-3'] }), 'd-2')).toEqual(['d-1', 'd-3']);
  });

  it('a dispatch holding no place: unchanged', () => {
    expect(freePlace(aRequest({ places: ['d-1'] }), 'd-9')).toEqual(['d-1']);
  });
});

describe('book', () => {
  const held = [booking('d-1', '2026-04-06', '2026-04-17')];

  it('dates apart: booked', () => {
    const next = booking('d-2', '2026-04-20', '2026-04-24');
    expect(book(held, next)).toEqual([...held, next]);
    const before = booking('d-3', '2026-03-30', '2026-04-05');
    expect(book(held, before)).toEqual([...held, before]);
  });

  it.each([
    ['inside', '2026-04-08', '2026-04-09'],
    ['around', '2026-04-01', '2026-04-30'],
    ['across the start', '2026-04-01', '2026-04-07'],
    ['across the end', '2026-04-16', '2026-04-20'],
    ['the same dates', '2026-04-06', '2026-04-17'],
    ['ending on the day it starts (dates are inclusive)', '2026-04-01', '2026-04-06'],
    ['starting on the day it ends (dates are inclusive)', '2026-04-17', '2026-04-20'],
    ['one day, its last', '2026-04-17', '2026-04-17'],
  ])('overlapping (%s): EXPERT_ALREADY_ENGAGED', (_, startDate, endDate) => {
    const error = refused(
      () => book(held, booking('d-2', startDate, endDate)),
      'EXPERT_ALREADY_ENGAGED',
    );
    expect(error.message).toContain('2026-04-06');
    expect(error.message).toContain('2026-04-17');
  });

  it('checks every booking, not only the first', () => {
    const two = [...held, booking('d-2', '2026-05-04', '2026-05-08')];
    refused(() => book(two, booking('d-3', '2026-05-08', '2026-05-10')), 'EXPERT_ALREADY_ENGAGED');
  });

  it('idempotent: the same dispatch booked again is the same bookings, even on its own dates', () => {
    expect(book(held, booking('d-1', '2026-04-06', '2026-04-17'))).toBe(held);
  });

  it('the bookings given are left alone', () => {
    const bookings = [...held];
    book(bookings, booking('d-2', '2026-05-01', '2026-05-02'));
    expect(bookings).toEqual(held);
  });
});

describe('unbook', () => {
  it('the dispatch’s booking goes, its dates free again', () => {
    const two = [
      booking('d-1', '2026-04-06', '2026-04-17'),
      booking('d-2', '2026-05-04', '2026-05-08'),
    ];
    const left = unbook(two, 'd-1');
    expect(left).toEqual([two[1]]);
    expect(book(left, booking('d-3', '2026-04-06', '2026-04-17')).map((b) => b.dispatchId)).toEqual(
      ['d-2', 'd-3'],
    );
  });

  it('a dispatch without a booking: unchanged', () => {
    const held = [booking('d-1', '2026-04-06', '2026-04-17')];
    expect(unbook(held, 'd-9')).toEqual(held);
  });
});
