import type { Dispatch, DispatchStatus, SupportRequest } from './types.ts';

/** The triage board's order: the longest waiting first (by submission, then creation). */
export function oldestFirst(requests: readonly SupportRequest[]): SupportRequest[] {
  const since = (request: SupportRequest) => request.submittedAt ?? request.createdAt ?? '';
  return [...requests].sort((a, b) => Date.parse(since(a)) - Date.parse(since(b)));
}

/** The service-level deadline a request is waiting on now, if any. */
export function pendingDeadline(
  request: SupportRequest,
): { readonly level: 'triage' | 'firstOffer'; readonly dueAt: string } | undefined {
  const level = request.serviceLevel;
  if (request.status === 'SUPPORT_REQUEST_STATUS_SUBMITTED' && level?.triageDueAt !== undefined) {
    return { level: 'triage', dueAt: level.triageDueAt };
  }
  if (
    request.status === 'SUPPORT_REQUEST_STATUS_MATCHING' &&
    level?.firstOfferAt === undefined &&
    level?.firstOfferDueAt !== undefined
  ) {
    return { level: 'firstOffer', dueAt: level.firstOfferDueAt };
  }
  return undefined;
}

/** Past its deadline now (or escalated by the service's sweep). */
export function isBreached(request: SupportRequest, now: Date): boolean {
  const pending = pendingDeadline(request);
  if (pending === undefined) return false;
  const escalated = (request.serviceLevel?.escalations ?? []).some(
    (escalation) => escalation.level === (pending.level === 'triage' ? 'triage' : 'first_offer'),
  );
  return escalated || Date.parse(pending.dueAt) < now.getTime();
}

/** Offers that hold a place (accepted, released, at work, reported, done). */
const HOLDS_PLACE: readonly DispatchStatus[] = [
  'DISPATCH_STATUS_ACCEPTED',
  'DISPATCH_STATUS_CONFIRMED',
  'DISPATCH_STATUS_IN_PROGRESS',
  'DISPATCH_STATUS_REPORTED',
  'DISPATCH_STATUS_COMPLETED',
];

/** How many places are taken and how many offers are out, of the experts needed. */
export function places(request: SupportRequest): {
  readonly needed: number;
  readonly taken: number;
  readonly outstanding: number;
} {
  const dispatches = request.dispatches ?? [];
  return {
    needed: request.details?.expertsNeeded ?? 0,
    taken: dispatches.filter((d) => HOLDS_PLACE.includes(d.status ?? 'DISPATCH_STATUS_UNSPECIFIED'))
      .length,
    outstanding: dispatches.filter((d) => d.status === 'DISPATCH_STATUS_INVITED').length,
  };
}

/** What one may do with an engagement next, by its status and who one is in it. */
export type EngagementStep = 'respond' | 'start' | 'report' | 'rate' | 'cancel' | 'release';

export function stepsOf(dispatch: Dispatch, as: 'expert' | 'requester' | 'home'): EngagementStep[] {
  switch (dispatch.status) {
    case 'DISPATCH_STATUS_INVITED':
      return as === 'expert' ? ['respond'] : [];
    case 'DISPATCH_STATUS_ACCEPTED':
      return as === 'home' ? ['release'] : [];
    case 'DISPATCH_STATUS_CONFIRMED':
      return as === 'home' ? [] : ['start', 'cancel'];
    case 'DISPATCH_STATUS_IN_PROGRESS':
      if (as === 'expert') return ['report', 'cancel'];
      return as === 'requester' ? ['cancel'] : [];
    case 'DISPATCH_STATUS_REPORTED':
      return as === 'requester' ? ['rate'] : [];
    default:
      return [];
  }
}

/** The requester may still change (and submit) a draft or a request returned for changes. */
export const editable = (request: SupportRequest) =>
  request.status === 'SUPPORT_REQUEST_STATUS_DRAFT' ||
  request.status === 'SUPPORT_REQUEST_STATUS_CHANGES_REQUESTED';

/** A request not yet finished one way or another may be withdrawn. */
export const withdrawable = (request: SupportRequest) =>
  request.status === 'SUPPORT_REQUEST_STATUS_DRAFT' ||
  request.status === 'SUPPORT_REQUEST_STATUS_SUBMITTED' ||
  request.status === 'SUPPORT_REQUEST_STATUS_CHANGES_REQUESTED' ||
  request.status === 'SUPPORT_REQUEST_STATUS_MATCHING';
