import { Binary, MongoServerError, type Db } from 'mongodb';

/**
 * The report of each attendance sheet imported, keyed by session and the file's SHA-256, so the
 * same file uploaded again returns its first report and writes nothing.
 */
interface ImportDocument {
  _id: string;
  /** The ImportAttendanceResponse in the contract's binary encoding. */
  report: Binary;
  importedAt: Date;
  importedBy: string;
}

const DUPLICATE_KEY = 11000;

export function attendanceImportsStore(db: Db) {
  const imports = db.collection<ImportDocument>('attendance_imports');
  const keyOf = (sessionId: string, fileSha256: string) => `${sessionId}:${fileSha256}`;
  return {
    async find(sessionId: string, fileSha256: string): Promise<Uint8Array | undefined> {
      const found = await imports.findOne({ _id: keyOf(sessionId, fileSha256) });
      return found === null ? undefined : found.report.buffer;
    },

    /** Records a finished import; a concurrent import of the same file recorded first wins. */
    async record(
      key: { readonly sessionId: string; readonly fileSha256: string },
      record: {
        readonly report: Uint8Array;
        readonly importedAt: Date;
        readonly importedBy: string;
      },
    ): Promise<void> {
      try {
        await imports.insertOne({
          _id: keyOf(key.sessionId, key.fileSha256),
          ...record,
          report: new Binary(record.report),
        });
      } catch (error) {
        if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      }
    },
  };
}

export type AttendanceImportsStore = ReturnType<typeof attendanceImportsStore>;
