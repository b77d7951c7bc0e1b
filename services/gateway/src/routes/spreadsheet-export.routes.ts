import { clone, create, type DescMessage } from '@bufbuild/protobuf';
import { findOrganisation, type CallOptions } from '@expertnet/platform';
import { PageRequestSchema } from '@expertnet/proto/expertnet/common/v1/common_pb.ts';
import {
  GetQuotaLedgerRequestSchema,
  ListNominationsRequestSchema,
  type Nomination,
  type QuotaLedgerEntry,
} from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
import { callerOf } from '../http/authentication.ts';
import { requestFromJson } from '../proto-json/convert.ts';
import {
  queryParametersOf,
  querySchemaOf,
  queryToJson,
  type QueryParameter,
} from '../proto-json/query.ts';
import {
  nominationsToCsv,
  nominationsToXlsx,
  quotaLedgerToCsv,
  quotaLedgerToXlsx,
} from '../spreadsheets/export.ts';
import { documentedRoute, ROUND_ID_IN_PATH } from './documented-schema.ts';
import { collectPages, EXPORT_PAGE_SIZE } from './paging.ts';
import type { NominationsClient, RpcName } from '../services.ts';
import { callService } from './rpc-call.ts';
import {
  attachment,
  CSV_CONTENT_TYPE,
  fileResponse,
  operationDocs,
  problemResponses,
  XLSX_CONTENT_TYPE,
} from './route-docs.ts';

export interface SpreadsheetExportOptions {
  readonly nominations: NominationsClient;
  readonly grpcDeadlineMs: number;
}

type Format = 'xlsx' | 'csv';

/** CSV separator: a comma (RFC 4180) unless asked for the semicolon Excel expects in vi-VN. */
const SEPARATORS = { comma: ',', semicolon: ';' } as const;

/** An export takes the list's own filters, less the round (in the path) and paging (all pages). */
const NOMINATION_FILTERS = queryParametersOf(ListNominationsRequestSchema, ['roundId', 'page']);
const LEDGER_FILTERS = queryParametersOf(GetQuotaLedgerRequestSchema, ['roundId', 'page']);

/** Organisation names come from the kit's reference data: the same for every caller. */
const organisationName = (code: string) => findOrganisation(code)?.name.vi;

interface ExportedFile {
  readonly format: Format;
  readonly bytes: Buffer;
}

export function spreadsheetExportRoutes(
  scope: FastifyInstance,
  options: SpreadsheetExportOptions,
): void {
  for (const format of ['xlsx', 'csv'] as const) {
    scope.get(
      `/rounds/:roundId/nominations/export.${format}`,
      routeOptions(format, {
        rpc: 'listNominations',
        input: ListNominationsRequestSchema,
        operationId: 'exportNominations',
        filters: NOMINATION_FILTERS,
        summary: 'Export nominations, every page of the list',
      }),
      async (request, reply) => {
        const { roundId, separator, filters } = exportQuery(request, NOMINATION_FILTERS);
        const nominations = await allNominations(options, request, roundId, filters);
        const bytes =
          format === 'xlsx'
            ? await nominationsToXlsx(nominations, { organisationName })
            : nominationsToCsv(nominations, { organisationName, delimiter: separator });
        return sendFile(reply, { format, bytes }, `nominations-${roundId}`);
      },
    );
    scope.get(
      `/rounds/:roundId/quota-ledger/export.${format}`,
      routeOptions(format, {
        rpc: 'getQuotaLedger',
        input: GetQuotaLedgerRequestSchema,
        operationId: 'exportQuotaLedger',
        filters: LEDGER_FILTERS,
        summary: 'Export the quota ledger with its totals',
      }),
      async (request, reply) => {
        const { roundId, separator, filters } = exportQuery(request, LEDGER_FILTERS);
        const { entries, totals } = await wholeLedger(options, request, roundId, filters);
        const bytes =
          format === 'xlsx'
            ? await quotaLedgerToXlsx(entries, { organisationName, totals })
            : quotaLedgerToCsv(entries, { organisationName, totals, delimiter: separator });
        return sendFile(reply, { format, bytes }, `quota-ledger-${roundId}`);
      },
    );
  }
}

