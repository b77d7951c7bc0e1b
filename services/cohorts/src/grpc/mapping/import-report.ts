import { create } from '@bufbuild/protobuf';
import {
  ImportAttendanceResponseSchema,
  type ImportAttendanceResponse,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { ImportProblem } from '../../domain/index.ts';
import type { ImportReport } from '../../repositories/attendance-imports.repository.ts';
import { problemOf } from './requests.ts';

const problemMessage = (problem: ImportProblem) => ({
  field: problem.field,
  code: problem.code,
  message: { ...problem.message },
});

export const importReportMessage = (report: ImportReport) =>
  create(ImportAttendanceResponseSchema, {
    rows: report.rows.map((row) => ({
      rowNumber: row.rowNumber,
      written: row.written,
      enrolmentId: row.enrolmentId,
      problems: row.problems.map(problemMessage),
    })),
    written: report.written,
    invalid: report.invalid,
  });

export const importReportOf = (message: ImportAttendanceResponse): ImportReport => ({
  rows: message.rows.map((row) => ({
    rowNumber: row.rowNumber,
    written: row.written,
    enrolmentId: row.enrolmentId,
    problems: row.problems.map(problemOf),
  })),
  written: message.written,
  invalid: message.invalid,
});
