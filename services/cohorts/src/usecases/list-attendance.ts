import type { PageQuery } from '@expertnet/platform';
import type { AttendanceRecord } from '../domain/index.ts';
import { allow, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { linkCaller, recordsScope } from './shared/trainee-link.ts';

export type AttendanceListRequest =
  | { readonly sessionId: string; readonly enrolmentId?: undefined }
  | { readonly sessionId?: undefined; readonly enrolmentId: string };

/** A session's records (as far as the caller may see), or one trainee's, oldest first. */
export async function listAttendance(
  deps: Dependencies,
  caller: Caller,
  request: AttendanceListRequest,
  page: PageQuery,
): Promise<{ items: AttendanceRecord[]; nextCursor: string }> {
  const load = loaders(deps);
  if (request.sessionId !== undefined) {
    const session = await load.session(request.sessionId);
    const cohort = await load.cohort(session.cohortId);
    const scope = await recordsScope(deps, caller, 'ListAttendance', cohort);
    const found = await deps.records.ofSession(session.id, cohort.id, scope, page);
    const items = found.items.flatMap((records) =>
      records.attendance.filter((record) => record.sessionId === session.id),
    );
    return { items, nextCursor: found.nextCursor };
  }
  await linkCaller(deps, caller);
  const { enrolment, scope } = await load.enrolment(caller, 'ListAttendance', request.enrolmentId);
  allow(caller, 'ListAttendance', {
    cohort: await load.cohortOf(enrolment),
    trainee: enrolment.trainee,
  });
  // The same record, with the scope it was reached with.
  const records = (await deps.records.get(scope, enrolment.id))?.attendance ?? [];
  const byTime = [...records].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
  return { items: byTime, nextCursor: '' };
}
