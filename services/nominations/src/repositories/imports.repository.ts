import { Binary, MongoServerError, type Db } from 'mongodb';

/**
 * The report of each imported file, keyed by round, organisation and the file's SHA-256, so the
 * same file uploaded again returns its first report and writes nothing.
 */
interface ImportDocument {
  _id: string;
  importId: string;
  /** The ImportNominationsResponse as the contract's binary encoding. */
  report: Binary;
  importedAt: Date;
  importedBy: string;
}

const DUPLICATE_KEY = 11000;

export function importsStore(db: Db) {
  const imports = db.collection<ImportDocument>('imports');
  const keyOf = (roundId: string, organisationCode: string, fileSha256: string) =>
    `${roundId}:${organisationCode}:${fileSha256}`;
  return {
    async find(roundId: string, organisationCode: string, fileSha256: string) {
      const found = await imports.findOne({ _id: keyOf(roundId, organisationCode, fileSha256) });
      return found === null ? undefined : found.report.buffer;
    },

    /** Records a finished import; a concurrent import of the same file recorded first wins. */
    async record(
      key: { roundId: string; organisationCode: string; fileSha256: string },
      record: { importId: string; report: Uint8Array; importedAt: Date; importedBy: string },
    ): Promise<void> {
      try {
        await imports.insertOne({
          _id: keyOf(key.roundId, key.organisationCode, key.fileSha256),
          ...record,
          report: new Binary(record.report),
        });
      } catch (error) {
        if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      }
    },
  };
}

export type ImportsStore = ReturnType<typeof importsStore>;
