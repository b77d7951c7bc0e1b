import type { MessageKey } from '../../i18n/i18n.tsx';
import type { NominationStatus, RoundStatus } from './model.ts';

export type Tone = 'neutral' | 'good' | 'warn' | 'bad' | 'info';

/** Every status a nomination can be in, in the order of its life. */
export const NOMINATION_STATUSES: readonly NominationStatus[] = [
  'NOMINATION_STATUS_DRAFT',
  'NOMINATION_STATUS_SUBMITTED',
  'NOMINATION_STATUS_RETURNED',
  'NOMINATION_STATUS_RESUBMITTED',
  'NOMINATION_STATUS_UNDER_REVIEW',
  'NOMINATION_STATUS_ACCEPTED',
  'NOMINATION_STATUS_WAITLISTED',
  'NOMINATION_STATUS_REJECTED',
  'NOMINATION_STATUS_WITHDRAWN',
];

export const NOMINATION_STATUS_LABEL: Readonly<Record<NominationStatus, MessageKey>> = {
  NOMINATION_STATUS_DRAFT: 'nominations.status.draft',
  NOMINATION_STATUS_SUBMITTED: 'nominations.status.submitted',
  NOMINATION_STATUS_RETURNED: 'nominations.status.returned',
  NOMINATION_STATUS_RESUBMITTED: 'nominations.status.resubmitted',
  NOMINATION_STATUS_UNDER_REVIEW: 'nominations.status.underReview',
  NOMINATION_STATUS_ACCEPTED: 'nominations.status.accepted',
  NOMINATION_STATUS_REJECTED: 'nominations.status.rejected',
  NOMINATION_STATUS_WAITLISTED: 'nominations.status.waitlisted',
  NOMINATION_STATUS_WITHDRAWN: 'nominations.status.withdrawn',
};

const NOMINATION_STATUS_TONE: Readonly<Record<NominationStatus, Tone>> = {
  NOMINATION_STATUS_DRAFT: 'neutral',
  NOMINATION_STATUS_SUBMITTED: 'info',
  NOMINATION_STATUS_RETURNED: 'warn',
  NOMINATION_STATUS_RESUBMITTED: 'info',
  NOMINATION_STATUS_UNDER_REVIEW: 'info',
  NOMINATION_STATUS_ACCEPTED: 'good',
  NOMINATION_STATUS_REJECTED: 'bad',
  NOMINATION_STATUS_WAITLISTED: 'warn',
  NOMINATION_STATUS_WITHDRAWN: 'neutral',
};

/** The label and tone of a status the API sent; unknown or missing reads as "unknown". */
export function nominationStatusView(status: string | undefined): {
  readonly label: MessageKey;
  readonly tone: Tone;
} {
  const known = NOMINATION_STATUSES.find((candidate) => candidate === status);
  return known === undefined
    ? { label: 'nominations.status.unknown', tone: 'neutral' }
    : { label: NOMINATION_STATUS_LABEL[known], tone: NOMINATION_STATUS_TONE[known] };
}

/** The nominator may change the nomination (fields, documents) only while it holds it. */
export function isEditable(status: string | undefined): boolean {
  return status === 'NOMINATION_STATUS_DRAFT' || status === 'NOMINATION_STATUS_RETURNED';
}

/** Submitting sends a draft, or a returned nomination again. */
export const isSubmittable = isEditable;

export function isWithdrawable(status: string | undefined): boolean {
  return (
    status !== undefined &&
    status !== 'NOMINATION_STATUS_WITHDRAWN' &&
    status !== 'NOMINATION_STATUS_UNSPECIFIED'
  );
}

/** Reviewers score and return only what is in review. */
export function isInReview(status: string | undefined): boolean {
  return (
    status === 'NOMINATION_STATUS_SUBMITTED' ||
    status === 'NOMINATION_STATUS_RESUBMITTED' ||
    status === 'NOMINATION_STATUS_UNDER_REVIEW'
  );
}

/** The office decides once reviewed, and may reverse a decision. */
export function isDecidable(status: string | undefined): boolean {
  return (
    status === 'NOMINATION_STATUS_UNDER_REVIEW' ||
    status === 'NOMINATION_STATUS_ACCEPTED' ||
    status === 'NOMINATION_STATUS_REJECTED' ||
    status === 'NOMINATION_STATUS_WAITLISTED'
  );
}

export const ROUND_STATUSES: readonly RoundStatus[] = [
  'ROUND_STATUS_DRAFT',
  'ROUND_STATUS_SCHEDULED',
  'ROUND_STATUS_OPEN',
  'ROUND_STATUS_CLOSED',
];

const ROUND_STATUS_LABEL: Readonly<Record<RoundStatus, MessageKey>> = {
  ROUND_STATUS_DRAFT: 'nominations.roundStatus.draft',
  ROUND_STATUS_SCHEDULED: 'nominations.roundStatus.scheduled',
  ROUND_STATUS_OPEN: 'nominations.roundStatus.open',
  ROUND_STATUS_CLOSED: 'nominations.roundStatus.closed',
};

const ROUND_STATUS_TONE: Readonly<Record<RoundStatus, Tone>> = {
  ROUND_STATUS_DRAFT: 'neutral',
  ROUND_STATUS_SCHEDULED: 'info',
  ROUND_STATUS_OPEN: 'good',
  ROUND_STATUS_CLOSED: 'neutral',
};

export function roundStatusView(status: string | undefined): {
  readonly label: MessageKey;
  readonly tone: Tone;
} {
  const known = ROUND_STATUSES.find((candidate) => candidate === status);
  return known === undefined
    ? { label: 'nominations.status.unknown', tone: 'neutral' }
    : { label: ROUND_STATUS_LABEL[known], tone: ROUND_STATUS_TONE[known] };
}
