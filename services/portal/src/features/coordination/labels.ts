import type { MessageKey } from '../../i18n/i18n.tsx';
import type {
  DispatchStatus,
  Priority,
  SkillLevel,
  SupportMode,
  SupportRequestStatus,
  Urgency,
} from './types.ts';

type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'info';

export const REQUEST_STATUS: Readonly<Record<SupportRequestStatus, MessageKey>> = {
  SUPPORT_REQUEST_STATUS_UNSPECIFIED: 'coordination.status.unknown',
  SUPPORT_REQUEST_STATUS_DRAFT: 'coordination.request.draft',
  SUPPORT_REQUEST_STATUS_SUBMITTED: 'coordination.request.submitted',
  SUPPORT_REQUEST_STATUS_MATCHING: 'coordination.request.matching',
  SUPPORT_REQUEST_STATUS_STAFFED: 'coordination.request.staffed',
  SUPPORT_REQUEST_STATUS_IN_PROGRESS: 'coordination.request.inProgress',
  SUPPORT_REQUEST_STATUS_COMPLETED: 'coordination.request.completed',
  SUPPORT_REQUEST_STATUS_DECLINED: 'coordination.request.declined',
  SUPPORT_REQUEST_STATUS_CANCELLED: 'coordination.request.cancelled',
  SUPPORT_REQUEST_STATUS_CHANGES_REQUESTED: 'coordination.request.changesRequested',
  SUPPORT_REQUEST_STATUS_MERGED: 'coordination.request.merged',
};

export const REQUEST_TONE: Readonly<Record<SupportRequestStatus, Tone>> = {
  SUPPORT_REQUEST_STATUS_UNSPECIFIED: 'neutral',
  SUPPORT_REQUEST_STATUS_DRAFT: 'neutral',
  SUPPORT_REQUEST_STATUS_SUBMITTED: 'info',
  SUPPORT_REQUEST_STATUS_MATCHING: 'info',
  SUPPORT_REQUEST_STATUS_STAFFED: 'good',
  SUPPORT_REQUEST_STATUS_IN_PROGRESS: 'good',
  SUPPORT_REQUEST_STATUS_COMPLETED: 'neutral',
  SUPPORT_REQUEST_STATUS_DECLINED: 'bad',
  SUPPORT_REQUEST_STATUS_CANCELLED: 'neutral',
  SUPPORT_REQUEST_STATUS_CHANGES_REQUESTED: 'warn',
  SUPPORT_REQUEST_STATUS_MERGED: 'neutral',
};

export const DISPATCH_STATUS: Readonly<Record<DispatchStatus, MessageKey>> = {
  DISPATCH_STATUS_UNSPECIFIED: 'coordination.status.unknown',
  DISPATCH_STATUS_INVITED: 'coordination.dispatch.invited',
  DISPATCH_STATUS_ACCEPTED: 'coordination.dispatch.accepted',
  DISPATCH_STATUS_DECLINED: 'coordination.dispatch.declined',
  DISPATCH_STATUS_EXPIRED: 'coordination.dispatch.expired',
  DISPATCH_STATUS_WITHDRAWN: 'coordination.dispatch.withdrawn',
  DISPATCH_STATUS_COMPLETED: 'coordination.dispatch.completed',
  DISPATCH_STATUS_CONFIRMED: 'coordination.dispatch.confirmed',
  DISPATCH_STATUS_RELEASE_REFUSED: 'coordination.dispatch.releaseRefused',
  DISPATCH_STATUS_IN_PROGRESS: 'coordination.dispatch.inProgress',
  DISPATCH_STATUS_REPORTED: 'coordination.dispatch.reported',
  DISPATCH_STATUS_CANCELLED: 'coordination.dispatch.cancelled',
};

export const DISPATCH_TONE: Readonly<Record<DispatchStatus, Tone>> = {
  DISPATCH_STATUS_UNSPECIFIED: 'neutral',
  DISPATCH_STATUS_INVITED: 'info',
  DISPATCH_STATUS_ACCEPTED: 'info',
  DISPATCH_STATUS_DECLINED: 'bad',
  DISPATCH_STATUS_EXPIRED: 'warn',
  DISPATCH_STATUS_WITHDRAWN: 'neutral',
  DISPATCH_STATUS_COMPLETED: 'neutral',
  DISPATCH_STATUS_CONFIRMED: 'good',
  DISPATCH_STATUS_RELEASE_REFUSED: 'bad',
  DISPATCH_STATUS_IN_PROGRESS: 'good',
  DISPATCH_STATUS_REPORTED: 'info',
  DISPATCH_STATUS_CANCELLED: 'warn',
};

export const MODE: Readonly<Record<SupportMode | 'SUPPORT_MODE_UNSPECIFIED', MessageKey>> = {
  SUPPORT_MODE_UNSPECIFIED: 'coordination.status.unknown',
  SUPPORT_MODE_ON_SITE: 'coordination.mode.onSite',
  SUPPORT_MODE_REMOTE: 'coordination.mode.remote',
  SUPPORT_MODE_HYBRID: 'coordination.mode.hybrid',
};

export const URGENCY: Readonly<Record<Urgency, MessageKey>> = {
  URGENCY_UNSPECIFIED: 'coordination.urgency.unspecified',
  URGENCY_LOW: 'coordination.urgency.low',
  URGENCY_NORMAL: 'coordination.urgency.normal',
  URGENCY_HIGH: 'coordination.urgency.high',
  URGENCY_CRITICAL: 'coordination.urgency.critical',
};

export const PRIORITY: Readonly<Record<Priority, MessageKey>> = {
  PRIORITY_UNSPECIFIED: 'coordination.priority.unspecified',
  PRIORITY_LOW: 'coordination.priority.low',
  PRIORITY_NORMAL: 'coordination.priority.normal',
  PRIORITY_HIGH: 'coordination.priority.high',
};

export const SKILL_LEVEL: Readonly<Record<SkillLevel, MessageKey>> = {
  SKILL_LEVEL_UNSPECIFIED: 'coordination.level.any',
  SKILL_LEVEL_BASIC: 'coordination.level.basic',
  SKILL_LEVEL_INTERMEDIATE: 'coordination.level.intermediate',
  SKILL_LEVEL_ADVANCED: 'coordination.level.advanced',
  SKILL_LEVEL_EXPERT: 'coordination.level.expert',
};
