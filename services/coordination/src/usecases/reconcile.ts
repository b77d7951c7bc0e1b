/**
 * Finishes what a crash left between the steps of an acceptance or a release (see
 * shared/offers.ts), and what a fan-out left unmade: every step is idempotent, so doing the
 * missing ones is all it takes. Run at start and periodically; safe beside live requests.
 */
import { accept, EVENT_TYPES, HOLDS_PLACE } from '../domain/index.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { freeRequestPlace, saveDispatch, topUpOffers, unbookExpert } from './shared/offers.ts';
import { serviceContext } from './shared/service.ts';

export const reconcile = (deps: Dependencies) => async () => {
  const context = serviceContext(deps.now());
  const finished = { acceptances: 0, released: 0, toppedUp: 0 };
  for (const request of await deps.requests.inStatuses([
    'matching',
    'staffed',
    'in-progress',
    'cancelled',
    'completed',
  ])) {
    const dispatches = new Map(
      (await deps.dispatches.ofRequest(request.id)).map((dispatch) => [dispatch.id, dispatch]),
    );
    for (const dispatchId of request.places) {
      const dispatch = dispatches.get(dispatchId);
      if (dispatch === undefined) continue;
      if (dispatch.status === 'invited') {
        // Booked and placed, then the crash: the expert's acceptance stands.
        const expert = await deps.experts.get(dispatch.expertId);
        if (expert?.bookings.some((held) => held.dispatchId === dispatch.id) === true) {
          await saveDispatch(
            deps,
            dispatch,
            accept(dispatch, { ...context, now: dispatch.invitedAt }),
            EVENT_TYPES.dispatchAccepted,
            context,
          );
          finished.acceptances += 1;
        }
      } else if (!HOLDS_PLACE.includes(dispatch.status)) {
        await freeRequestPlace(deps, dispatch, context);
        finished.released += 1;
      }
    }
    if (request.status === 'matching' && request.offers !== undefined) {
      await topUpOffers(deps, request.id, context);
      finished.toppedUp += 1;
    }
  }
  for (const expert of await deps.experts.booked()) {
    for (const booking of expert.bookings ?? []) {
      const dispatch = await deps.dispatches.get(booking.dispatchId);
      const request =
        dispatch === undefined ? undefined : await deps.requests.get(dispatch.requestId);
      const placed = request?.places.includes(booking.dispatchId) ?? false;
      const holding = dispatch !== undefined && HOLDS_PLACE.includes(dispatch.status);
      // A booking without its place or a live engagement goes, once no acceptance can still be
      // between its steps (they take milliseconds; a minute is far beyond).
      const settled = context.now.getTime() - new Date(booking.bookedAt).getTime() > 60_000;
      if (settled && !holding && !(dispatch?.status === 'invited' && placed)) {
        await unbookExpert(deps, expert._id, booking.dispatchId);
        finished.released += 1;
      }
    }
  }
  return finished;
};
