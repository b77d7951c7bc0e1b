import { fromPlain, type CallContext, type HandlersOf, type Plain } from '@expertnet/platform';
import {
  GetCheckInCodeResponseSchema,
  type CohortsService,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import {
  checkIn,
  currentCheckInCode,
  markAttendance,
  type AttendanceRecord,
} from '../domain/index.ts';
import { requireCheckInKey } from '../keys.ts';
import { allow, changeContext, pageOf, type Dependencies } from './context.ts';
import type { Loaders } from './loading.ts';
import { markOf, recordMessage } from './mapping.ts';
import { writeRecords } from './progress.ts';
import { recordsScope } from './targets.ts';
import { callerEnrolmentIn, linkCaller } from './trainee-link.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Attendance: check-in codes and check-ins, the facilitators' marks, and reading them. */
export function attendanceHandlers(deps: Dependencies, load: Loaders) {
  /** A session with its cohort and track, the caller allowed to act on it as `operation`. */
  async function sessionFor(
    call: CallContext,
    operation: 'GetCheckInCode' | 'MarkAttendance',
    sessionId: string,
  ) {
    const session = await load.session(sessionId);
    const view = await load.viewOf(session.cohortId);
    allow(call, operation, { cohort: view.cohort });
    return { session, view };
  }

  return {
    async getCheckInCode(request, call) {
      const { session } = await sessionFor(call, 'GetCheckInCode', request.sessionId);
      const code = currentCheckInCode(session, requireCheckInKey(deps.keys), deps.now());
      return fromPlain(GetCheckInCodeResponseSchema, code as unknown as Plain);
    },

    async checkIn(request, call) {
      const session = await load.session(request.sessionId);
      const view = await load.viewOf(session.cohortId);
      const enrolment = await callerEnrolmentIn(deps, call, session.cohortId);
      allow(call, 'CheckIn', { trainee: enrolment?.trainee });
      const key = requireCheckInKey(deps.keys);
      const context = changeContext(call, deps.now());
      const record = await writeRecords(
        deps,
        enrolment?.id ?? '',
        (records) => {
          const outcome = checkIn(
            {
              session,
              view,
              enrolment: records.enrolment,
              code: request.code,
              existing: records.attendance.find((held) => held.sessionId === session.id),
              key,
            },
            context,
          );
          return { attendance: outcome.records, events: outcome.events, result: outcome.record };
        },
        context,
      );
      return { record: recordMessage(record) };
    },

    /** Marks override check-ins; a mark equal to the record there is not written again. */
    async markAttendance(request, call) {
      const { session, view } = await sessionFor(call, 'MarkAttendance', request.sessionId);
      const context = changeContext(call, deps.now());
      const marks = request.marks.map(markOf);
      const held = await deps.records.getMany(marks.map((mark) => mark.enrolmentId));
      const existing = held.flatMap((records) =>
        records.attendance.filter((record) => record.sessionId === session.id),
      );
      const change = markAttendance(
        session,
        view,
        marks,
        held.map((records) => records.enrolment),
        existing,
        context,
      );
      const written: AttendanceRecord[] = [];
      for (const [index, record] of change.records.entries()) {
        const event = change.events[index];
        written.push(
          await writeRecords(
            deps,
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
      return {
        records: answered
          .filter((record) => record !== undefined)
          .map((record) => recordMessage(record)),
      };
    },

    async listAttendance(request, call) {
      if (request.sessionId !== '') {
        const session = await load.session(request.sessionId);
        const cohort = await load.cohort(session.cohortId);
        const scope = await recordsScope(deps, call, 'ListAttendance', cohort);
        const page = await deps.records.ofSession(
          session.id,
          cohort.id,
          scope,
          pageOf(request.page),
        );
        const records = page.items.flatMap((records) =>
          records.attendance.filter((record) => record.sessionId === session.id),
        );
        return { records: records.map(recordMessage), page: { nextCursor: page.nextCursor } };
      }
      await linkCaller(deps, call);
      const enrolment = await load.enrolment(request.enrolmentId);
      const cohort = enrolment.cohortId === '' ? undefined : await load.cohort(enrolment.cohortId);
      allow(call, 'ListAttendance', { cohort, trainee: enrolment.trainee });
      const records = (await deps.records.get(enrolment.id))?.attendance ?? [];
      const byTime = [...records].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
      return { records: byTime.map(recordMessage), page: { nextCursor: '' } };
    },
  } satisfies Partial<Handlers>;
}
