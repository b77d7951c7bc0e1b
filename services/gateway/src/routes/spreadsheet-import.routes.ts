import {
  GetRoundRequestSchema,
  ImportNominationsRequestSchema,
  ImportNominationsResponseSchema,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { FastifyInstance, FastifyPluginCallback, FastifyRequest } from 'fastify';
import { callerOf } from '../http/authentication.ts';
import { requestFromJson, responseToJson } from '../proto-json/convert.ts';
import { schemaIdOf } from '../proto-json/json-schema.ts';
import { queryParametersOf, querySchemaOf, queryToJson } from '../proto-json/query.ts';
import { parseNominationWorkbook } from '../spreadsheets/import.ts';
import { buildNominationTemplate } from '../spreadsheets/template.ts';
import type { NominationsClient } from '../services.ts';
import { documentedRoute, ROUND_ID_IN_PATH } from './documented-schema.ts';
import { callService } from './rpc-call.ts';
import { acceptXlsx, documentXlsxBody, parseUpload } from './xlsx-upload.ts';
import {
  attachment,
  fileResponse,
  operationDocs,
  problemResponses,
  XLSX_CONTENT_TYPE,
} from './route-docs.ts';

export interface SpreadsheetImportOptions {
  readonly nominations: NominationsClient;
  readonly grpcDeadlineMs: number;
  readonly importDeadlineMs: number;
  readonly uploadBodyLimitBytes: number;
}

/** The two modes as the URL spells them, and the contract's names for them. */
const IMPORT_MODES = {
  'all-or-nothing': 'IMPORT_MODE_ALL_OR_NOTHING',
  'valid-rows-only': 'IMPORT_MODE_VALID_ROWS_ONLY',
} as const;

type ModeParameter = keyof typeof IMPORT_MODES;

/**
 * The query string carries the request's other fields under their JSON names: `mode`, `dryRun`,
 * `fileName`, `organisation.code` (the caller's organisation when absent) and the nominating
 * officer as `officer.fullName`, `officer.position`, `officer.email`, `officer.phone`. The
 * officer is not taken from the token: the official responsible for a nomination is often not
 * the person uploading it, and the token's principal carries no name or e-mail.
 */
const IMPORT_PARAMETERS = queryParametersOf(ImportNominationsRequestSchema, [
  'roundId',
  'rows',
  'fileSha256',
]).map((parameter) =>
  parameter.name === 'mode'
    ? { ...parameter, schema: { type: 'string', enum: Object.keys(IMPORT_MODES) } }
    : parameter,
);

const roundParams = {
  type: 'object',
  properties: { roundId: { type: 'string' } },
  required: ['roundId'],
};

export async function spreadsheetImportRoutes(
  scope: FastifyInstance,
  options: SpreadsheetImportOptions,
): Promise<void> {
  scope.get(
    '/rounds/:roundId/nominations/template.xlsx',
    documentedRoute(
      {
        ...operationDocs(
          { service: 'nominations', rpc: 'getRound' },
          'spreadsheets',
          'The .xlsx template to fill in and upload',
        ),
        description: 'Calls GetRound first, so an unknown round is a 404.',
        operationId: 'downloadNominationTemplate',
        params: roundParams,
        response: {
          200: fileResponse(XLSX_CONTENT_TYPE, 'The template'),
          ...problemResponses(),
        },
      },
      GetRoundRequestSchema,
      ROUND_ID_IN_PATH,
    ),
    async (request, reply) => {
      const { roundId } = request.params as { roundId: string };
      const call = { token: callerOf(request).token, deadlineMs: options.grpcDeadlineMs };
      await callService(GetRoundRequestSchema, () =>
        options.nominations.getRound({ roundId }, call),
      );
      const bytes = await buildNominationTemplate();
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment('expertnet-nomination-template.xlsx'))
        .send(bytes);
    },
  );
  const { nominations, grpcDeadlineMs, importDeadlineMs, uploadBodyLimitBytes } = options;
  await scope.register(uploadRoute, {
    nominations,
    grpcDeadlineMs,
    importDeadlineMs,
    uploadBodyLimitBytes,
  });
}

/** In a scope of its own, so only this route takes .xlsx bodies, and larger ones. */
const uploadRoute: FastifyPluginCallback<SpreadsheetImportOptions> = (scope, options, done) => {
  acceptXlsx(scope);
  scope.post(
    '/rounds/:roundId/nominations/import',
    {
      bodyLimit: options.uploadBodyLimitBytes,
      schema: {
        ...operationDocs(
          { service: 'nominations', rpc: 'importNominations' },
          'spreadsheets',
          'Import a filled template',
        ),
        params: roundParams,
        querystring: { ...querySchemaOf(IMPORT_PARAMETERS), required: ['mode'] },
        response: {
          200: {
            description: 'The row-by-row report',
            $ref: `${schemaIdOf(ImportNominationsResponseSchema)}#`,
          },
          ...problemResponses(),
        },
      },
      config: { swaggerTransform: documentXlsxBody },
    },
    importWorkbook(options),
  );
  done();
};

function importWorkbook(options: SpreadsheetImportOptions) {
  return async (request: FastifyRequest) => {
    const caller = callerOf(request);
    const { roundId } = request.params as { roundId: string };
    const query = queryToJson(IMPORT_PARAMETERS, request.query as Record<string, unknown>);
    const message = requestFromJson(ImportNominationsRequestSchema, {
      organisation: { code: caller.principal.org },
      ...query,
      roundId,
      mode: IMPORT_MODES[query.mode as ModeParameter],
    });
    const workbook = await parseUpload(request.body, (bytes) => parseNominationWorkbook(bytes));
    message.rows = workbook.rows;
    message.fileSha256 = workbook.fileSha256;
    const call = { token: caller.token, deadlineMs: options.importDeadlineMs };
    const report = await callService(ImportNominationsRequestSchema, () =>
      options.nominations.importNominations(message, call),
    );
    return responseToJson(ImportNominationsResponseSchema, report);
  };
}
