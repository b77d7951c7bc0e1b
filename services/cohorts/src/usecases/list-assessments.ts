import type { PageQuery } from '@expertnet/platform';
import type { AssessmentResult } from '../domain/index.ts';
import type { Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { recordsScope } from './shared/trainee-link.ts';

export interface AssessmentListRequest {
  readonly cohortId: string;
  /** '' for every trainee the caller may see. */
  readonly enrolmentId: string;
  /** '' for every module. */
  readonly moduleCode: string;
}

/** Attempts taken in a cohort, by trainee name, then module and attempt. */
export async function listAssessments(
  deps: Dependencies,
  caller: Caller,
  request: AssessmentListRequest,
  page: PageQuery,
): Promise<{ items: AssessmentResult[]; nextCursor: string }> {
  const cohort = await loaders(deps).cohort(request.cohortId);
  const scope = await recordsScope(deps, caller, 'ListAssessments', cohort);
  const enrolmentId = request.enrolmentId === '' ? undefined : request.enrolmentId;
  const found = await deps.records.ofCohortAssessments(cohort.id, { ...scope, enrolmentId }, page);
  const items = found.items.flatMap((records) =>
    records.assessments
      .filter(
        (attempt) =>
          attempt.cohortId === cohort.id &&
          (request.moduleCode === '' || attempt.moduleCode === request.moduleCode),
      )
      .sort((a, b) => a.moduleCode.localeCompare(b.moduleCode) || a.attempt - b.attempt),
  );
  return { items, nextCursor: found.nextCursor };
}
