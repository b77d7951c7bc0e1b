import {
  DomainError,
  type FieldViolation,
  isIntegerBetween,
  textLength,
} from '@expertnet/platform';
import { holdsSeatIn } from './attendance.ts';
import { cohortFacts } from './cohorts.ts';
import { EVENT_TYPES, type ModulePassed } from './events.ts';
import { moduleOf } from './tracks.ts';
import type { AssessmentResult, ChangeContext, CohortView, Enrolment, Module } from './types.ts';

export interface ScoreEntry {
  readonly enrolmentId: string;
  readonly score: number;
  readonly comment: string;
}

export interface AssessmentChange {
  readonly results: readonly AssessmentResult[];
  /** One per trainee passing the module for the first time. */
  readonly events: readonly ModulePassed[];
}

/**
 * Scores one module for trainees of a running or finished cohort; each call adds a new attempt per
 * trainee. `enrolments` are the trainees scored, `previous` their earlier attempts at this module.
 * A module outside the cohort's track is MODULE_NOT_IN_TRACK; every refused entry is reported.
 */
export function recordAssessments(
  view: CohortView,
  moduleCode: string,
  scores: readonly ScoreEntry[],
  enrolments: readonly Enrolment[],
  previous: readonly AssessmentResult[],
  context: ChangeContext,
): AssessmentChange {
  const module = moduleOf(view.track, moduleCode);
  const { cohort } = view;
  if (cohort.status !== 'running' && cohort.status !== 'finished') {
    throw new DomainError(
      'failed-precondition',
      'COHORT_NOT_RUNNING',
      `cohort ${cohort.settings.code} is ${cohort.status}: nothing to assess yet`,
    );
  }
  const byId = new Map(enrolments.map((enrolment) => [enrolment.id, enrolment]));
  assertEntries(scores, byId, cohort.id);
  const results: AssessmentResult[] = [];
  const events: ModulePassed[] = [];
  for (const entry of scores) {
    const enrolment = byId.get(entry.enrolmentId);
    if (enrolment === undefined) continue;
    const earlier = previous.filter(
      (result) => result.enrolmentId === entry.enrolmentId && result.moduleCode === module.code,
    );
    const result = resultOf(entry, module, earlier, context);
    results.push(result);
    if (result.passed && !earlier.some((attempt) => attempt.passed)) {
      events.push(passedEvent(enrolment, view, module, result.score));
    }
  }
  return { results, events };
}

const OUTSIDER = 'does not hold a seat in the cohort';

function assertEntries(
  scores: readonly ScoreEntry[],
  byId: ReadonlyMap<string, Enrolment>,
  cohortId: string,
): void {
  const violations = scores.flatMap((entry, index) =>
    entryViolations(entry, index, scores, byId, cohortId),
  );
  if (violations.length === 0) return;
  // A trainee outside the cohort is a state problem; the rest is a malformed request.
  const outsider = violations.some((violation) => violation.description === OUTSIDER);
  throw new DomainError(
    outsider ? 'failed-precondition' : 'invalid-argument',
    outsider ? 'NOT_IN_COHORT' : 'INVALID_ARGUMENT',
    violations.map((violation) => `${violation.field}: ${violation.description}`).join('; '),
    { violations },
  );
}

function entryViolations(
  entry: ScoreEntry,
  index: number,
  scores: readonly ScoreEntry[],
  byId: ReadonlyMap<string, Enrolment>,
  cohortId: string,
): FieldViolation[] {
  const field = `scores[${index}]`;
  const violations: FieldViolation[] = [];
  const enrolment = byId.get(entry.enrolmentId);
  if (enrolment === undefined || !holdsSeatIn(enrolment, cohortId)) {
    violations.push({ field: `${field}.enrolment_id`, description: OUTSIDER });
  }
  if (scores.findIndex((other) => other.enrolmentId === entry.enrolmentId) !== index) {
    violations.push({
      field: `${field}.enrolment_id`,
      description: 'is scored twice in the request',
    });
  }
  if (!isIntegerBetween(entry.score, 0, 100)) {
    violations.push({
      field: `${field}.score`,
      description: 'must be a whole number from 0 to 100',
    });
  }
  if (textLength(entry.comment) > 1000) {
    violations.push({ field: `${field}.comment`, description: 'must be at most 1000 characters' });
  }
  return violations;
}

function resultOf(
  entry: ScoreEntry,
  module: Module,
  earlier: readonly AssessmentResult[],
  context: ChangeContext,
): AssessmentResult {
  return {
    enrolmentId: entry.enrolmentId,
    moduleCode: module.code,
    score: entry.score,
    passed: entry.score >= module.passScore,
    attempt: Math.max(0, ...earlier.map((attempt) => attempt.attempt)) + 1,
    comment: entry.comment.trim(),
    assessedBy: context.actor.subject,
    assessedAt: context.now,
  };
}

function passedEvent(
  enrolment: Enrolment,
  view: CohortView,
  module: Module,
  score: number,
): ModulePassed {
  return {
    type: EVENT_TYPES.modulePassed,
    orgCode: enrolment.trainee.effectiveOrganisationCode,
    payload: {
      enrolmentId: enrolment.id,
      trainee: enrolment.trainee,
      cohort: cohortFacts(view),
      moduleCode: module.code,
      moduleTitle: module.title,
      score,
      skillCodes: module.skillCodes,
    },
  };
}

/** The best attempt per module (the one that counts towards completion), by module code. */
export function bestScores(results: readonly AssessmentResult[]): ReadonlyMap<string, number> {
  const best = new Map<string, number>();
  for (const result of results) {
    best.set(result.moduleCode, Math.max(best.get(result.moduleCode) ?? 0, result.score));
  }
  return best;
}
