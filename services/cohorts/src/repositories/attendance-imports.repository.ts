import { fromBinary, toBinary } from '@bufbuild/protobuf';
import { ImportAttendanceResponseSchema } from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import { Binary, MongoServerError, type Db } from 'mongodb';
import type { ImportRowResult } from '../domain/index.ts';
import { importReportMessage, importReportOf } from '../grpc/mapping/import-report.ts';

/** What an import answered: a result per row and the totals. */
export interface ImportReport {
  readonly rows: readonly ImportRowResult[];
  readonly written: number;
  readonly invalid: number;
}

/**
 * The report of each attendance sheet imported, keyed by session and the file's SHA-256, so the
 * same file uploaded again returns its first report and writes nothing. Stored in the contract's
 * binary encoding (as it always was), through the same typed mappers the RPC answers with.
 */
interface ImportDocument {
  _id: string;
  /** The ImportAttendanceResponse in the contract's binary encoding. */
  report: Binary;
  importedAt: Date;
  importedBy: string;
}

const DUPLICATE_KEY = 11000;

export function attendanceImportsRepository(db: Db) {
  const imports = db.collection<ImportDocument>('attendance_imports');
  const keyOf = (sessionId: string, fileSha256: string) => `${sessionId}:${fileSha256}`;
  return {
    async find(sessionId: string, fileSha256: string): Promise<ImportReport | undefined> {
      const found = await imports.findOne({ _id: keyOf(sessionId, fileSha256) });
      if (found === null) return undefined;
      return importReportOf(fromBinary(ImportAttendanceResponseSchema, found.report.buffer));
    },

    /** Records a finished import; a concurrent import of the same file recorded first wins. */
    async record(
      key: { readonly sessionId: string; readonly fileSha256: string },
      record: {
        readonly report: ImportReport;
        readonly importedAt: Date;
        readonly importedBy: string;
      },
    ): Promise<void> {
      try {
        await imports.insertOne({
          _id: keyOf(key.sessionId, key.fileSha256),
          ...record,
          report: new Binary(
            toBinary(ImportAttendanceResponseSchema, importReportMessage(record.report)),
          ),
        });
      } catch (error) {
        if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      }
    },
  };
}

export type AttendanceImportsRepository = ReturnType<typeof attendanceImportsRepository>;
