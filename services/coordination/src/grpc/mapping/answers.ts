/** The domain's records as the contract's messages. */
import { create } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  DispatchSchema,
  SupportRequestSchema,
  type Dispatch as DispatchMessage,
  type SupportRequest as SupportRequestMessage,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import type { Dispatch, SupportRequest, SupportRequestDetails } from '../../domain/index.ts';
import {
  dispatchStatuses,
  priorities,
  requestStatuses,
  skillLevels,
  supportModes,
  urgencies,
} from './enums.ts';

const timestamp = (date: Date | undefined) =>
  date === undefined ? undefined : timestampFromDate(date);
const organisation = (code: string) => ({ code });

export const detailsMessage = (details: SupportRequestDetails) => ({
  title: details.title,
  description: details.description,
  sectorCode: details.sectorCode,
  skills: details.skills.map((skill) => ({
    code: skill.code,
    minLevel: skill.minLevel === undefined ? 0 : skillLevels.encode(skill.minLevel),
    verifiedOnly: skill.verifiedOnly,
  })),
  mode: supportModes.encode(details.mode),
  province: organisation(details.provinceCode),
  address: details.address,
  startDate: details.startDate,
  endDate: details.endDate,
  expertsNeeded: details.expertsNeeded,
  languageCodes: [...details.languageCodes],
  contact: { ...details.contact },
  localPlan: details.localPlan,
  scope: details.scope,
  deliverables: [...details.deliverables],
  effortDays: details.effortDays,
  urgency: urgencies.encode(details.urgency),
  attachments: details.attachments.map((attachment) => ({ ...attachment })),
});

export const dispatchMessage = (dispatch: Dispatch): DispatchMessage =>
  create(DispatchSchema, {
    id: dispatch.id,
    requestId: dispatch.requestId,
    requestNumber: dispatch.requestNumber,
    requestTitle: dispatch.requestTitle,
    requestingOrganisation: organisation(dispatch.requestingOrganisationCode),
    mode: supportModes.encode(dispatch.mode),
    province: organisation(dispatch.provinceCode),
    startDate: dispatch.startDate,
    endDate: dispatch.endDate,
    expertId: dispatch.expertId,
    expertName: dispatch.expertName,
    status: dispatchStatuses.encode(dispatch.status),
    message: dispatch.message,
    invitedAt: timestamp(dispatch.invitedAt),
    respondBy: timestamp(dispatch.respondBy),
    respondedAt: timestamp(dispatch.respondedAt),
    reason: dispatch.reason,
    version: dispatch.version,
    expertOrganisation: organisation(dispatch.expertOrganisationCode),
    releaseDecidedAt: timestamp(dispatch.releaseDecidedAt),
    releaseDecidedBy: dispatch.releaseDecidedBy,
    report: dispatch.report && {
      ...dispatch.report,
      deliverables: [...dispatch.report.deliverables],
    },
    rating: dispatch.rating && { ...dispatch.rating },
    cancelledBy: dispatch.cancelledBy,
  });

export const requestMessage = (
  request: SupportRequest,
  dispatches: readonly Dispatch[] = [],
): SupportRequestMessage =>
  create(SupportRequestSchema, {
    id: request.id,
    number: request.number,
    requestingOrganisation: organisation(request.requestingOrganisationCode),
    details: detailsMessage(request.details),
    status: requestStatuses.encode(request.status),
    dispatches: dispatches.map(dispatchMessage),
    statusReason: request.statusReason,
    outcomeSummary: request.outcomeSummary,
    createdBy: request.createdBy,
    version: request.version,
    createdAt: timestamp(request.createdAt),
    submittedAt: timestamp(request.submittedAt),
    staffedAt: timestamp(request.staffedAt),
    completedAt: timestamp(request.completedAt),
    priority: priorities.encode(request.priority),
    mergedIntoRequestId: request.mergedIntoRequestId,
    serviceLevel: {
      triageDueAt: timestamp(request.serviceLevel.triageDueAt),
      firstOfferDueAt: timestamp(request.serviceLevel.firstOfferDueAt),
      triagedAt: timestamp(request.serviceLevel.triagedAt),
      firstOfferAt: timestamp(request.serviceLevel.firstOfferAt),
      escalations: request.serviceLevel.escalations.map((escalation) => ({
        level: escalation.level === 'triage' ? 'triage' : 'first_offer',
        dueAt: timestamp(escalation.dueAt),
        escalatedAt: timestamp(escalation.escalatedAt),
      })),
    },
    offersAtOnce: request.offers?.offersAtOnce ?? 0,
    matchingDegraded: request.matchingDegraded,
  });
