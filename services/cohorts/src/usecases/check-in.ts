import { checkIn as checkInTo, type AttendanceRecord } from '../domain/index.ts';
import { requireCheckInKey } from '../keys.ts';
import { allow, scopeFor, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { writeRecords } from './shared/records.ts';
import { callerEnrolmentIn } from './shared/trainee-link.ts';

/** A trainee checks themselves in to a session of their cohort with the code shown. */
export async function checkIn(
  deps: Dependencies,
  caller: Caller,
  input: { readonly sessionId: string; readonly code: string },
): Promise<AttendanceRecord> {
  const load = loaders(deps);
  const session = await load.session(input.sessionId);
  const view = await load.viewOf(session.cohortId);
  const enrolment = await callerEnrolmentIn(deps, caller, session.cohortId);
  allow(caller, 'CheckIn', { trainee: enrolment?.trainee });
  const key = requireCheckInKey(deps.keys);
  const { context } = caller;
  // Their own enrolment, whichever organisation nominated them.
  const scope = scopeFor(caller, 'CheckIn', { traineeSubject: enrolment?.trainee.userSubject });
  return writeRecords(
    deps,
    scope,
    enrolment?.id ?? '',
    (records) => {
      const outcome = checkInTo(
        {
          session,
          view,
          enrolment: records.enrolment,
          code: input.code,
          existing: records.attendance.find((held) => held.sessionId === session.id),
          key,
        },
        context,
      );
      return { attendance: outcome.records, events: outcome.events, result: outcome.record };
    },
    context,
  );
}
