import {
  DomainError,
  resolveOrganisation,
  scopeAdmits,
  type OrganisationScope,
} from '@expertnet/platform';
import { Binary, MongoServerError, type Db } from 'mongodb';
import type { ImportReport } from '../domain/index.ts';

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

export interface ImportKey {
  readonly roundId: string;
  readonly organisationCode: string;
  readonly fileSha256: string;
}

/**
 * Reports are kept in the contract's binary encoding (ImportNominationsResponse), which the gRPC
 * layer owns; the composition root passes its codec in.
 */
export interface ImportReportCodec {
  readonly encode: (report: ImportReport) => Uint8Array;
  readonly decode: (bytes: Uint8Array) => ImportReport;
}

const DUPLICATE_KEY = 11000;

/**
 * The only code that touches `imports`. A report belongs to the importing organisation: outside
 * the caller's scope there is none to find and none may be recorded. The key is the document's
 * _id, so no index is declared.
 */
export function importsRepository(db: Db, codec: ImportReportCodec) {
  const imports = db.collection<ImportDocument>('imports');
  const idOf = (key: ImportKey) => `${key.roundId}:${key.organisationCode}:${key.fileSha256}`;
  const admits = (scope: OrganisationScope, key: ImportKey) =>
    scopeAdmits(scope, key.organisationCode, resolveOrganisation);
  return {
    async find(scope: OrganisationScope, key: ImportKey): Promise<ImportReport | undefined> {
      if (!admits(scope, key)) return undefined;
      const found = await imports.findOne({ _id: idOf(key) });
      return found === null ? undefined : codec.decode(found.report.buffer);
    },

    /** Records a finished import; a concurrent import of the same file recorded first wins. */
    async record(
      scope: OrganisationScope,
      key: ImportKey,
      report: ImportReport,
      by: { importedAt: Date; importedBy: string },
    ): Promise<void> {
      if (!admits(scope, key)) {
        throw new DomainError('permission-denied', 'ORG_SCOPE_VIOLATION', 'import out of scope');
      }
      try {
        await imports.insertOne({
          _id: idOf(key),
          importId: report.importId,
          report: new Binary(codec.encode(report)),
          ...by,
        });
      } catch (error) {
        if (!(error instanceof MongoServerError && error.code === DUPLICATE_KEY)) throw error;
      }
    },
  };
}

export type ImportsRepository = ReturnType<typeof importsRepository>;
