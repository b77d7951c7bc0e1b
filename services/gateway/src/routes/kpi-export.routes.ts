import { findOrganisation } from '@expertnet/platform';
import { GetProgrammeKpisRequestSchema } from '@expertnet/proto/expertnet/coordination/v1/coordination_pb.ts';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { callerOf } from '../http/authentication.ts';
import { requestFromJson } from '../proto-json/convert.ts';
import { queryParametersOf, querySchemaOf, queryToJson } from '../proto-json/query.ts';
import type { CoordinationClient } from '../services.ts';
import { kpisToXlsx } from '../spreadsheets/kpis-export.ts';
import { documentedRoute } from './documented-schema.ts';
import { callService } from './rpc-call.ts';
import {
  attachment,
  fileResponse,
  operationDocs,
  problemResponses,
  XLSX_CONTENT_TYPE,
} from './route-docs.ts';

export interface KpiExportOptions {
  readonly coordination: CoordinationClient;
  readonly grpcDeadlineMs: number;
}

/** The export takes the same query as GET /kpis. */
const KPI_FILTERS = queryParametersOf(GetProgrammeKpisRequestSchema);

const organisationName = (code: string) => findOrganisation(code)?.name.vi;

/** GET /kpis/export.xlsx: the figures GET /kpis answers, as a spreadsheet with Vietnamese headers. */
export function kpiExportRoutes(scope: FastifyInstance, options: KpiExportOptions): void {
  const schema: FastifySchema = {
    ...operationDocs(
      { service: 'coordination', rpc: 'getProgrammeKpis' },
      'spreadsheets',
      'Export the programme KPIs, with their breakdown per organisation when asked (.xlsx)',
    ),
    operationId: 'exportProgrammeKpisXlsx',
    params: { type: 'object', properties: {} },
    querystring: querySchemaOf(KPI_FILTERS),
    response: {
      200: fileResponse(XLSX_CONTENT_TYPE, 'The file'),
      ...problemResponses(),
    },
  };
  scope.get(
    '/kpis/export.xlsx',
    documentedRoute(schema, GetProgrammeKpisRequestSchema, new Map(), KPI_FILTERS),
    async (request, reply) => {
      const filters = queryToJson(KPI_FILTERS, request.query as Record<string, unknown>);
      const message = requestFromJson(GetProgrammeKpisRequestSchema, filters);
      const call = { token: callerOf(request).token, deadlineMs: options.grpcDeadlineMs };
      const response = await callService(GetProgrammeKpisRequestSchema, () =>
        options.coordination.getProgrammeKpis(message, call),
      );
      const bytes = await kpisToXlsx(response.values, { organisationName });
      return reply
        .type(XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment('programme-kpis.xlsx'))
        .send(bytes);
    },
  );
}
