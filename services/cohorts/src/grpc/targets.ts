/** What a caller is checked against when an operation concerns a whole cohort or its records. */
import type { CallContext } from '@expertnet/platform';
import { isFacilitatorOf, PROGRAMME_OFFICE, type Cohort, type Trainee } from '../domain/index.ts';
import type { EnrolmentQuery } from '../persistence/enrolment-query.ts';
import { scopeOf, type Dependencies } from './context.ts';
import { callerEnrolmentIn, linkCaller } from './trainee-link.ts';

/**
 * The trainee an operation on a whole cohort concerns: the caller's own enrolment in it
 * (ListSessions). Staff are allowed as staff, so their enrolments are not looked up.
 */
export async function traineeTarget(
  deps: Dependencies,
  call: CallContext,
  cohort: Cohort,
): Promise<Trainee | undefined> {
  const { principal } = call;
  if (principal.roles.has(PROGRAMME_OFFICE) || isFacilitatorOf(cohort, principal.subject)) {
    return undefined;
  }
  return (await callerEnrolmentIn(deps, call, cohort.id))?.trainee;
}

/** The trainees a list of records may show the caller (the domain's listScope). */
export async function recordsScope(
  deps: Dependencies,
  call: CallContext,
  operation: 'ListAttendance' | 'ListAssessments',
  cohort: Cohort,
): Promise<EnrolmentQuery> {
  const scope = scopeOf(call, operation, cohort);
  if (scope.reach === 'self') await linkCaller(deps, call);
  return {
    statuses: [],
    text: '',
    organisationCode: scope.reach === 'organisation' ? scope.organisationCode : undefined,
    userSubject: scope.reach === 'self' ? scope.subject : undefined,
  };
}
