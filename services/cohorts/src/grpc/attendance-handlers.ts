import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { callerOf, pageOf, type HandlerDependencies } from './context.ts';
import { markOf } from './mapping/requests.ts';
import { checkInCodeMessage, recordMessage } from './mapping/results.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Attendance: check-in codes and check-ins, the facilitators' marks, and reading them. */
export function attendanceHandlers({ app, now }: HandlerDependencies) {
  return {
    async getCheckInCode(request, call) {
      const code = await app.getCheckInCode(callerOf(call, now()), request.sessionId);
      return checkInCodeMessage(code);
    },

    async checkIn(request, call) {
      const { sessionId, code } = request;
      const record = await app.checkIn(callerOf(call, now()), { sessionId, code });
      return { record: recordMessage(record) };
    },

    async markAttendance(request, call) {
      const records = await app.markAttendance(callerOf(call, now()), {
        sessionId: request.sessionId,
        marks: request.marks.map(markOf),
      });
      return { records: records.map(recordMessage) };
    },

    async listAttendance(request, call) {
      const page = await app.listAttendance(
        callerOf(call, now()),
        request.sessionId !== ''
          ? { sessionId: request.sessionId }
          : { enrolmentId: request.enrolmentId },
        pageOf(request.page),
      );
      return { records: page.items.map(recordMessage), page: { nextCursor: page.nextCursor } };
    },
  } satisfies Partial<Handlers>;
}
