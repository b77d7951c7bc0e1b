import {
  markAttendance as marked,
  type AttendanceMark,
  type AttendanceRecord,
} from '../domain/index.ts';
import { allow, scopeFor, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { writeRecords } from './shared/records.ts';

/**
 * The facilitators' marks, which override check-ins; a mark equal to the record there is not
 * written again. Each trainee's record is written with their progress in one update.
 */
export async function markAttendance(
  deps: Dependencies,
  caller: Caller,
  input: { readonly sessionId: string; readonly marks: readonly AttendanceMark[] },
): Promise<AttendanceRecord[]> {
  const load = loaders(deps);
  const session = await load.session(input.sessionId);
  const view = await load.viewOf(session.cohortId);
  allow(caller, 'MarkAttendance', { cohort: view.cohort });
  const { marks } = input;
  const { context } = caller;
  // The cohort's facilitator reaches its trainees whatever their organisation, as the office does.
  const scope = scopeFor(caller, 'MarkAttendance', { cohort: view.cohort });
  const held = await deps.records.getMany(
    scope,
    marks.map((mark) => mark.enrolmentId),
  );
  const existing = held.flatMap((records) =>
    records.attendance.filter((record) => record.sessionId === session.id),
  );
  const enrolments = held.map((records) => records.enrolment);
  const change = marked(session, view, marks, enrolments, existing, context);
  const written: AttendanceRecord[] = [];
  for (const [index, record] of change.records.entries()) {
    const event = change.events[index];
    written.push(
      await writeRecords(
        deps,
        scope,
        record.enrolmentId,
        () => ({ attendance: [record], events: event ? [event] : [], result: record }),
        context,
      ),
    );
  }
  const answered = marks.map(
    (mark) =>
      written.find((record) => record.enrolmentId === mark.enrolmentId) ??
      existing.find((record) => record.enrolmentId === mark.enrolmentId),
  );
  return answered.filter((record) => record !== undefined);
}
