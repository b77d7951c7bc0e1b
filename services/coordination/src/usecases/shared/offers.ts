/**
 * Offers and places. An acceptance spans three documents: the expert's bookings (no two
 * engagements on overlapping dates), the request's places (no more experts than needed) and the
 * dispatch (with its event). Each step is idempotent and checked on its own document; the
 * reconcile sweep finishes what a crash left between them. Offers are made under ids fixed by the
 * request and the expert, so a fan-out done twice makes each offer once.
 */
import { fieldError, type ChangeContext } from '@expertnet/platform';
import {
  book,
  dispatchEvent,
  EVENT_TYPES,
  freePlace,
  invite,
  nextCandidates,
  surplusOffers,
  takePlace,
  unbook,
  withdraw,
  withStaffing,
  ENGAGED,
  staffingEvent,
  type Candidate,
  type Dispatch,
  type SupportRequest,
} from '../../domain/index.ts';
import { DISPATCHES_COLLECTION } from '../../repositories/dispatches.repository.ts';
import {
  DirectoryUnavailable,
  envelopes,
  retryOnConflict,
  written,
  type Dependencies,
} from './dependencies.ts';
import { offerIdOf } from './loading.ts';

type DispatchEventType = Parameters<typeof dispatchEvent>[0];

/** Writes a change of the dispatch with its event. */
export async function saveDispatch(
  deps: Dependencies,
  before: Dispatch,
  after: Dispatch,
  event: DispatchEventType | undefined,
  context: ChangeContext,
): Promise<Dispatch> {
  const next = { ...after, version: before.version + 1 };
  const events = event === undefined ? [] : [dispatchEvent(event, next, before.status)];
  written(
    deps,
    await deps.dispatches.replace(
      next,
      before.version,
      envelopes(deps, events, context),
      `offer ${before.id}`,
    ),
  );
  return next;
}

/** Changes the request by a read-decide-write retried on conflict; its events with it. */
export function changeRequest(
  deps: Dependencies,
  requestId: string,
  decide: (
    request: SupportRequest,
  ) => { readonly next: SupportRequest; readonly engagedExpertIds?: readonly string[] } | undefined,
  context: ChangeContext,
): Promise<SupportRequest | undefined> {
  return retryOnConflict(async () => {
    const current = await deps.requests.get(requestId);
    if (current === undefined) return undefined;
    const decided = decide(current);
    if (decided === undefined) return current;
    const next = { ...decided.next, version: current.version + 1 };
    const events =
      next.status === 'staffed' && current.status !== 'staffed'
        ? [staffingEvent(EVENT_TYPES.requestStaffed, next, decided.engagedExpertIds ?? [])]
        : [];
    written(
      deps,
      await deps.requests.replace(
        next,
        current.version,
        envelopes(deps, events, context),
        `support request ${current.number}`,
      ),
    );
    return next;
  });
}

export const bookExpert = (deps: Dependencies, dispatch: Dispatch) =>
  retryOnConflict(async () => {
    const expert = await deps.experts.get(dispatch.expertId);
    if (expert === undefined)
      throw fieldError(
        'not-found',
        'NOT_FOUND',
        'dispatch_id',
        `expert ${dispatch.expertId} is not known`,
      );
    const bookings = book(expert.bookings, {
      dispatchId: dispatch.id,
      startDate: dispatch.startDate,
      endDate: dispatch.endDate,
      bookedAt: deps.now(),
    });
    if (bookings !== expert.bookings)
      await deps.experts.setBookings(expert._id, expert.version, bookings);
  });

export const unbookExpert = (deps: Dependencies, expertId: string, dispatchId: string) =>
  retryOnConflict(async () => {
    const expert = await deps.experts.get(expertId);
    if (expert?.bookings.some((held) => held.dispatchId === dispatchId) !== true) return;
    await deps.experts.setBookings(expertId, expert.version, unbook(expert.bookings, dispatchId));
  });

export const takeRequestPlace = (deps: Dependencies, dispatch: Dispatch, context: ChangeContext) =>
  changeRequest(
    deps,
    dispatch.requestId,
    (request) => {
      const places = takePlace(request, dispatch.id);
      return places === request.places ? undefined : { next: { ...request, places } };
    },
    context,
  );

/** Frees the dispatch's place and, with it, the request's staffing. */
export const freeRequestPlace = (deps: Dependencies, dispatch: Dispatch, context: ChangeContext) =>
  changeRequest(
    deps,
    dispatch.requestId,
    (request) => {
      if (!request.places.includes(dispatch.id)) return undefined;
      return { next: { ...request, places: freePlace(request, dispatch.id) } };
    },
    context,
  );

