import {
  recordAssessments as recorded,
  type AssessmentResult,
  type ScoreEntry,
} from '../domain/index.ts';
import { allow, scopeFor, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { writeRecords } from './shared/records.ts';

export interface AssessmentScores {
  readonly cohortId: string;
  readonly moduleCode: string;
  readonly entries: readonly ScoreEntry[];
}

/**
 * Scores per module, recorded by the cohort's facilitators and the office: each call adds an
 * attempt per trainee. The whole request is checked first (every refused entry reported at once);
 * each trainee's attempt is then written with their progress and, for a first pass, ModulePassed,
 * worked out again if their records changed meanwhile.
 */
export async function recordAssessments(
  deps: Dependencies,
  caller: Caller,
  input: AssessmentScores,
): Promise<AssessmentResult[]> {
  const view = await loaders(deps).viewOf(input.cohortId);
  allow(caller, 'RecordAssessments', { cohort: view.cohort });
  const { context } = caller;
  // The cohort's facilitator reaches its trainees whatever their organisation, as the office does.
  const scope = scopeFor(caller, 'RecordAssessments', { cohort: view.cohort });
  const { moduleCode, entries } = input;
  const held = await deps.records.getMany(
    scope,
    entries.map((entry) => entry.enrolmentId),
  );
  recorded(
    view,
    moduleCode,
    entries,
    held.map((records) => records.enrolment),
    held.flatMap((records) => records.assessments),
    context,
  );
  const results: AssessmentResult[] = [];
  for (const entry of entries) {
    const result = await writeRecords(
      deps,
      scope,
      entry.enrolmentId,
      (records) => {
        const change = recorded(
          view,
          moduleCode,
          [entry],
          [records.enrolment],
          records.assessments,
          context,
        );
        return {
          assessments: change.results.map((attempt) => ({ ...attempt, cohortId: view.cohort.id })),
          events: change.events,
          result: change.results,
        };
      },
      context,
    );
    results.push(...result);
  }
  return results;
}
