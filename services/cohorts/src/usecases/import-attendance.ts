import {
  importAttendance as imported,
  type AttendanceImportRow,
  type ImportOptions,
} from '../domain/index.ts';
import type { ImportReport } from '../repositories/attendance-imports.repository.ts';
import { allow, scopeFor, type Caller } from './shared/caller.ts';
import type { Dependencies } from './shared/dependencies.ts';
import { loaders } from './shared/loading.ts';
import { writeRecords } from './shared/records.ts';

export interface AttendanceSheet extends ImportOptions {
  readonly sessionId: string;
  readonly fileSha256: string;
  /** Rows as the gateway parsed them. */
  readonly rows: readonly AttendanceImportRow[];
}

/**
 * An attendance sheet with a report per row. Safe to repeat: the same file returns its first
 * report, and rows equal to the records there are not written again, so an import cut short by a
 * crash can simply be uploaded again.
 */
export async function importAttendance(
  deps: Dependencies,
  caller: Caller,
  sheet: AttendanceSheet,
): Promise<ImportReport> {
  const load = loaders(deps);
  const session = await load.session(sheet.sessionId);
  const view = await load.viewOf(session.cohortId);
  allow(caller, 'ImportAttendance', { cohort: view.cohort });
  const earlier = await deps.imports.find(session.id, sheet.fileSha256);
  if (earlier !== undefined) return earlier;

  const { context } = caller;
  // The cohort's facilitator reaches its trainees whatever their organisation, as the office does.
  const scope = scopeFor(caller, 'ImportAttendance', { cohort: view.cohort });
  const emails = sheet.rows.map((row) => row.traineeEmail).filter((email) => email.trim() !== '');
  const held = await deps.records.withEmails(scope, emails);
  const outcome = imported(
    session,
    view,
    sheet.rows,
    held.map((records) => records.enrolment),
    held.flatMap((records) =>
      records.attendance.filter((record) => record.sessionId === session.id),
    ),
    { allOrNothing: sheet.allOrNothing, dryRun: sheet.dryRun },
    context,
  );
  for (const [index, record] of outcome.records.entries()) {
    const event = outcome.events[index];
    await writeRecords(
      deps,
      scope,
      record.enrolmentId,
      () => ({ attendance: [record], events: event ? [event] : [], result: record }),
      context,
    );
  }
  const report: ImportReport = {
    rows: outcome.rows,
    written: outcome.written,
    invalid: outcome.invalid,
  };
  if (!sheet.dryRun) {
    await deps.imports.record(
      { sessionId: session.id, fileSha256: sheet.fileSha256 },
      { report, importedAt: context.now, importedBy: caller.principal?.subject ?? '' },
    );
  }
  return report;
}
