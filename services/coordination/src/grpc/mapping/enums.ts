import { enumCodec } from '@expertnet/platform';
import {
  DispatchStatus,
  Priority,
  SupportMode,
  SupportRequestStatus,
  TriageAction,
  Urgency,
} from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import { SkillLevel } from '@expertnet/proto/expertnet/directory/v1/directory_pb.ts';
import type {
  DispatchStatus as DispatchStatusName,
  Priority as PriorityName,
  SkillLevel as SkillLevelName,
  SupportMode as SupportModeName,
  SupportRequestStatus as RequestStatusName,
  Urgency as UrgencyName,
} from '../../domain/index.ts';

export const supportModes = enumCodec<SupportModeName, SupportMode>({
  'on-site': SupportMode.ON_SITE,
  remote: SupportMode.REMOTE,
  hybrid: SupportMode.HYBRID,
});

export const urgencies = enumCodec<UrgencyName, Urgency>({
  low: Urgency.LOW,
  normal: Urgency.NORMAL,
  high: Urgency.HIGH,
  critical: Urgency.CRITICAL,
});

export const priorities = enumCodec<PriorityName, Priority>({
  low: Priority.LOW,
  normal: Priority.NORMAL,
  high: Priority.HIGH,
});

export const requestStatuses = enumCodec<RequestStatusName, SupportRequestStatus>({
  draft: SupportRequestStatus.DRAFT,
  submitted: SupportRequestStatus.SUBMITTED,
  'changes-requested': SupportRequestStatus.CHANGES_REQUESTED,
  matching: SupportRequestStatus.MATCHING,
  staffed: SupportRequestStatus.STAFFED,
  'in-progress': SupportRequestStatus.IN_PROGRESS,
  completed: SupportRequestStatus.COMPLETED,
  declined: SupportRequestStatus.DECLINED,
  merged: SupportRequestStatus.MERGED,
  cancelled: SupportRequestStatus.CANCELLED,
});

export const dispatchStatuses = enumCodec<DispatchStatusName, DispatchStatus>({
  invited: DispatchStatus.INVITED,
  accepted: DispatchStatus.ACCEPTED,
  declined: DispatchStatus.DECLINED,
  expired: DispatchStatus.EXPIRED,
  withdrawn: DispatchStatus.WITHDRAWN,
  'release-refused': DispatchStatus.RELEASE_REFUSED,
  confirmed: DispatchStatus.CONFIRMED,
  'in-progress': DispatchStatus.IN_PROGRESS,
  reported: DispatchStatus.REPORTED,
  completed: DispatchStatus.COMPLETED,
  cancelled: DispatchStatus.CANCELLED,
});

export const skillLevels = enumCodec<SkillLevelName, SkillLevel>({
  basic: SkillLevel.BASIC,
  intermediate: SkillLevel.INTERMEDIATE,
  advanced: SkillLevel.ADVANCED,
  expert: SkillLevel.EXPERT,
});

export type TriageActionName = 'accept' | 'request-changes' | 'reject' | 'merge';

export const triageActions = enumCodec<TriageActionName, TriageAction>({
  accept: TriageAction.ACCEPT,
  'request-changes': TriageAction.REQUEST_CHANGES,
  reject: TriageAction.REJECT,
  merge: TriageAction.MERGE,
});
