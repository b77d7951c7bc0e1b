import type { components } from '../../api/gen/schema.ts';

type Schemas = components['schemas'];

export type SupportRequest = Schemas['SupportRequest'];
export type SupportRequestDetails = Schemas['SupportRequestDetails'];
export type SupportRequestStatus = NonNullable<SupportRequest['status']>;
export type SupportMode = SupportRequestDetails['mode'];
export type Urgency = NonNullable<SupportRequestDetails['urgency']>;
export type Priority = NonNullable<SupportRequest['priority']>;
export type SkillLevel = NonNullable<Schemas['SkillRequirement']['minLevel']>;
export type Dispatch = Schemas['Dispatch'];
export type DispatchStatus = NonNullable<Dispatch['status']>;
export type ExpertMatch = Schemas['ExpertMatch'];
export type KpiValue = Schemas['KpiValue'];
export type KpiName = NonNullable<KpiValue['kpi']>;
export type OrganisationCode = Schemas['OrganisationRef']['code'];
export type TriageAction =
  | 'TRIAGE_ACTION_ACCEPT'
  | 'TRIAGE_ACTION_REQUEST_CHANGES'
  | 'TRIAGE_ACTION_REJECT'
  | 'TRIAGE_ACTION_MERGE';
/** The statuses a list may be filtered by. */
export type RequestFilterStatus = Exclude<
  SupportRequestStatus,
  'SUPPORT_REQUEST_STATUS_UNSPECIFIED'
>;
export type DispatchFilterStatus = Exclude<DispatchStatus, 'DISPATCH_STATUS_UNSPECIFIED'>;
