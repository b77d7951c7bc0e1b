import { assertVersion } from '@expertnet/platform';
import {
  cancelEngagement as cancelled,
  decideRelease as released,
  EVENT_TYPES,
  listScopeOf,
  rate,
  report,
  start,
  type Dispatch,
  type DispatchStatus,
  type EngagementReport,
} from '../domain/index.ts';
import { allow, type Caller, type Dependencies } from './shared/dependencies.ts';
import { dispatchTarget, loadDispatch } from './shared/loading.ts';
import { changeRequest, releasePlaceOf, saveDispatch, updateStaffing } from './shared/offers.ts';

/**
 * The home organisation's answer for its civil servant: released (the engagement is confirmed and
 * the request may be staffed) or refused (the place goes to the next candidate).
 */
export const decideRelease =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly id: string;
      readonly expectedVersion: number;
      readonly release: boolean;
      readonly reason: string;
    },
  ) => {
    const current = await loadDispatch(deps, input.id);
    allow(caller, 'DecideRelease', await dispatchTarget(deps, current));
    assertVersion(current, input.expectedVersion, `offer ${current.id}`);
    const saved = await saveDispatch(
      deps,
      current,
      released(current, input.release, input.reason, caller.context),
      EVENT_TYPES.releaseDecided,
      caller.context,
    );
    if (input.release) await updateStaffing(deps, saved.requestId, caller.context);
    else await releasePlaceOf(deps, saved, caller.context);
    return saved;
  };

async function changeEngagement(
  deps: Dependencies,
  caller: Caller,
  operation: 'StartEngagement' | 'ReportEngagement' | 'RateEngagement' | 'CancelEngagement',
  input: { readonly id: string; readonly expectedVersion: number },
  change: (dispatch: Dispatch, party: string) => Dispatch,
): Promise<Dispatch> {
  const current = await loadDispatch(deps, input.id);
  const party = allow(caller, operation, await dispatchTarget(deps, current));
  assertVersion(current, input.expectedVersion, `engagement ${current.id}`);
  return saveDispatch(
    deps,
    current,
    change(current, party),
    EVENT_TYPES.engagementChanged,
    caller.context,
  );
}

export const startEngagement =
  (deps: Dependencies) =>
  async (caller: Caller, input: { readonly id: string; readonly expectedVersion: number }) => {
    const saved = await changeEngagement(deps, caller, 'StartEngagement', input, (dispatch) =>
      start(dispatch, caller.context),
    );
    // The request is in progress from its first engagement started.
    await changeRequest(
      deps,
      saved.requestId,
      (request) =>
        request.status === 'staffed' ? { next: { ...request, status: 'in-progress' } } : undefined,
      caller.context,
    );
    return saved;
  };

export const reportEngagement =
  (deps: Dependencies) =>
  (
    caller: Caller,
    input: {
      readonly id: string;
      readonly expectedVersion: number;
      readonly report: EngagementReport;
    },
  ) =>
    changeEngagement(deps, caller, 'ReportEngagement', input, (dispatch) =>
      report(dispatch, input.report, caller.context),
    );

export const rateEngagement =
  (deps: Dependencies) =>
  (
    caller: Caller,
    input: {
      readonly id: string;
      readonly expectedVersion: number;
      readonly rating: number;
      readonly feedback: string;
    },
  ) =>
    changeEngagement(deps, caller, 'RateEngagement', input, (dispatch) =>
      rate(dispatch, { rating: input.rating, feedback: input.feedback }, caller.context),
    );

export const cancelEngagement =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: { readonly id: string; readonly expectedVersion: number; readonly reason: string },
  ) => {
    const saved = await changeEngagement(
      deps,
      caller,
      'CancelEngagement',
      input,
      (dispatch, party) =>
        cancelled(
          dispatch,
          party === 'expert' ? 'expert' : party === 'requester' ? 'requester' : 'office',
          input.reason,
          caller.context,
        ),
    );
    await releasePlaceOf(deps, saved, caller.context);
    return saved;
  };

/**
 * Offers and engagements the caller stands in: their own as an expert, their organisation's
 * releases to decide, their organisation's requests', or all for the office.
 */
export const listDispatches =
  (deps: Dependencies) =>
  async (
    caller: Caller,
    input: {
      readonly onlyMine: boolean;
      readonly awaitingMyRelease: boolean;
      readonly expertId: string;
      readonly requestId: string;
      readonly statuses: readonly DispatchStatus[];
      readonly page: { pageSize: number; cursor: string };
    },
  ) => {
    allow(caller, 'ListDispatches');
    const scope = listScopeOf(caller.principal, input.onlyMine);
    const ownExperts = async () =>
      (await deps.experts.ofSubject(caller.principal?.subject ?? '')).map((expert) => expert._id);
    const base = {
      requestId: input.requestId,
      statuses: input.statuses,
      expertOrganisationCode: '',
      requestingOrganisationCode: '',
    };
    if (input.awaitingMyRelease) {
      const organisation = scope.kind === 'organisation' ? scope.organisationCode : '-';
      return deps.dispatches.list(
        {
          ...base,
          expertIds: undefined,
          statuses: ['accepted'],
          expertOrganisationCode: organisation,
        },
        input.page,
      );
    }
    switch (scope.kind) {
      case 'all':
        return deps.dispatches.list(
          { ...base, expertIds: input.expertId === '' ? undefined : [input.expertId] },
          input.page,
        );
      case 'organisation':
        return deps.dispatches.list(
          { ...base, expertIds: undefined, requestingOrganisationCode: scope.organisationCode },
          input.page,
        );
      case 'person':
        return deps.dispatches.list({ ...base, expertIds: await ownExperts() }, input.page);
    }
  };
