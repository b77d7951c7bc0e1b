import { assertVersion, DomainError, fieldError } from '@expertnet/platform';
import {
  accept,
  decline,
  EVENT_TYPES,
  expire,
  withdraw,
  type Candidate,
  type Dispatch,
  type LocalizedText,
} from '../domain/index.ts';
import {
  allow,
  DirectoryUnavailable,
  type Caller,
  type Dependencies,
} from './shared/dependencies.ts';
import { dispatchTarget, loadDispatch, loadRequest } from './shared/loading.ts';
import {
  bookExpert,
  changeRequest,
  releasePlaceOf,
  saveDispatch,
  takeRequestPlace,
  topUpOffers,
  unbookExpert,
} from './shared/offers.ts';
import { serviceContext } from './shared/service.ts';

const DEFAULT_RESPOND_WITHIN_DAYS = 3;

const DEGRADED: LocalizedText = {
  vi: 'Danh bạ chuyên gia chưa phản hồi kịp; chưa có gợi ý, hãy thử lại sau ít phút.',
  en: 'The expert directory did not answer in time; no suggestions yet, try again in a few minutes.',
};

/**
 * The directory's ranking for the request, asked now with a deadline; a clear degraded answer
 * (no candidates, and why) when the directory is down or late.
 */
export const suggestExperts =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    requestId: string,
  ): Promise<{ candidates: readonly Candidate[]; degraded: LocalizedText | undefined }> => {
    allow(caller, 'SuggestExperts');
    const request = await loadRequest(deps, requestId);
    const offered = (await deps.dispatches.ofRequest(requestId)).map(
      (dispatch) => dispatch.expertId,
    );
    try {
      return { candidates: await deps.findCandidates(request, offered), degraded: undefined };
    } catch (error) {
      if (!(error instanceof DirectoryUnavailable)) throw error;
      return { candidates: [], degraded: DEGRADED };
    }
  };

/** Starts the automatic offers: K at a time to the directory's best candidates. */
export const startOffers =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly id: string;
      readonly expectedVersion: number;
      readonly offersAtOnce: number;
      readonly respondWithinDays: number;
      readonly message: string;
    },
  ) => {
    allow(caller, 'StartOffers');
    const current = await loadRequest(deps, input.id);
    assertVersion(current, input.expectedVersion, `support request ${current.number}`);
    if (current.status !== 'matching') {
      throw fieldError(
        'failed-precondition',
        'REQUEST_NOT_MATCHING',
        'support_request_id',
        `request ${current.number} is ${current.status}`,
      );
    }
    const open = current.details.expertsNeeded - current.places.length;
    await changeRequest(
      deps,
      current.id,
      (request) => ({
        next: {
          ...request,
          offers: {
            offersAtOnce: input.offersAtOnce === 0 ? Math.max(1, 2 * open) : input.offersAtOnce,
            respondWithinDays:
              input.respondWithinDays === 0 ? DEFAULT_RESPOND_WITHIN_DAYS : input.respondWithinDays,
            message: input.message,
            candidates: request.offers?.candidates,
          },
        },
      }),
      caller.context,
    );
    await topUpOffers(deps, current.id, caller.context);
    return loadRequest(deps, current.id);
  };

/**
 * The expert's answer. An acceptance books the expert (never two overlapping engagements) and
 * takes one of the request's places, each decided on its own document, then records the answer;
 * the offer then waits for the home organisation's release. A decline moves on to the next candidate.
 */
export const respondToDispatch =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly id: string;
      readonly expectedVersion: number;
      readonly accept: boolean;
      readonly reason: string;
    },
  ): Promise<Dispatch> => {
    const current = await loadDispatch(deps, input.id);
    allow(caller, 'RespondToDispatch', await dispatchTarget(deps, current));
    assertVersion(current, input.expectedVersion, `offer ${current.id}`);
    const { context } = caller;
    if (!input.accept) {
      const declined = await saveDispatch(
        deps,
        current,
        decline(current, input.reason, context),
        EVENT_TYPES.dispatchDeclined,
        context,
      );
      await topUpOffers(deps, current.requestId, serviceContext(context.now));
      return declined;
    }
    const accepted = accept(current, context);
    await bookExpert(deps, current);
    try {
      await takeRequestPlace(deps, current, context);
    } catch (error) {
      if (error instanceof DomainError) await unbookExpert(deps, current.expertId, current.id);
      throw error;
    }
    const saved = await saveDispatch(
      deps,
      current,
      accepted,
      EVENT_TYPES.dispatchAccepted,
      context,
    );
    await topUpOffers(deps, current.requestId, serviceContext(context.now));
    return saved;
  };

export const withdrawDispatch =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly id: string; readonly expectedVersion: number; readonly reason: string },
  ) => {
    allow(caller, 'WithdrawDispatch');
    const current = await loadDispatch(deps, input.id);
    assertVersion(current, input.expectedVersion, `offer ${current.id}`);
    const saved = await saveDispatch(
      deps,
      current,
      withdraw(current, input.reason, caller.context),
      EVENT_TYPES.dispatchWithdrawn,
      caller.context,
    );
    await releasePlaceOf(deps, saved, caller.context);
    return saved;
  };

/** Offers past their answer time expire, and the next candidate is offered in their place. */
export const expireOffers = (deps: Dependencies) => async () => {
  const now = deps.now();
  const context = serviceContext(now);
  const requests = new Set<string>();
  for (const due of await deps.dispatches.overdue(now)) {
    const next = expire(due, context);
    if (next === undefined) continue;
    const saved = await saveDispatch(deps, due, next, EVENT_TYPES.dispatchDeclined, context).catch(
      () => undefined,
    );
    if (saved !== undefined) requests.add(due.requestId);
  }
  for (const requestId of requests) await topUpOffers(deps, requestId, context);
  return requests.size;
};
