import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import type { EventMessageMappers } from '@expertnet/platform';
import { COORDINATION_SUBJECTS, type COORDINATION_EVENTS } from '@expertnet/proto/events';
import type { CoordinationEvent, Dispatch, SupportRequest } from '../domain/index.ts';
import { dispatchStatuses, requestStatuses, supportModes } from '../grpc/mapping/enums.ts';

/**
 * Each subject's payload as the message events.proto names for it, field by field. Contact
 * details, reports' text and feedback stay in the service: events carry ids, states and figures.
 */

const factsOf = (request: SupportRequest) => ({
  supportRequestId: request.id,
  number: request.number,
  requestingOrganisation: { code: request.requestingOrganisationCode },
  title: request.details.title,
  sectorCode: request.details.sectorCode,
  skillCodes: request.details.skills.map((skill) => skill.code),
  mode: supportModes.encode(request.details.mode),
  province: { code: request.details.provinceCode },
  startDate: request.details.startDate,
  endDate: request.details.endDate,
  expertsNeeded: request.details.expertsNeeded,
  version: request.version,
});

const dispatchFacts = (dispatch: Dispatch) => ({
  dispatchId: dispatch.id,
  expertId: dispatch.expertId,
  expertName: dispatch.expertName,
  request: {
    supportRequestId: dispatch.requestId,
    number: dispatch.requestNumber,
    requestingOrganisation: { code: dispatch.requestingOrganisationCode },
    title: dispatch.requestTitle,
    mode: supportModes.encode(dispatch.mode),
    province: { code: dispatch.provinceCode },
    startDate: dispatch.startDate,
    endDate: dispatch.endDate,
  },
});

const onRequest = ({ request }: { request: SupportRequest }) => ({ request: factsOf(request) });

export const COORDINATION_EVENT_MESSAGES: EventMessageMappers<
  CoordinationEvent,
  typeof COORDINATION_EVENTS
> = {
  [COORDINATION_SUBJECTS.requestSubmitted]: onRequest,
  [COORDINATION_SUBJECTS.requestAccepted]: onRequest,
  [COORDINATION_SUBJECTS.requestDeclined]: ({ request }) => ({
    request: factsOf(request),
    reason: request.statusReason,
  }),
  [COORDINATION_SUBJECTS.requestChangesRequested]: ({ request }) => ({
    request: factsOf(request),
    reason: request.statusReason,
  }),
  [COORDINATION_SUBJECTS.requestMerged]: ({ request }) => ({
    request: factsOf(request),
    mergedIntoRequestId: request.mergedIntoRequestId,
    reason: request.statusReason,
  }),
  [COORDINATION_SUBJECTS.requestStaffed]: ({ request, expertIds }) => ({
    request: factsOf(request),
    expertIds: [...expertIds],
  }),
  [COORDINATION_SUBJECTS.requestCompleted]: ({ request, expertIds }) => ({
    request: factsOf(request),
    expertIds: [...expertIds],
    completedAt: request.completedAt && timestampFromDate(request.completedAt),
  }),
  [COORDINATION_SUBJECTS.requestCancelled]: ({ request, previousStatus }) => ({
    request: factsOf(request),
    previousStatus: requestStatuses.encode(previousStatus),
    reason: request.statusReason,
  }),
  [COORDINATION_SUBJECTS.requestEscalated]: ({ request, level, dueAt }) => ({
    request: factsOf(request),
    level: level === 'triage' ? 'triage' : 'first_offer',
    dueAt: timestampFromDate(dueAt),
  }),
  [COORDINATION_SUBJECTS.dispatchInvited]: ({ dispatch }) => ({
    dispatch: dispatchFacts(dispatch),
    respondBy: timestampFromDate(dispatch.respondBy),
  }),
  [COORDINATION_SUBJECTS.dispatchAccepted]: ({ dispatch }) => ({
    dispatch: dispatchFacts(dispatch),
  }),
  [COORDINATION_SUBJECTS.dispatchDeclined]: ({ dispatch }) => ({
    dispatch: dispatchFacts(dispatch),
    expired: dispatch.status === 'expired',
    reason: dispatch.reason,
  }),
  [COORDINATION_SUBJECTS.dispatchWithdrawn]: ({ dispatch, previousStatus }) => ({
    dispatch: dispatchFacts(dispatch),
    previousStatus: dispatchStatuses.encode(previousStatus),
    reason: dispatch.reason,
  }),
  [COORDINATION_SUBJECTS.releaseDecided]: ({ dispatch }) => ({
    dispatch: dispatchFacts(dispatch),
    released: dispatch.status === 'confirmed',
    reason: dispatch.reason,
    expertOrganisation: { code: dispatch.expertOrganisationCode },
  }),
  [COORDINATION_SUBJECTS.engagementChanged]: ({ dispatch }) => ({
    dispatch: dispatchFacts(dispatch),
    status: dispatchStatuses.encode(dispatch.status),
    hours: dispatch.report?.hours ?? 0,
    rating: dispatch.rating?.rating ?? 0,
    reason: dispatch.status === 'cancelled' ? dispatch.reason : '',
  }),
};
