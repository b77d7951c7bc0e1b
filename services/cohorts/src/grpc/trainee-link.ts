import { verifiedEmailOf, type CallContext } from '@expertnet/platform';
import { linkTraineeAccount, type Enrolment } from '../domain/index.ts';
import { changeContext, type Dependencies } from './context.ts';
import { isConflict } from './progress.ts';

/**
 * Links the caller's account to the enrolments nominated under their email the first time they
 * come as a trainee (linkTraineeAccount); afterwards they are found by subject. Costs one indexed
 * read when there is nothing to link.
 */
export async function linkCaller(deps: Dependencies, call: CallContext): Promise<void> {
  const email = verifiedEmailOf(call.token);
  const { subject } = call.principal;
  if (email === undefined || subject === '') return;
  const context = changeContext(call, deps.now());
  for (const enrolment of await deps.enrolments.unlinkedWithEmail(email)) {
    const linked = linkTraineeAccount(enrolment, { subject, email }, context);
    if (linked === undefined) continue;
    // Linked meanwhile by a parallel call of the same person, or changed: the next call retries.
    await deps.enrolments.save(linked, enrolment, []).catch((error: unknown) => {
      if (!isConflict(error)) throw error;
    });
  }
}

/** The caller's own enrolments (their trainee view), linked first if need be. */
export async function callerEnrolments(
  deps: Dependencies,
  call: CallContext,
): Promise<Enrolment[]> {
  if (call.principal.subject === '') return [];
  await linkCaller(deps, call);
  return deps.enrolments.ofUser(call.principal.subject);
}

/** The caller's enrolment in a cohort (a seat before a waitlist place), if they have one. */
export async function callerEnrolmentIn(
  deps: Dependencies,
  call: CallContext,
  cohortId: string,
): Promise<Enrolment | undefined> {
  const mine = (await callerEnrolments(deps, call)).filter(
    (enrolment) => enrolment.cohortId === cohortId,
  );
  return mine.find((enrolment) => enrolment.status === 'enrolled') ?? mine[0];
}
