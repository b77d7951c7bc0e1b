/**
 * The events the coordination domain asks to publish, as plain data: `type` is the subject named
 * in events.proto, `orgCode` the requesting organisation. The service maps each to its message
 * (events/event-messages.ts) and writes it to the outbox of the document whose change produced it.
 */
import type { SubjectEvent } from '@expertnet/platform';
import { COORDINATION_SUBJECTS } from '@expertnet/proto/events';
import type { Dispatch, ServiceLevel, SupportRequest, SupportRequestStatus } from './types.ts';

export const EVENT_TYPES = COORDINATION_SUBJECTS;

type RequestOnly =
  | typeof COORDINATION_SUBJECTS.requestSubmitted
  | typeof COORDINATION_SUBJECTS.requestAccepted
  | typeof COORDINATION_SUBJECTS.requestDeclined
  | typeof COORDINATION_SUBJECTS.requestChangesRequested
  | typeof COORDINATION_SUBJECTS.requestMerged;

/** Staffed and completed name the experts engaged on the request. */
type WithExperts =
  typeof COORDINATION_SUBJECTS.requestStaffed | typeof COORDINATION_SUBJECTS.requestCompleted;

type DispatchOnly =
  | typeof COORDINATION_SUBJECTS.dispatchInvited
  | typeof COORDINATION_SUBJECTS.dispatchAccepted
  | typeof COORDINATION_SUBJECTS.dispatchDeclined
  | typeof COORDINATION_SUBJECTS.dispatchWithdrawn
  | typeof COORDINATION_SUBJECTS.releaseDecided
  | typeof COORDINATION_SUBJECTS.engagementChanged;

/** One SubjectEvent per subject of a union, so each subject's mapper sees its own payload. */
type EachOf<Subjects extends string, Payload> = Subjects extends string
  ? SubjectEvent<Subjects, Payload>
  : never;

export type CoordinationEvent =
  | EachOf<RequestOnly, { request: SupportRequest }>
  | EachOf<WithExperts, { request: SupportRequest; expertIds: readonly string[] }>
  | SubjectEvent<
      typeof COORDINATION_SUBJECTS.requestCancelled,
      { request: SupportRequest; previousStatus: SupportRequestStatus }
    >
  | SubjectEvent<
      typeof COORDINATION_SUBJECTS.requestEscalated,
      { request: SupportRequest; level: ServiceLevel; dueAt: Date }
    >
  | EachOf<DispatchOnly, { dispatch: Dispatch; previousStatus: Dispatch['status'] }>;

export const requestEvent = (type: RequestOnly, request: SupportRequest): CoordinationEvent => ({
  type,
  orgCode: request.requestingOrganisationCode,
  payload: { request },
});

export const staffingEvent = (
  type: WithExperts,
  request: SupportRequest,
  expertIds: readonly string[],
): CoordinationEvent => ({
  type,
  orgCode: request.requestingOrganisationCode,
  payload: { request, expertIds },
});

export const dispatchEvent = (
  type: DispatchOnly,
  dispatch: Dispatch,
  previousStatus: Dispatch['status'],
): CoordinationEvent => ({
  type,
  orgCode: dispatch.requestingOrganisationCode,
  payload: { dispatch, previousStatus },
});
