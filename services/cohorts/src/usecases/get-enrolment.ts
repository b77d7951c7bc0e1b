import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders, withPositions, type PositionedEnrolment } from './shared/loading.ts';
import { linkCaller } from './shared/trainee-link.ts';

/**
 * One enrolment, for the people concerned: the office, the cohort's facilitators, the trainee
 * and their nominating organisation (whose scope does not reach any other organisation's:
 * ORG_SCOPE_VIOLATION for one that exists, NOT_FOUND for none). A nominator who facilitates the
 * enrolment's cohort, or is its trainee, reads it whatever its organisation (readRecord).
 */
export async function getEnrolment(
  deps: Dependencies,
  caller: Caller,
  id: string,
): Promise<PositionedEnrolment> {
  await linkCaller(deps, caller);
  const load = loaders(deps);
  const { enrolment } = await load.enrolment(caller, 'GetEnrolment', id);
  const cohort = await load.cohortOf(enrolment);
  allow(caller, 'GetEnrolment', { cohort, trainee: enrolment.trainee });
  const [answer] = await withPositions(deps, [enrolment]);
  return answer ?? { enrolment, waitlistPosition: 0 };
}
