import { create, fromBinary, toBinary } from '@bufbuild/protobuf';
import { fieldViolations } from '@expertnet/platform';
import {
  CandidateSchema,
  ImportMode,
  ImportNominationsResponseSchema,
  type ImportNominationsRequest,
  type ImportNominationsResponse,
  type ImportProblem as ProblemMessage,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { ImportProblem, ImportReport } from '../../domain/index.ts';
import { localized } from '../../messages.ts';
import type { ImportReportCodec } from '../../repositories/imports.repository.ts';
import type { ImportInput, ImportRowInput } from '../../usecases/import-nominations.ts';
import { importRowOutcomes } from './enums.ts';
import { candidateOf, officerOf, present } from './common.ts';

const problemOf = (message: ProblemMessage): ImportProblem => ({
  field: message.field,
  code: message.code,
  message: { vi: message.message?.vi ?? '', en: message.message?.en ?? '' },
});

/**
 * A row as the sheet gave it. The contract's Candidate rules are checked here (protovalidate does
 * not reach into rows, so one bad row does not refuse the file); a row that breaks them carries
 * its problems and no candidate.
 */
function rowOf(row: ImportNominationsRequest['rows'][number]): ImportRowInput {
  const candidate = row.candidate ?? create(CandidateSchema);
  const violations = fieldViolations(CandidateSchema, candidate, 'candidate');
  const problems = [
    ...row.cellProblems.map(problemOf),
    ...violations.map(({ field, description }) => ({
      field,
      code: 'INVALID_FIELD',
      message: localized('INVALID_FIELD', field, description),
    })),
  ];
  return {
    rowNumber: row.rowNumber,
    nationalId: row.nationalId,
    problems,
    ...(violations.length === 0 && { candidate: candidateOf(candidate) }),
  };
}

export const importInputOf = (
  request: ImportNominationsRequest,
  organisationCode: string,
): ImportInput => ({
  roundId: request.roundId,
  organisationCode,
  fileSha256: request.fileSha256,
  dryRun: request.dryRun,
  allOrNothing: request.mode === ImportMode.ALL_OR_NOTHING,
  officer: officerOf(present(request.officer, 'officer')),
  rows: request.rows.map(rowOf),
});

export const importReportMessage = (report: ImportReport): ImportNominationsResponse =>
  create(ImportNominationsResponseSchema, {
    importId: report.importId,
    rows: report.rows.map((row) => ({
      rowNumber: row.rowNumber,
      outcome: importRowOutcomes.encode(row.outcome),
      nominationId: row.nominationId ?? '',
      problems: row.problems.map((problem) => ({ ...problem })),
    })),
    written: report.written,
    invalid: report.invalid,
  });

const importReportOf = (message: ImportNominationsResponse): ImportReport => ({
  importId: message.importId,
  rows: message.rows.map((row) => ({
    rowNumber: row.rowNumber,
    outcome: importRowOutcomes.decode(row.outcome, 'outcome'),
    ...(row.nominationId !== '' && { nominationId: row.nominationId }),
    problems: row.problems.map(problemOf),
  })),
  written: message.written,
  invalid: message.invalid,
});

/** Reports are stored as the contract's binary encoding, as they always were. */
export const importReportCodec: ImportReportCodec = {
  encode: (report) => toBinary(ImportNominationsResponseSchema, importReportMessage(report)),
  decode: (bytes) => importReportOf(fromBinary(ImportNominationsResponseSchema, bytes)),
};
