import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { fromPlain, type HandlersOf } from '@expertnet/platform';
import {
  ImportAttendanceResponseSchema,
  type CohortsService,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { importAttendance } from '../domain/index.ts';
import { allow, changeContext, type Dependencies } from './context.ts';
import type { Loaders } from './loading.ts';
import { importRowOf } from './mapping.ts';
import { writeRecords } from './progress.ts';

type Handlers = HandlersOf<typeof CohortsService>;

/**
 * Attendance sheets (rows parsed by the gateway) with a report per row. Safe to repeat: the same
 * file returns its first report, and rows equal to the records there are not written again, so an
 * import cut short by a crash can simply be uploaded again.
 */
export function attendanceImportHandlers(deps: Dependencies, load: Loaders) {
  return {
    async importAttendance(request, call) {
      const session = await load.session(request.sessionId);
      const view = await load.viewOf(session.cohortId);
      allow(call, 'ImportAttendance', { cohort: view.cohort });
      const earlier = await deps.imports.find(session.id, request.fileSha256);
      if (earlier !== undefined) return fromBinary(ImportAttendanceResponseSchema, earlier);

      const context = changeContext(call, deps.now());
      const rows = request.rows.map(importRowOf);
      const held = await deps.records.withEmails(
        rows.map((row) => row.traineeEmail).filter((email) => email.trim() !== ''),
      );
      const outcome = importAttendance(
        session,
        view,
        rows,
        held.map((records) => records.enrolment),
        held.flatMap((records) =>
          records.attendance.filter((record) => record.sessionId === session.id),
        ),
        { allOrNothing: request.allOrNothing, dryRun: request.dryRun },
        context,
      );
      for (const [index, record] of outcome.records.entries()) {
        const event = outcome.events[index];
        await writeRecords(
          deps,
          record.enrolmentId,
          () => ({ attendance: [record], events: event ? [event] : [], result: record }),
          context,
        );
      }
      const report = fromPlain(ImportAttendanceResponseSchema, {
        rows: outcome.rows,
        written: outcome.written,
        invalid: outcome.invalid,
      });
      if (!request.dryRun) {
        await deps.imports.record(
          { sessionId: session.id, fileSha256: request.fileSha256 },
          {
            report: toBinary(ImportAttendanceResponseSchema, report),
            importedAt: context.now,
            importedBy: call.principal.subject,
          },
        );
      }
      return report;
    },
  } satisfies Partial<Handlers>;
}
