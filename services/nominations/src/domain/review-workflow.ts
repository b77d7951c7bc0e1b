import { requireReason } from '@expertnet/platform';
import { EVENT_TYPES, nominationFacts, type NominationEvent } from './events.ts';
import { nextStatus, type NominationOperation } from './lifecycle.ts';
import { applyChange, assertSameRound, type NominationChange } from './nomination-change.ts';
import { averageScore, buildReview, upsertReview } from './review.ts';
import type {
  ChangeContext,
  CriterionScore,
  Decision,
  DecisionOutcome,
  Nomination,
  NominationStatus,
  Round,
} from './types.ts';

/** Sends a submitted nomination back to its nominator with what to change. */
export function returnNomination(
  nomination: Nomination,
  reason: string,
  context: ChangeContext,
): NominationChange {
  const status = nextStatus(nomination.status, 'return');
  const note = requireReason(reason, 5, 2000);
  return applyChange(
    nomination,
    { status, returnReason: note },
    {
      action: 'ReturnNomination',
      note,
      events: (after) => [
        {
          type: EVENT_TYPES.nominationReturned,
          orgCode: after.effectiveOrganisationCode,
          payload: {
            nomination: nominationFacts(after),
            reason: note,
            officerName: after.officer.fullName,
            officerEmail: after.officer.email,
          },
        },
      ],
    },
    context,
  );
}

export interface Scoring {
  readonly reviewerName: string;
  readonly scores: readonly CriterionScore[];
  readonly comment: string;
}

/**
 * The calling reviewer's scores on the round's rubric; scoring again replaces their earlier
 * review. The first score moves the nomination to under review. No event: scores stay inside.
 */
export function scoreNomination(
  round: Round,
  nomination: Nomination,
  scoring: Scoring,
  context: ChangeContext,
): NominationChange {
  assertSameRound(nomination, round);
  const status = nextStatus(nomination.status, 'score');
  const review = buildReview(
    round.rubric,
    { ...scoring, reviewerSubject: context.actor.subject },
    context.now,
  );
  const reviews = upsertReview(nomination.reviews, review);
  return applyChange(
    nomination,
    { status, reviews, averageScore: averageScore(reviews) },
    { action: 'ScoreNomination' },
    context,
  );
}

const DECISION_OPERATION: Readonly<Record<DecisionOutcome, NominationOperation>> = {
  accepted: 'accept',
  rejected: 'reject',
  waitlisted: 'waitlist',
};

/**
 * Accepts, rejects or waitlists, always with a reason the nominating organisation sees. Deciding
 * again with another outcome reverses the earlier decision; its event names the previous status.
 */
export function decideNomination(
  nomination: Nomination,
  input: { readonly outcome: DecisionOutcome; readonly reason: string },
  context: ChangeContext,
): NominationChange {
  const status = nextStatus(nomination.status, DECISION_OPERATION[input.outcome]);
  const reason = requireReason(input.reason, 3, 2000);
  const decision: Decision = {
    outcome: input.outcome,
    reason,
    decidedBy: context.actor.subject,
    decidedAt: context.now,
  };
  return applyChange(
    nomination,
    { status, decision },
    {
      action: 'DecideNomination',
      note: reason,
      events: (after) => [decisionEvent(after, decision, nomination.status)],
    },
    context,
  );
}

function decisionEvent(
  after: Nomination,
  decision: Decision,
  previousStatus: NominationStatus,
): NominationEvent {
  const payload = {
    nomination: nominationFacts(after),
    previousStatus,
    reason: decision.reason,
    decidedAt: decision.decidedAt,
  };
  const orgCode = after.effectiveOrganisationCode;
  switch (decision.outcome) {
    case 'accepted':
      return {
        type: EVENT_TYPES.nominationAccepted,
        orgCode,
        payload: { ...payload, averageScore: after.averageScore },
      };
    case 'rejected':
      return { type: EVENT_TYPES.nominationRejected, orgCode, payload };
    case 'waitlisted':
      return { type: EVENT_TYPES.nominationWaitlisted, orgCode, payload };
  }
}

/**
 * Withdraws a nomination from any status but withdrawn. A draft leaves quietly: nobody outside
 * has heard of it, so there is nothing to retract.
 */
export function withdrawNomination(
  nomination: Nomination,
  reason: string,
  context: ChangeContext,
): NominationChange {
  const status = nextStatus(nomination.status, 'withdraw');
  const note = requireReason(reason, 3, 2000);
  return applyChange(
    nomination,
    { status, withdrawalReason: note },
    {
      action: 'WithdrawNomination',
      note,
      events: (after) =>
        nomination.status === 'draft'
          ? []
          : [
              {
                type: EVENT_TYPES.nominationWithdrawn,
                orgCode: after.effectiveOrganisationCode,
                payload: {
                  nomination: nominationFacts(after),
                  previousStatus: nomination.status,
                  reason: note,
                },
              },
            ],
    },
    context,
  );
}
