/**
 * A request's places and an expert's bookings: the two single-document checks an acceptance makes.
 * A place is held from the expert's acceptance until the release is refused or the engagement
 * ends; a booking keeps one expert from two engagements on overlapping dates.
 */
import { fieldError } from '@expertnet/platform';
import type { Booking, SupportRequest } from './types.ts';

export function takePlace(request: SupportRequest, dispatchId: string): readonly string[] {
  if (request.places.includes(dispatchId)) return request.places;
  if (request.status !== 'matching') {
    throw fieldError(
      'failed-precondition',
      'REQUEST_NOT_MATCHING',
      'dispatch_id',
      `request ${request.number} is ${request.status}`,
    );
  }
  if (request.places.length >= request.details.expertsNeeded) {
    throw fieldError(
      'failed-precondition',
      'REQUEST_FULLY_STAFFED',
      'dispatch_id',
      `all ${String(request.details.expertsNeeded)} places of request ${request.number} are taken`,
    );
  }
  return [...request.places, dispatchId];
}

export const freePlace = (request: SupportRequest, dispatchId: string) =>
  request.places.filter((id) => id !== dispatchId);

const overlaps = (a: Booking, b: Booking) => a.startDate <= b.endDate && b.startDate <= a.endDate;

export function book(bookings: readonly Booking[], booking: Booking): readonly Booking[] {
  if (bookings.some((held) => held.dispatchId === booking.dispatchId)) return bookings;
  const clash = bookings.find((held) => overlaps(held, booking));
  if (clash !== undefined) {
    throw fieldError(
      'failed-precondition',
      'EXPERT_ALREADY_ENGAGED',
      'dispatch_id',
      `the expert is engaged from ${clash.startDate} to ${clash.endDate}, which overlaps ${booking.startDate}–${booking.endDate}`,
    );
  }
  return [...bookings, booking];
}

export const unbook = (bookings: readonly Booking[], dispatchId: string) =>
  bookings.filter((held) => held.dispatchId !== dispatchId);
