import { DomainError, requireReason } from '@expertnet/platform';
import { PROGRAMME_OFFICE } from './access.ts';
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
import { assertRoundAcceptsSubmissions } from './rounds.ts';
import type { Candidate, ChangeContext, Nomination, Round } from './types.ts';

export interface Replacement {
  /** Id of the new nomination, chosen by the service. */
  readonly newId: string;
  readonly candidate: Candidate;
  readonly nationalIdHash: string;
  readonly reason: string;
}

export interface ReplacementChange {
  /** The old nomination, now withdrawn. */
  readonly replaced: NominationChange;
  /** The new one, submitted in the same quota slot. */
  readonly replacement: NominationChange;
}

/**
 * Withdraws a nomination and submits another person in its quota slot, so the ceiling does not
 * block them. The replacement keeps the officer and the decision letter (the other documents
 * were about the previous person) and starts review afresh. After the round has closed only the
 * programme office may replace.
 */
export function replaceNominee(
  round: Round,
  nomination: Nomination,
  replacement: Replacement,
  context: ChangeContext,
): ReplacementChange {
  assertSameRound(nomination, round);
  const withdrawn = nextStatus(nomination.status, 'replace');
  if (!context.actor.roles.includes(PROGRAMME_OFFICE)) {
    assertRoundAcceptsSubmissions(round, context.now);
  }
  if (replacement.nationalIdHash === nomination.nationalIdHash) {
    throw new DomainError(
      'failed-precondition',
      'REPLACEMENT_SAME_PERSON',
      'the replacement is the person already nominated; update the nomination instead',
    );
  }
  const reason = requireReason(replacement.reason, 3, 2000);
  assertDecisionLetter(nomination);
  const eligibility = assertEligible(replacement.candidate, round);
  const replaced = applyChange(
    nomination,
    { status: withdrawn, withdrawalReason: reason, replacedByNominationId: replacement.newId },
    {
      action: 'ReplaceNominee',
      note: reason,
      events: (after) => [
        {
          type: EVENT_TYPES.nominationWithdrawn,
          orgCode: after.effectiveOrganisationCode,
          payload: {
            nomination: nominationFacts(after),
            previousStatus: nomination.status,
            reason,
            replacedByNominationId: replacement.newId,
          },
        },
      ],
    },
    context,
  );
  const fresh: Nomination = {
    id: replacement.newId,
    roundId: nomination.roundId,
    organisationCode: nomination.organisationCode,
    effectiveOrganisationCode: context.resolve(nomination.organisationCode),
    status: 'submitted',
    candidate: replacement.candidate,
    nationalIdHash: replacement.nationalIdHash,
    officer: nomination.officer,
    documents: nomination.documents.filter((document) => document.kind === 'decision-letter'),
    eligibility,
    reviews: [],
    averageScore: 0,
    returnReason: '',
    withdrawalReason: '',
    replacesNominationId: nomination.id,
    duplicateFlagIds: [],
    version: 1,
    createdBy: context.actor.subject,
    createdAt: context.now,
    updatedAt: context.now,
    submittedAt: context.now,
  };
  const submitted: NominationChange = {
    nomination: fresh,
    revision: revisionOf(undefined, fresh, {
      action: 'ReplaceNominee',
      actor: context.actor,
      at: context.now,
      note: reason,
    }),
    events: [
      {
        type: EVENT_TYPES.nominationSubmitted,
        orgCode: fresh.effectiveOrganisationCode,
        payload: {
          nomination: nominationFacts(fresh),
          resubmission: false,
          replacesNominationId: nomination.id,
          submittedAt: context.now,
        },
      },
    ],
  };
  return { replaced, replacement: submitted };
}
