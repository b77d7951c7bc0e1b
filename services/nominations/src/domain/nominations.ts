import { DomainError, invalidArgument } from '@expertnet/platform';
import { evaluateEligibility } from './eligibility.ts';
import { EVENT_TYPES, nominationFacts } from './events.ts';
import { nextStatus } from './lifecycle.ts';
import {
  applyChange,
  assertDecisionLetter,
  assertEligible,
  assertSameRound,
  type NominationChange,
} from './nomination-change.ts';
import { revisionOf } from './revisions.ts';
import { assertRoundAcceptsDrafts, assertRoundAcceptsSubmissions } from './rounds.ts';
import type {
  Candidate,
  ChangeContext,
  Document,
  NominatingOfficer,
  Nomination,
  Round,
} from './types.ts';

/** Enough to keep a submission's paperwork reviewable without a flood of attachments. */
export const MAX_DOCUMENTS = 20;

export interface NewNomination {
  readonly id: string;
  readonly organisationCode: string;
  readonly candidate: Candidate;
  readonly nationalIdHash: string;
  readonly officer: NominatingOfficer;
}

/**
 * A new draft in a published round (scheduled or open), for an organisation in force. Its
 * eligibility is worked out at once so the form shows problems before submitting.
 */
export function createNomination(
  round: Round,
  input: NewNomination,
  context: ChangeContext,
  action: 'CreateNomination' | 'ImportNominations' = 'CreateNomination',
): NominationChange {
  assertRoundAcceptsDrafts(round, context.now);
  const current = context.resolve(input.organisationCode);
  if (current !== input.organisationCode) {
    throw invalidArgument([
      { field: 'organisation.code', description: `was dissolved; its successor is ${current}` },
    ]);
  }
  const nomination: Nomination = {
    id: input.id,
    roundId: round.id,
    organisationCode: input.organisationCode,
    effectiveOrganisationCode: current,
    status: 'draft',
    candidate: input.candidate,
    nationalIdHash: input.nationalIdHash,
    officer: input.officer,
    documents: [],
    eligibility: evaluateEligibility(input.candidate, round),
    reviews: [],
    averageScore: 0,
    returnReason: '',
    withdrawalReason: '',
    duplicateFlagIds: [],
    version: 1,
    createdBy: context.actor.subject,
    createdAt: context.now,
    updatedAt: context.now,
  };
  const revision = revisionOf(undefined, nomination, {
    action,
    actor: context.actor,
    at: context.now,
  });
  return { nomination, revision, events: [] };
}

export interface NominationEdit {
  readonly candidate: Candidate;
  readonly officer: NominatingOfficer;
  /** Undefined keeps the number on record. */
  readonly nationalIdHash?: string | undefined;
}

/**
 * Edits a draft or returned nomination and re-evaluates its eligibility. Not gated by the round's
 * window: a returned nomination must stay fixable after the deadline, and a draft in a closed
 * round can no longer be submitted anyway.
 */
export function updateNomination(
  round: Round,
  nomination: Nomination,
  edit: NominationEdit,
  context: ChangeContext,
  action: 'UpdateNomination' | 'ImportNominations' = 'UpdateNomination',
): NominationChange {
  assertSameRound(nomination, round);
  nextStatus(nomination.status, 'update');
  return applyChange(
    nomination,
    {
      candidate: edit.candidate,
      officer: edit.officer,
      nationalIdHash: edit.nationalIdHash ?? nomination.nationalIdHash,
      eligibility: evaluateEligibility(edit.candidate, round),
    },
    { action },
    context,
  );
}

export type NewDocument = Omit<Document, 'uploadedAt' | 'uploadedBy'>;

export function addDocument(
  nomination: Nomination,
  document: NewDocument,
  context: ChangeContext,
): NominationChange {
  nextStatus(nomination.status, 'add-document');
  const twin = nomination.documents.find(
    (other) => other.sha256 === document.sha256 || other.id === document.id,
  );
  if (twin !== undefined) {
    throw new DomainError(
      'already-exists',
      'DOCUMENT_ALREADY_ATTACHED',
      `the same file is already attached as document ${twin.id}`,
    );
  }
  if (nomination.documents.length >= MAX_DOCUMENTS) {
    throw new DomainError(
      'failed-precondition',
      'TOO_MANY_DOCUMENTS',
      `a nomination holds at most ${MAX_DOCUMENTS} documents`,
    );
  }
  const added: Document = {
    ...document,
    uploadedAt: context.now,
    uploadedBy: context.actor.subject,
  };
  return applyChange(
    nomination,
    { documents: [...nomination.documents, added] },
    { action: 'AddDocument' },
    context,
  );
}

export function removeDocument(
  nomination: Nomination,
  documentId: string,
  context: ChangeContext,
): NominationChange {
  nextStatus(nomination.status, 'remove-document');
  if (!nomination.documents.some((document) => document.id === documentId)) {
    throw new DomainError(
      'not-found',
      'DOCUMENT_NOT_FOUND',
      `nomination ${nomination.id} has no document ${documentId}`,
    );
  }
  return applyChange(
    nomination,
    { documents: nomination.documents.filter((document) => document.id !== documentId) },
    { action: 'RemoveDocument' },
    context,
  );
}

/**
 * DRAFT -> SUBMITTED, RETURNED -> RESUBMITTED. The checks run in this order and the first
 * failure is reported: round window, decision letter, eligibility (re-evaluated now). The quota
 * comes last, when the submission takes its slot (see quota-slots.ts): a first submission takes
 * one, a resubmission skips the window and the quota: the nomination came in on time and still
 * holds its slot (returned ones count as submitted), and the office asked for the change.
 */
export function submitNomination(
  round: Round,
  nomination: Nomination,
  context: ChangeContext,
): NominationChange {
  assertSameRound(nomination, round);
  const status = nextStatus(nomination.status, 'submit');
  const resubmission = nomination.status === 'returned';
  if (!resubmission) assertRoundAcceptsSubmissions(round, context.now);
  assertDecisionLetter(nomination);
  const eligibility = assertEligible(nomination.candidate, round);
  return applyChange(
    nomination,
    { status, eligibility, submittedAt: nomination.submittedAt ?? context.now },
    {
      action: 'SubmitNomination',
      events: (after) => [
        {
          type: EVENT_TYPES.nominationSubmitted,
          orgCode: after.effectiveOrganisationCode,
          payload: {
            nomination: nominationFacts(after),
            resubmission,
            submittedAt: context.now,
          },
        },
      ],
    },
    context,
  );
}