/** Staffed once every place is held by a released expert. */
export async function updateStaffing(
  deps: Dependencies,
  requestId: string,
  context: ChangeContext,
) {
  const engaged = (await deps.dispatches.ofRequest(requestId)).filter((dispatch) =>
    ENGAGED.includes(dispatch.status),
  );
  const confirmed = engaged.length;
  await changeRequest(
    deps,
    requestId,
    (request) => {
      const next = withStaffing(request, confirmed, context);
      return next === request
        ? undefined
        : { next, engagedExpertIds: engaged.map((dispatch) => dispatch.expertId) };
    },
    context,
  );
}

/** Asks the directory for candidates once (leaving out who was offered or is booked then). */
export async function fetchCandidates(
  deps: Dependencies,
  requestId: string,
  context: ChangeContext,
): Promise<SupportRequest | undefined> {
  const request = await deps.requests.get(requestId);
  if (request?.offers === undefined || request.offers.candidates !== undefined) return request;
  const offered = (await deps.dispatches.ofRequest(requestId)).map((dispatch) => dispatch.expertId);
  let candidates: readonly Candidate[] | undefined;
  try {
    candidates = await deps.findCandidates(request, offered);
  } catch (error) {
    if (!(error instanceof DirectoryUnavailable)) throw error;
    deps.logger.warn({ requestId, err: error }, 'directory unavailable; offers wait for the sweep');
  }
  const free =
    candidates === undefined ? undefined : await withoutBooked(deps, request, candidates);
  return changeRequest(
    deps,
    requestId,
    (current) => {
      if (current.offers === undefined || current.offers.candidates !== undefined) return undefined;
      return free === undefined
        ? current.matchingDegraded
          ? undefined
          : { next: { ...current, matchingDegraded: true } }
        : {
            next: {
              ...current,
              matchingDegraded: false,
              offers: { ...current.offers, candidates: free },
            },
          };
    },
    context,
  );
}

async function withoutBooked(
  deps: Dependencies,
  request: SupportRequest,
  candidates: readonly Candidate[],
) {
  const experts = new Map(
    (await deps.experts.getMany(candidates.map((candidate) => candidate.expertId))).map(
      (expert) => [expert._id, expert],
    ),
  );
  const { startDate, endDate } = request.details;
  return candidates.filter(
    (candidate) =>
      !(experts.get(candidate.expertId)?.bookings ?? []).some(
        (held) => held.startDate <= endDate && startDate <= held.endDate,
      ),
  );
}

/**
 * Keeps K offers out while places are open, each to the next candidate, and takes back the ones
 * still out once every place is held. Safe to run again at any time.
 */
export async function topUpOffers(
  deps: Dependencies,
  requestId: string,
  context: ChangeContext,
): Promise<void> {
  const request = await fetchCandidates(deps, requestId, context);
  if (request?.offers === undefined) return;
  const dispatches = await deps.dispatches.ofRequest(requestId);
  for (const surplus of surplusOffers(request, dispatches)) {
    await saveDispatch(
      deps,
      surplus,
      withdraw(surplus, 'all places are taken', context),
      EVENT_TYPES.dispatchWithdrawn,
      context,
    ).catch((error: unknown) => {
      deps.logger.debug(
        { err: error, dispatchId: surplus.id },
        'offer changed before it was taken back',
      );
    });
  }
  const plan = request.offers;
  let offered = 0;
  for (const candidate of nextCandidates(request, dispatches)) {
    const dispatch = invite({
      id: offerIdOf(request.id, candidate.expertId),
      request,
      candidate,
      respondWithinDays: plan.respondWithinDays,
      message: plan.message,
      context,
    });
    const event = dispatchEvent(EVENT_TYPES.dispatchInvited, dispatch, 'invited');
    if (await deps.dispatches.insert(dispatch, envelopes(deps, [event], context))) {
      written(deps, undefined, DISPATCHES_COLLECTION, dispatch.id);
    }
    offered += 1;
  }
  if (offered > 0 && request.serviceLevel.firstOfferAt === undefined) {
    await changeRequest(
      deps,
      requestId,
      (current) =>
        current.serviceLevel.firstOfferAt === undefined
          ? {
              next: {
                ...current,
                serviceLevel: { ...current.serviceLevel, firstOfferAt: context.now },
              },
            }
          : undefined,
      context,
    );
  }
}

/**
 * A place given back (release refused, engagement cancelled, offer withdrawn after acceptance):
 * the place and the booking freed, the staffing recounted, the next candidate offered.
 */
export async function releasePlaceOf(
  deps: Dependencies,
  dispatch: Dispatch,
  context: ChangeContext,
): Promise<void> {
  await freeRequestPlace(deps, dispatch, context);
  await unbookExpert(deps, dispatch.expertId, dispatch.id);
  await updateStaffing(deps, dispatch.requestId, context);
  await topUpOffers(deps, dispatch.requestId, context);
}
