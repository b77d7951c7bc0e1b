/**
 * A support request's lifecycle: drafted and submitted by the requesting organisation, triaged by
 * the network office (accepted with a priority, returned for changes, rejected, or merged into
 * another), matched (offers), staffed, completed; cancelled by either side while open.
 */
import { fieldError, type ChangeContext } from '@expertnet/platform';
import { audited } from './audit.ts';
import type {
  Priority,
  ServiceLevel,
  SupportRequest,
  SupportRequestDetails,
  SupportRequestStatus,
} from './types.ts';

const EDITABLE: readonly SupportRequestStatus[] = ['draft', 'submitted', 'changes-requested'];
const OPEN: readonly SupportRequestStatus[] = [...EDITABLE, 'matching', 'staffed'];

export const isOpen = (status: SupportRequestStatus) => OPEN.includes(status);

function refuseStatus(request: SupportRequest, doing: string): never {
  throw fieldError(
    'failed-precondition',
    'REQUEST_STATUS',
    'support_request_id',
    `request ${request.number} is ${request.status}; it cannot be ${doing}`,
  );
}

/** What a due date needs: the deadline N working days after an instant. */
export type DueAfter = (from: Date, workingDays: number) => Date;

export interface ServiceLevelSettings {
  readonly triageWorkingDays: number;
  readonly firstOfferWorkingDays: number;
}

export const DEFAULT_SERVICE_LEVELS: ServiceLevelSettings = {
  triageWorkingDays: 2,
  firstOfferWorkingDays: 3,
};

export function draftRequest(input: {
  readonly id: string;
  readonly number: string;
  readonly organisationCode: string;
  readonly details: SupportRequestDetails;
  readonly context: ChangeContext;
}): SupportRequest {
  const { context } = input;
  return {
    id: input.id,
    number: input.number,
    requestingOrganisationCode: input.organisationCode,
    details: input.details,
    status: 'draft',
    priority: 'normal',
    statusReason: '',
    mergedIntoRequestId: '',
    outcomeSummary: '',
    createdBy: context.actor.subject,
    createdAt: context.now,
    submittedAt: undefined,
    staffedAt: undefined,
    completedAt: undefined,
    serviceLevel: {
      triageDueAt: undefined,
      firstOfferDueAt: undefined,
      triagedAt: undefined,
      firstOfferAt: undefined,
      escalations: [],
    },
    offers: undefined,
    matchingDegraded: false,
    places: [],
    history: audited({ history: [] }, 'drafted', {}, { status: 'draft' }, context),
    version: 1,
  };
}

function moved(
  request: SupportRequest,
  status: SupportRequestStatus,
  action: string,
  changes: Partial<SupportRequest>,
  context: ChangeContext,
): SupportRequest {
  return {
    ...request,
    ...changes,
    status,
    history: audited(
      request,
      action,
      { status: request.status },
      { status, ...('statusReason' in changes ? { reason: changes.statusReason } : {}) },
      context,
    ),
  };
}

/** The dates must exist and the work cannot end before it starts (the contract checks the order). */
function checkDates(details: SupportRequestDetails) {
  for (const [field, day] of [
    ['details.start_date', details.startDate],
    ['details.end_date', details.endDate],
  ] as const) {
    const parsed = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
      throw fieldError(
        'invalid-argument',
        'INVALID_DATE',
        field,
        `${day} is not a day of the calendar`,
      );
    }
  }
}

export function checkDetails(details: SupportRequestDetails) {
  checkDates(details);
}

export function updateDetails(
  request: SupportRequest,
  details: SupportRequestDetails,
  context: ChangeContext,
): SupportRequest {
  if (!EDITABLE.includes(request.status)) refuseStatus(request, 'edited');
  checkDetails(details);
  return {
    ...request,
    details,
    history: audited(request, 'edited', {}, { title: details.title }, context),
  };
}

