import type { HandlersOf } from '@expertnet/platform';
import type { CohortsService } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { callerOf, type HandlerDependencies } from './context.ts';
import { importReportMessage } from './mapping/import-report.ts';
import { importRowOf } from './mapping/requests.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/** Attendance sheets (rows parsed by the gateway) with a report per row. */
export function attendanceImportHandlers({ app, now }: HandlerDependencies) {
  return {
    async importAttendance(request, call) {
      const report = await app.importAttendance(callerOf(call, now()), {
        sessionId: request.sessionId,
        fileSha256: request.fileSha256,
        rows: request.rows.map(importRowOf),
        allOrNothing: request.allOrNothing,
        dryRun: request.dryRun,
      });
      return importReportMessage(report);
    },
  } satisfies Partial<Handlers>;
}
