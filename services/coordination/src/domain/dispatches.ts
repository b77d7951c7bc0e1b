/**
 * One expert's offer on a request and, once accepted and released, their engagement:
 * invited → accepted (by the expert) → confirmed (released by their organisation) or
 * release-refused; declined or expired while invited; withdrawn by the office; confirmed →
 * in progress → reported (by the expert) → completed (rated by the requester); cancelled by
 * either side after confirmation.
 */
import { fieldError, type ChangeContext } from '@expertnet/platform';
import { audited } from './audit.ts';
import type {
  Candidate,
  Dispatch,
  DispatchStatus,
  EngagementReport,
  SupportRequest,
} from './types.ts';

const DAY_MS = 86_400_000;

export const HOLDS_PLACE: readonly DispatchStatus[] = [
  'accepted',
  'confirmed',
  'in-progress',
  'reported',
  'completed',
];
export const ENGAGED: readonly DispatchStatus[] = [
  'confirmed',
  'in-progress',
  'reported',
  'completed',
];

function refuse(dispatch: Dispatch, doing: string): never {
  throw fieldError(
    'failed-precondition',
    doing === 'answered' ? 'OFFER_CLOSED' : 'ENGAGEMENT_STATUS',
    'dispatch_id',
    `the ${dispatch.status} offer of ${dispatch.expertName} cannot be ${doing}`,
  );
}

export function invite(input: {
  readonly id: string;
  readonly request: SupportRequest;
  readonly candidate: Candidate;
  readonly respondWithinDays: number;
  readonly message: string;
  readonly context: ChangeContext;
}): Dispatch {
  const { request, candidate, context } = input;
  return {
    id: input.id,
    requestId: request.id,
    requestNumber: request.number,
    requestTitle: request.details.title,
    requestingOrganisationCode: request.requestingOrganisationCode,
    mode: request.details.mode,
    provinceCode: request.details.provinceCode,
    startDate: request.details.startDate,
    endDate: request.details.endDate,
    expertId: candidate.expertId,
    expertName: candidate.fullName,
    expertOrganisationCode: candidate.organisationCode,
    status: 'invited',
    message: input.message,
    invitedAt: context.now,
    respondBy: new Date(context.now.getTime() + input.respondWithinDays * DAY_MS),
    respondedAt: undefined,
    reason: '',
    releaseDecidedAt: undefined,
    releaseDecidedBy: '',
    report: undefined,
    rating: undefined,
    cancelledBy: '',
    history: audited(
      { history: [] },
      'invited',
      {},
      { status: 'invited', expertId: candidate.expertId },
      context,
    ),
    version: 1,
  };
}

function moved(
  dispatch: Dispatch,
  status: DispatchStatus,
  action: string,
  changes: Partial<Dispatch>,
  context: ChangeContext,
): Dispatch {
  return {
    ...dispatch,
    ...changes,
    status,
    history: audited(
      dispatch,
      action,
      { status: dispatch.status },
      { status, ...(changes.reason === undefined ? {} : { reason: changes.reason }) },
      context,
    ),
  };
}

const answerable = (dispatch: Dispatch, now: Date) =>
  dispatch.status === 'invited' && dispatch.respondBy > now;

export function accept(dispatch: Dispatch, context: ChangeContext): Dispatch {
  if (!answerable(dispatch, context.now)) refuse(dispatch, 'answered');
  return moved(dispatch, 'accepted', 'accepted', { respondedAt: context.now }, context);
}

export function decline(dispatch: Dispatch, reason: string, context: ChangeContext): Dispatch {
  if (!answerable(dispatch, context.now)) refuse(dispatch, 'answered');
  return moved(dispatch, 'declined', 'declined', { respondedAt: context.now, reason }, context);
}

/** An offer past its answer time; undefined when it is not one. */
export function expire(dispatch: Dispatch, context: ChangeContext): Dispatch | undefined {
  if (dispatch.status !== 'invited' || dispatch.respondBy > context.now) return undefined;
  return moved(dispatch, 'expired', 'expired', {}, context);
}

/** The office takes an offer back (or the places filled up before the expert answered). */
export function withdraw(dispatch: Dispatch, reason: string, context: ChangeContext): Dispatch {
  if (dispatch.status !== 'invited' && dispatch.status !== 'accepted')
    refuse(dispatch, 'withdrawn');
  return moved(dispatch, 'withdrawn', 'withdrawn', { reason }, context);
}

export function decideRelease(
  dispatch: Dispatch,
  release: boolean,
  reason: string,
  context: ChangeContext,
): Dispatch {
  if (dispatch.status !== 'accepted') refuse(dispatch, 'released');
  const decided = {
    releaseDecidedAt: context.now,
    releaseDecidedBy: context.actor.subject,
    reason,
  };
  return release
    ? moved(dispatch, 'confirmed', 'released', decided, context)
    : moved(dispatch, 'release-refused', 'release-refused', decided, context);
}

export function start(dispatch: Dispatch, context: ChangeContext): Dispatch {
  if (dispatch.status !== 'confirmed') refuse(dispatch, 'started');
  return moved(dispatch, 'in-progress', 'started', {}, context);
}

export function report(
  dispatch: Dispatch,
  engagementReport: EngagementReport,
  context: ChangeContext,
): Dispatch {
  if (dispatch.status !== 'in-progress' && dispatch.status !== 'confirmed')
    refuse(dispatch, 'reported');
  return moved(dispatch, 'reported', 'reported', { report: engagementReport }, context);
}

export function rate(
  dispatch: Dispatch,
  rating: { readonly rating: number; readonly feedback: string },
  context: ChangeContext,
): Dispatch {
  if (dispatch.status !== 'reported') refuse(dispatch, 'rated');
  return moved(dispatch, 'completed', 'rated', { rating }, context);
}

export function cancelEngagement(
  dispatch: Dispatch,
  by: string,
  reason: string,
  context: ChangeContext,
): Dispatch {
  if (dispatch.status !== 'confirmed' && dispatch.status !== 'in-progress')
    refuse(dispatch, 'cancelled');
  return moved(dispatch, 'cancelled', 'cancelled', { cancelledBy: by, reason }, context);
}

/**
 * The next candidates to offer: K offers out at once while places are open, each candidate
 * offered once per request, in the directory's order; none once every place is held.
 */
export function nextCandidates(
  request: SupportRequest,
  dispatches: readonly Dispatch[],
): readonly Candidate[] {
  const plan = request.offers;
  if (plan?.candidates === undefined || request.status !== 'matching') return [];
  const open = request.details.expertsNeeded - request.places.length;
  if (open <= 0) return [];
  const outstanding = dispatches.filter((dispatch) => dispatch.status === 'invited').length;
  const offered = new Set(dispatches.map((dispatch) => dispatch.expertId));
  const wanted = Math.max(0, plan.offersAtOnce - outstanding);
  return plan.candidates.filter((candidate) => !offered.has(candidate.expertId)).slice(0, wanted);
}

/** Offers still out once every place is held: taken back, so nobody accepts a place that is gone. */
export const surplusOffers = (request: SupportRequest, dispatches: readonly Dispatch[]) =>
  request.places.length >= request.details.expertsNeeded
    ? dispatches.filter((dispatch) => dispatch.status === 'invited')
    : [];
