import { assertVersion, vietnamDateOf } from '@expertnet/platform';
import {
  cancel,
  checkDetails,
  complete,
  draftRequest,
  ENGAGED,
  staffingEvent,
  EVENT_TYPES,
  listScopeOf,
  requestEvent,
  submit,
  triage,
  updateDetails,
  withdraw,
  type CoordinationEvent,
  type Priority,
  type SupportRequest,
  type SupportRequestDetails,
  type SupportRequestStatus,
  type Triage,
} from '../domain/index.ts';
import {
  allow,
  envelopes,
  written,
  type Caller,
  type Dependencies,
} from './shared/dependencies.ts';
import { loadRequest, requestTarget } from './shared/loading.ts';
import { saveDispatch } from './shared/offers.ts';

const organisationTarget = (code: string) => ({ requestingOrganisationCode: code });

/** Writes a change of the request with its events. */
export async function saveRequest(
  deps: Dependencies,
  before: SupportRequest,
  after: SupportRequest,
  eventsOf: (saved: SupportRequest) => readonly CoordinationEvent[],
  caller: Pick<Caller, 'context'>,
): Promise<SupportRequest> {
  const next = { ...after, version: before.version + 1 };
  const events = envelopes(deps, eventsOf(next), caller.context);
  written(
    deps,
    await deps.requests.replace(next, before.version, events, `support request ${before.number}`),
  );
  return next;
}

const noEvents = () => [];

export const createSupportRequest =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly requestId: string;
      readonly organisationCode: string;
      readonly details: SupportRequestDetails;
    },
  ): Promise<SupportRequest> => {
    allow(caller, 'CreateSupportRequest', organisationTarget(input.organisationCode));
    const retried = await deps.requests.get(input.requestId);
    if (retried !== undefined) return retried;
    checkDetails(input.details);
    const year = Number(vietnamDateOf(caller.context.now).slice(0, 4));
    const request = draftRequest({
      id: input.requestId,
      number: await deps.requests.nextNumber(year),
      organisationCode: input.organisationCode,
      details: input.details,
      context: caller.context,
    });
    if (!(await deps.requests.insert(request, [])))
      return (await deps.requests.get(input.requestId)) ?? request;
    return request;
  };

export const updateSupportRequest =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly id: string;
      readonly expectedVersion: number;
      readonly details: SupportRequestDetails;
    },
  ) => {
    const current = await loadRequest(deps, input.id);
    allow(caller, 'UpdateSupportRequest', organisationTarget(current.requestingOrganisationCode));
    assertVersion(current, input.expectedVersion, `support request ${current.number}`);
    return saveRequest(
      deps,
      current,
      updateDetails(current, input.details, caller.context),
      noEvents,
      caller,
    );
  };

export const submitSupportRequest =
  (deps: Dependencies) =>
  async (caller: Caller, input: { readonly id: string; readonly expectedVersion: number }) => {
    const current = await loadRequest(deps, input.id);
    allow(caller, 'SubmitSupportRequest', organisationTarget(current.requestingOrganisationCode));
    assertVersion(current, input.expectedVersion, `support request ${current.number}`);
    const { levels } = await deps.settings.serviceLevels();
    const next = submit(current, deps.dueAfter, levels, caller.context);
    return saveRequest(
      deps,
      current,
      next,
      (saved) => [requestEvent(EVENT_TYPES.requestSubmitted, saved)],
      caller,
    );
  };

/** Withdrawn by the requester (or cancelled by the office): open offers are taken back. */
export const cancelSupportRequest =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly id: string; readonly expectedVersion: number; readonly reason: string },
  ) => {
    const current = await loadRequest(deps, input.id);
    allow(caller, 'CancelSupportRequest', organisationTarget(current.requestingOrganisationCode));
    assertVersion(current, input.expectedVersion, `support request ${current.number}`);
    const next = cancel(current, input.reason, caller.context);
    const saved = await saveRequest(
      deps,
      current,
      next,
      (request) => [
        {
          type: EVENT_TYPES.requestCancelled,
          orgCode: request.requestingOrganisationCode,
          payload: { request, previousStatus: current.status },
        },
      ],
      caller,
    );
    for (const dispatch of await deps.dispatches.ofRequest(saved.id)) {
      if (dispatch.status === 'invited' || dispatch.status === 'accepted') {
        await saveDispatch(
          deps,
          dispatch,
          withdraw(dispatch, 'request cancelled', caller.context),
          EVENT_TYPES.dispatchWithdrawn,
          caller.context,
        );
      }
    }
    return saved;
  };

export const getSupportRequest = (deps: Dependencies) => async (caller: Caller, id: string) => {
  const request = await loadRequest(deps, id);
  allow(caller, 'GetSupportRequest', await requestTarget(deps, request));
  return { request, dispatches: await deps.dispatches.ofRequest(id) };
};

export const listSupportRequests =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly organisationCodes: readonly string[];
      readonly statuses: readonly SupportRequestStatus[];
      readonly provinceCodes: readonly string[];
      readonly skillCode: string;
      readonly query: string;
      readonly page: { pageSize: number; cursor: string };
    },
  ) => {
    allow(caller, 'ListSupportRequests');
    return deps.requests.list({ scope: listScopeOf(caller.principal), ...input }, input.page);
  };

const TRIAGE_EVENTS = {
  accept: EVENT_TYPES.requestAccepted,
  'request-changes': EVENT_TYPES.requestChangesRequested,
  reject: EVENT_TYPES.requestDeclined,
  merge: EVENT_TYPES.requestMerged,
} as const;

export const triageSupportRequest =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly id: string;
      readonly expectedVersion: number;
      readonly action: Triage['action'];
      readonly reason: string;
      readonly priority: Priority | undefined;
      readonly mergeIntoRequestId: string;
    },
  ) => {
    allow(caller, 'TriageSupportRequest');
    const current = await loadRequest(deps, input.id);
    assertVersion(current, input.expectedVersion, `support request ${current.number}`);
    const decision: Triage =
      input.action === 'accept'
        ? { action: 'accept', priority: input.priority ?? 'normal' }
        : input.action === 'merge'
          ? {
              action: 'merge',
              reason: input.reason,
              into: await loadRequest(deps, input.mergeIntoRequestId, 'merge_into_request_id'),
            }
          : { action: input.action, reason: input.reason };
    const { levels } = await deps.settings.serviceLevels();
    const next = triage(current, decision, deps.dueAfter, levels, caller.context);
    return saveRequest(
      deps,
      current,
      next,
      (saved) => [requestEvent(TRIAGE_EVENTS[input.action], saved)],
      caller,
    );
  };

export const completeSupportRequest =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly id: string;
      readonly expectedVersion: number;
      readonly outcomeSummary: string;
    },
  ) => {
    const current = await loadRequest(deps, input.id);
    allow(caller, 'CompleteSupportRequest', organisationTarget(current.requestingOrganisationCode));
    assertVersion(current, input.expectedVersion, `support request ${current.number}`);
    const next = complete(current, input.outcomeSummary, caller.context);
    const engaged = (await deps.dispatches.ofRequest(current.id)).filter((dispatch) =>
      ENGAGED.includes(dispatch.status),
    );
    return saveRequest(
      deps,
      current,
      next,
      (saved) => [
        staffingEvent(
          EVENT_TYPES.requestCompleted,
          saved,
          engaged.map((dispatch) => dispatch.expertId),
        ),
      ],
      caller,
    );
  };