interface ExportRoute {
  /** The list the export pages through, and its request. */
  readonly rpc: RpcName<'nominations'>;
  readonly input: DescMessage;
  readonly operationId: string;
  readonly filters: readonly QueryParameter[];
  readonly summary: string;
}

function routeOptions(format: Format, route: ExportRoute) {
  const separator = { separator: { type: 'string', enum: Object.keys(SEPARATORS) } };
  const query = querySchemaOf(route.filters);
  const schema: FastifySchema = {
    ...operationDocs(
      { service: 'nominations', rpc: route.rpc },
      'spreadsheets',
      `${route.summary} (.${format})`,
    ),
    operationId: `${route.operationId}${format === 'xlsx' ? 'Xlsx' : 'Csv'}`,
    params: {
      type: 'object',
      properties: { roundId: { type: 'string' } },
      required: ['roundId'],
    },
    querystring:
      format === 'csv'
        ? { ...query, properties: { ...(query.properties as object), ...separator } }
        : query,
    response: {
      200: fileResponse(format === 'xlsx' ? XLSX_CONTENT_TYPE : CSV_CONTENT_TYPE, 'The file'),
      ...problemResponses(),
    },
  };
  return documentedRoute(schema, route.input, ROUND_ID_IN_PATH, route.filters);
}

function exportQuery(request: FastifyRequest, filters: readonly QueryParameter[]) {
  const { roundId } = request.params as { roundId: string };
  const query = request.query as Record<string, unknown>;
  const separator = SEPARATORS[(query.separator as keyof typeof SEPARATORS | undefined) ?? 'comma'];
  return { roundId, separator, filters: queryToJson(filters, query) };
}

function callOptions(request: FastifyRequest, options: SpreadsheetExportOptions): CallOptions {
  return { token: callerOf(request).token, deadlineMs: options.grpcDeadlineMs };
}

async function allNominations(
  options: SpreadsheetExportOptions,
  request: FastifyRequest,
  roundId: string,
  filters: ReturnType<typeof queryToJson>,
): Promise<Nomination[]> {
  const filter = requestFromJson(ListNominationsRequestSchema, { ...filters, roundId });
  const call = callOptions(request, options);
  return collectPages(async (cursor) => {
    const message = clone(ListNominationsRequestSchema, filter);
    message.page = pageAt(cursor);
    const response = await callService(ListNominationsRequestSchema, () =>
      options.nominations.listNominations(message, call),
    );
    return { items: response.nominations, nextCursor: response.page?.nextCursor ?? '' };
  });
}

async function wholeLedger(
  options: SpreadsheetExportOptions,
  request: FastifyRequest,
  roundId: string,
  filters: ReturnType<typeof queryToJson>,
): Promise<{ entries: QuotaLedgerEntry[]; totals: QuotaLedgerEntry | undefined }> {
  const filter = requestFromJson(GetQuotaLedgerRequestSchema, { ...filters, roundId });
  const call = callOptions(request, options);
  let totals: QuotaLedgerEntry | undefined;
  const entries = await collectPages(async (cursor) => {
    const message = clone(GetQuotaLedgerRequestSchema, filter);
    message.page = pageAt(cursor);
    const response = await callService(GetQuotaLedgerRequestSchema, () =>
      options.nominations.getQuotaLedger(message, call),
    );
    // Sums over everything the filter matches, the same on every page.
    totals = response.totals;
    return { items: response.entries, nextCursor: response.page?.nextCursor ?? '' };
  });
  return { entries, totals };
}

function pageAt(cursor: string) {
  return create(PageRequestSchema, { pageSize: EXPORT_PAGE_SIZE, cursor });
}

function sendFile(reply: FastifyReply, file: ExportedFile, baseName: string): FastifyReply {
  const type = file.format === 'xlsx' ? XLSX_CONTENT_TYPE : `${CSV_CONTENT_TYPE}; charset=utf-8`;
  return reply
    .type(type)
    .header('content-disposition', attachment(`${baseName}.${file.format}`))
    .send(file.bytes);
}
