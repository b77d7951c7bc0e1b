import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { recordAssessments, type AssessmentResult } from '../domain/index.ts';
import { allow, changeContext, pageOf, type Dependencies } from './context.ts';
import type { Loaders } from './loading.ts';
import { assessmentMessage } from './mapping.ts';
import { writeRecords } from './progress.ts';
import { recordsScope } from './targets.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Scores per module: recorded by the cohort's facilitators and the office, read by those concerned. */
export function assessmentHandlers(deps: Dependencies, load: Loaders) {
  return {
    /**
     * Each call adds an attempt per trainee. The whole request is checked first (every refused
     * entry reported at once); each trainee's attempt is then written with their progress and,
     * for a first pass, ModulePassed, worked out again if their records changed meanwhile.
     */
    async recordAssessments(request, call) {
      const view = await load.viewOf(request.cohortId);
      allow(call, 'RecordAssessments', { cohort: view.cohort });
      const context = changeContext(call, deps.now());
      const entries = request.scores.map(({ enrolmentId, score, comment }) => ({
        enrolmentId,
        score,
        comment,
      }));
      const held = await deps.records.getMany(entries.map((entry) => entry.enrolmentId));
      recordAssessments(
        view,
        request.moduleCode,
        entries,
        held.map((records) => records.enrolment),
        held.flatMap((records) => records.assessments),
        context,
      );
      const results: AssessmentResult[] = [];
      for (const entry of entries) {
        const result = await writeRecords(
          deps,
          entry.enrolmentId,
          (records) => {
            const change = recordAssessments(
              view,
              request.moduleCode,
              [entry],
              [records.enrolment],
              records.assessments,
              context,
            );
            return {
              assessments: change.results.map((attempt) => ({
                ...attempt,
                cohortId: view.cohort.id,
              })),
              events: change.events,
              result: change.results,
            };
          },
          context,
        );
        results.push(...result);
      }
      return { results: results.map(assessmentMessage) };
    },

    async listAssessments(request, call) {
      const cohort = await load.cohort(request.cohortId);
      const scope = await recordsScope(deps, call, 'ListAssessments', cohort);
      const page = await deps.records.ofCohortAssessments(
        cohort.id,
        { ...scope, enrolmentId: request.enrolmentId === '' ? undefined : request.enrolmentId },
        pageOf(request.page),
      );
      const results = page.items.flatMap((records) =>
        records.assessments
          .filter(
            (attempt) =>
              attempt.cohortId === cohort.id &&
              (request.moduleCode === '' || attempt.moduleCode === request.moduleCode),
          )
          .sort((a, b) => a.moduleCode.localeCompare(b.moduleCode) || a.attempt - b.attempt),
      );
      return { results: results.map(assessmentMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
