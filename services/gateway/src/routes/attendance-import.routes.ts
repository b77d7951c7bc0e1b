import {
  ImportAttendanceRequestSchema,
  ImportAttendanceResponseSchema,
} from '@expertnet/proto/expertnet/cohorts/v1/cohorts_pb.ts';
import type { FastifyPluginCallback, FastifyRequest } from 'fastify';
import { callerOf } from '../http/authentication.ts';
import { requestFromJson, responseToJson } from '../proto-json/convert.ts';
import { schemaIdOf } from '../proto-json/json-schema.ts';
import { queryParametersOf, querySchemaOf, queryToJson } from '../proto-json/query.ts';
import type { CohortsClient } from '../services.ts';
import { parseAttendanceWorkbook } from '../spreadsheets/attendance-import.ts';
import { callService } from './rpc-call.ts';
import { operationDocs, problemResponses } from './route-docs.ts';
import { acceptXlsx, documentXlsxBody, parseUpload } from './xlsx-upload.ts';

export interface AttendanceImportOptions {
  readonly cohorts: CohortsClient;
  readonly importDeadlineMs: number;
  readonly uploadBodyLimitBytes: number;
}

/** `allOrNothing` and `dryRun` under their contract names; the rows and hash come from the file. */
const IMPORT_PARAMETERS = queryParametersOf(ImportAttendanceRequestSchema, [
  'sessionId',
  'fileSha256',
  'rows',
]);

/**
 * POST /sessions/{sessionId}/attendance/import: an .xlsx attendance list for one session, read
 * here into ImportAttendance rows; the answer is the service's row-by-row report. In a scope of
 * its own, so only this route takes .xlsx bodies, and larger ones.
 */
export const attendanceImportRoutes: FastifyPluginCallback<AttendanceImportOptions> = (
  scope,
  options,
  done,
) => {
  acceptXlsx(scope);
  scope.post(
    '/sessions/:sessionId/attendance/import',
    {
      bodyLimit: options.uploadBodyLimitBytes,
      schema: {
        ...operationDocs(
          { service: 'cohorts', rpc: 'importAttendance' },
          'attendance',
          'Import attendance from an .xlsx list (columns Email, Attendance, Note), with a row report',
        ),
        params: {
          type: 'object',
          properties: { sessionId: { type: 'string' } },
          required: ['sessionId'],
        },
        querystring: querySchemaOf(IMPORT_PARAMETERS),
        response: {
          200: {
            description: 'The row-by-row report',
            $ref: `${schemaIdOf(ImportAttendanceResponseSchema)}#`,
          },
          ...problemResponses(),
        },
      },
      config: { swaggerTransform: documentXlsxBody },
    },
    importAttendance(options),
  );
  done();
};

function importAttendance(options: AttendanceImportOptions) {
  return async (request: FastifyRequest) => {
    const { sessionId } = request.params as { sessionId: string };
    const query = queryToJson(IMPORT_PARAMETERS, request.query as Record<string, unknown>);
    const message = requestFromJson(ImportAttendanceRequestSchema, { ...query, sessionId });
    const sheet = await parseUpload(request.body, (bytes) => parseAttendanceWorkbook(bytes));
    message.rows = sheet.rows;
    message.fileSha256 = sheet.fileSha256;
    // Up to 1,000 rows are checked in one call: the import deadline, not the usual one.
    const call = { token: callerOf(request).token, deadlineMs: options.importDeadlineMs };
    const report = await callService(ImportAttendanceRequestSchema, () =>
      options.cohorts.importAttendance(message, call),
    );
    return responseToJson(ImportAttendanceResponseSchema, report);
  };
}
