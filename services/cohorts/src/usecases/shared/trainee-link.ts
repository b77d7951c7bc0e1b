import { resolveOrganisation } from '@expertnet/platform';
import {
  isFacilitatorOf,
  linkTraineeAccount,
  listOrganisations,
  ownEnrolmentsOrganisations,
  PROGRAMME_OFFICE,
  type Cohort,
  type Enrolment,
  type Trainee,
} from '../../domain/index.ts';
import type { RecordsQuery } from '../../repositories/training-records.repository.ts';
import { listScopeOf, type Caller } from './caller.ts';
import { isConflict, type Dependencies } from './dependencies.ts';

/**
 * Links the caller's account to the enrolments nominated under their email the first time they
 * come as a trainee (linkTraineeAccount); afterwards they are found by subject. Costs one indexed
 * read when there is nothing to link.
 */
export async function linkCaller(deps: Dependencies, caller: Caller): Promise<void> {
  const email = caller.verifiedEmail;
  const subject = caller.principal?.subject ?? '';
  if (email === undefined || subject === '') return;
  const { context } = caller;
  // The caller's own enrolments (by their verified email), whichever organisation nominated them.
  const scope = ownEnrolmentsOrganisations();
  for (const enrolment of await deps.enrolments.unlinkedWithEmail(scope, email)) {
    const linked = linkTraineeAccount(enrolment, { subject, email }, context);
    if (linked === undefined) continue;
    // Linked meanwhile by a parallel call of the same person, or changed: the next call retries.
    await deps.enrolments.save(scope, linked, enrolment, []).catch((error: unknown) => {
      if (!isConflict(error)) throw error;
    });
  }
}

/** The caller's own enrolments (their trainee view), linked first if need be. */
export async function callerEnrolments(deps: Dependencies, caller: Caller): Promise<Enrolment[]> {
  const subject = caller.principal?.subject ?? '';
  if (subject === '') return [];
  await linkCaller(deps, caller);
  // Found by their own subject, whichever organisation nominated them.
  return deps.enrolments.ofUser(ownEnrolmentsOrganisations(), subject);
}

/** The caller's enrolment in a cohort (a seat before a waitlist place), if they have one. */
export async function callerEnrolmentIn(
  deps: Dependencies,
  caller: Caller,
  cohortId: string,
): Promise<Enrolment | undefined> {
  const mine = (await callerEnrolments(deps, caller)).filter(
    (enrolment) => enrolment.cohortId === cohortId,
  );
  return mine.find((enrolment) => enrolment.status === 'enrolled') ?? mine[0];
}

/**
 * The trainee an operation on a whole cohort concerns: the caller's own enrolment in it
 * (ListSessions, CheckIn). Staff are allowed as staff, so their enrolments are not looked up.
 */
export async function traineeTarget(
  deps: Dependencies,
  caller: Caller,
  cohort: Cohort,
): Promise<Trainee | undefined> {
  const { principal } = caller;
  if (principal === undefined) return undefined;
  if (principal.roles.has(PROGRAMME_OFFICE) || isFacilitatorOf(cohort, principal.subject)) {
    return undefined;
  }
  return (await callerEnrolmentIn(deps, caller, cohort.id))?.trainee;
}

/** The trainees a list of records may show the caller (the domain's listScope). */
export async function recordsScope(
  deps: Dependencies,
  caller: Caller,
  operation: 'ListAttendance' | 'ListAssessments',
  cohort: Cohort,
): Promise<RecordsQuery> {
  const scope = listScopeOf(caller, operation, cohort);
  if (scope.reach === 'self') await linkCaller(deps, caller);
  return {
    organisations: listOrganisations(scope, '', resolveOrganisation),
    userSubject: scope.reach === 'self' ? scope.subject : undefined,
  };
}
