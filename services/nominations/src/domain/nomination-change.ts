import { DomainError } from '@expertnet/platform';
import { evaluateEligibility } from './eligibility.ts';
import type { NominationEvent } from './events.ts';
import { revisionOf, type NominationAction, type NominationRevision } from './revisions.ts';
import type { Candidate, ChangeContext, EligibilityResult, Nomination, Round } from './types.ts';

/**
 * A nomination after one change, with its revision and the events to publish. The service
 * stores all three in one write; a change whose revision lists no changed fields (e.g. an import
 * row identical to the draft) need not be stored at all.
 *
 * `nomination.version` is already the next version: the store writes the rest and bumps its own
 * counter from the version it read (expected_version), which must give the same number.
 */
export interface NominationChange {
  readonly nomination: Nomination;
  readonly revision: NominationRevision;
  readonly events: readonly NominationEvent[];
}

export interface ChangeStep {
  readonly action: NominationAction;
  readonly note?: string | undefined;
  /** Events made from the nomination after the change, so they carry its new version. */
  readonly events?: (after: Nomination) => readonly NominationEvent[];
}

/** Applies `changes` to `before` as one revisioned change. */
export function applyChange(
  before: Nomination,
  changes: Partial<Nomination>,
  step: ChangeStep,
  context: ChangeContext,
): NominationChange {
  const after: Nomination = {
    ...before,
    ...changes,
    effectiveOrganisationCode: context.resolve(before.organisationCode),
    version: before.version + 1,
    updatedAt: context.now,
  };
  return {
    nomination: after,
    revision: revisionOf(before, after, {
      action: step.action,
      actor: context.actor,
      at: context.now,
      note: step.note,
    }),
    events: step.events?.(after) ?? [],
  };
}

/** Refuses a candidate the round's rules exclude, listing every finding as a field violation. */
export function assertEligible(candidate: Candidate, round: Round): EligibilityResult {
  const eligibility = evaluateEligibility(candidate, round);
  if (eligibility.eligible) return eligibility;
  throw new DomainError(
    'failed-precondition',
    'NOT_ELIGIBLE',
    `the candidate does not meet the round's eligibility rules: ${eligibility.findings
      .map((finding) => finding.reason)
      .join(', ')}`,
    {
      violations: eligibility.findings.map((finding) => ({
        field: finding.field,
        description: finding.message.en,
      })),
    },
  );
}

export function assertDecisionLetter(nomination: Pick<Nomination, 'id' | 'documents'>): void {
  if (nomination.documents.some((document) => document.kind === 'decision-letter')) return;
  throw new DomainError(
    'failed-precondition',
    'DECISION_LETTER_MISSING',
    `nomination ${nomination.id} has no decision letter (quyết định cử) attached`,
    {
      violations: [{ field: 'documents', description: 'a decision letter is required to submit' }],
    },
  );
}

/** Guards against a caller pairing a nomination with another round: a bug, not user input. */
export function assertSameRound(
  nomination: Pick<Nomination, 'id' | 'roundId'>,
  round: Round,
): void {
  if (nomination.roundId !== round.id) {
    throw new Error(
      `nomination ${nomination.id} belongs to round ${nomination.roundId}, not ${round.id}`,
    );
  }
}