export function submit(
  request: SupportRequest,
  dueAfter: DueAfter,
  levels: ServiceLevelSettings,
  context: ChangeContext,
): SupportRequest {
  if (request.status !== 'draft' && request.status !== 'changes-requested')
    refuseStatus(request, 'submitted');
  if (
    request.details.endDate <
    new Date(context.now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  ) {
    throw fieldError(
      'failed-precondition',
      'REQUEST_IN_PAST',
      'details.end_date',
      'the work would end before today',
    );
  }
  return moved(
    request,
    'submitted',
    request.status === 'draft' ? 'submitted' : 'resubmitted',
    {
      submittedAt: context.now,
      statusReason: '',
      serviceLevel: {
        ...request.serviceLevel,
        triageDueAt: dueAfter(context.now, levels.triageWorkingDays),
      },
    },
    context,
  );
}

export type Triage =
  | { readonly action: 'accept'; readonly priority: Priority }
  | { readonly action: 'request-changes'; readonly reason: string }
  | { readonly action: 'reject'; readonly reason: string }
  | { readonly action: 'merge'; readonly reason: string; readonly into: SupportRequest };

export function triage(
  request: SupportRequest,
  decision: Triage,
  dueAfter: DueAfter,
  levels: ServiceLevelSettings,
  context: ChangeContext,
): SupportRequest {
  if (request.status !== 'submitted') refuseStatus(request, 'triaged');
  const triaged = { ...request.serviceLevel, triagedAt: context.now };
  switch (decision.action) {
    case 'accept':
      return moved(
        request,
        'matching',
        'accepted',
        {
          priority: decision.priority,
          serviceLevel: {
            ...triaged,
            firstOfferDueAt: dueAfter(context.now, levels.firstOfferWorkingDays),
          },
        },
        context,
      );
    case 'request-changes':
      return moved(
        request,
        'changes-requested',
        'changes-requested',
        { statusReason: decision.reason, serviceLevel: triaged },
        context,
      );
    case 'reject':
      return moved(
        request,
        'declined',
        'rejected',
        { statusReason: decision.reason, serviceLevel: triaged },
        context,
      );
    case 'merge': {
      const target = decision.into;
      if (target.id === request.id || !isOpen(target.status) || target.status === 'draft') {
        throw fieldError(
          'failed-precondition',
          'MERGE_TARGET',
          'merge_into_request_id',
          `request ${target.number} is ${target.status}; a duplicate merges into another open, submitted request`,
        );
      }
      return moved(
        request,
        'merged',
        'merged',
        { statusReason: decision.reason, mergedIntoRequestId: target.id, serviceLevel: triaged },
        context,
      );
    }
  }
}

export function cancel(
  request: SupportRequest,
  reason: string,
  context: ChangeContext,
): SupportRequest {
  if (!isOpen(request.status)) refuseStatus(request, 'cancelled');
  return moved(request, 'cancelled', 'cancelled', { statusReason: reason }, context);
}

export function complete(
  request: SupportRequest,
  outcomeSummary: string,
  context: ChangeContext,
): SupportRequest {
  if (request.status !== 'staffed' && request.status !== 'in-progress')
    refuseStatus(request, 'completed');
  return moved(
    request,
    'completed',
    'completed',
    { outcomeSummary, completedAt: context.now },
    context,
  );
}

/** Staffed once every place is held by a confirmed engagement; matching again when one is lost. */
export function withStaffing(
  request: SupportRequest,
  confirmed: number,
  context: ChangeContext,
): SupportRequest {
  const full = confirmed >= request.details.expertsNeeded;
  if (request.status === 'matching' && full)
    return moved(request, 'staffed', 'staffed', { staffedAt: context.now }, context);
  if (request.status === 'staffed' && !full)
    return moved(request, 'matching', 'understaffed', {}, context);
  return request;
}

/** The service levels a request has missed and not yet escalated. */
export function dueEscalations(
  request: SupportRequest,
  now: Date,
): { readonly level: ServiceLevel; readonly dueAt: Date }[] {
  const { serviceLevel } = request;
  const escalated = new Set(serviceLevel.escalations.map((escalation) => escalation.level));
  const due: { level: ServiceLevel; dueAt: Date }[] = [];
  if (
    request.status === 'submitted' &&
    serviceLevel.triageDueAt !== undefined &&
    now > serviceLevel.triageDueAt &&
    !escalated.has('triage')
  ) {
    due.push({ level: 'triage', dueAt: serviceLevel.triageDueAt });
  }
  if (
    request.status === 'matching' &&
    serviceLevel.firstOfferAt === undefined &&
    serviceLevel.firstOfferDueAt !== undefined &&
    now > serviceLevel.firstOfferDueAt &&
    !escalated.has('first-offer')
  ) {
    due.push({ level: 'first-offer', dueAt: serviceLevel.firstOfferDueAt });
  }
  return due;
}

export function escalate(
  request: SupportRequest,
  level: ServiceLevel,
  dueAt: Date,
  context: ChangeContext,
): SupportRequest {
  return {
    ...request,
    serviceLevel: {
      ...request.serviceLevel,
      escalations: [
        ...request.serviceLevel.escalations,
        { level, dueAt, escalatedAt: context.now },
      ],
    },
    history: audited(request, 'escalated', {}, { level, dueAt: dueAt.toISOString() }, context),
  };
}
