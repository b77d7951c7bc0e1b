import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { PUBLIC_RPC_ROUTES, RPC_ROUTES } from '../routes/api.routes.ts';
import { testGateway } from '../../test/support.ts';

interface Operation {
  readonly operationId?: string;
  readonly security?: unknown;
  readonly parameters?: readonly { name: string; in: string; required?: boolean }[];
  readonly responses: Record<string, { content?: Record<string, unknown> }>;
  readonly requestBody?: { content: Record<string, unknown> };
}

interface OpenApiDocument {
  readonly openapi: string;
  readonly info: { title: string; version: string };
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: {
    schemas: Record<string, unknown>;
    securitySchemes: Record<string, unknown>;
  };
}

let app: FastifyInstance;
let doc: OpenApiDocument;

beforeAll(async () => {
  app = (await testGateway()).app;
  const response = await app.inject({ method: 'GET', url: '/docs/json' });
  expect(response.statusCode).toBe(200);
  doc = response.json<OpenApiDocument>();
});

afterAll(async () => {
  await app.close();
});

/** Fastify's ":roundId" as OpenAPI's "{roundId}". */
const openApiPath = (url: string) => `/api/v1${url.replace(/:(\w+)/g, '{$1}')}`;

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner),
  );
}

describe('the OpenAPI document at /docs/json', () => {
  it('is OpenAPI 3 with bearer authentication', () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info).toMatchObject({ title: 'ExpertNet API' });
    expect(doc.components.securitySchemes).toEqual({
      bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
    });
  });

  it('has an operation for every RPC route, secured, with problem responses', () => {
    for (const route of RPC_ROUTES) {
      const operation = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      expect(operation?.operationId).toBe(route.rpc);
      expect(operation?.security).toEqual([{ bearerAuth: [] }]);
      expect(operation?.responses['4XX']?.content).toHaveProperty(['application/problem+json']);
    }
  });

  it('documents the cohorts routes under /api/v1, secured like the others', () => {
    expect(doc.paths['/api/v1/cohorts/{cohortId}/sessions']?.post?.operationId).toBe(
      'scheduleSession',
    );
    expect(doc.paths['/api/v1/sessions/{sessionId}/check-in']?.post?.operationId).toBe('checkIn');
    expect(doc.paths['/api/v1/cohorts/{cohortId}/graduate']?.post?.operationId).toBe(
      'graduateTrainees',
    );
    const certificate = doc.paths['/api/v1/certificates/{certificateId}']?.get;
    expect(certificate?.operationId).toBe('getCertificate');
    expect(certificate?.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components.schemas).toHaveProperty(['Cohort']);
    expect(doc.components.schemas).toHaveProperty(['Certificate']);
  });

  it('documents the public routes without a security requirement', () => {
    expect(PUBLIC_RPC_ROUTES.length).toBeGreaterThan(0);
    for (const route of PUBLIC_RPC_ROUTES) {
      const operation = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      expect(operation?.operationId).toBe(route.rpc);
      expect(operation?.security).toEqual([]);
    }
    const verify = doc.paths['/api/v1/public/certificates/verify']?.get;
    expect(verify?.parameters).toEqual([
      expect.objectContaining({ name: 'code', in: 'query', required: true }),
    ]);
  });

  it('has unique operation ids across services', () => {
    const ids = Object.values(doc.paths).flatMap((operations) =>
      Object.values(operations).map((operation) => operation.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps bare schema names for the first service and qualifies a later clash', () => {
    expect(doc.components.schemas.ImportProblem).toMatchObject({
      properties: { field: { type: 'string' } },
    });
    expect(doc.components.schemas).toHaveProperty(['expertnet.cohorts.v1.ImportProblem']);
    expect(doc.components.schemas).toHaveProperty(['PageRequest']);
  });

  it('documents the spreadsheet routes with their file types', () => {
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const upload = doc.paths['/api/v1/rounds/{roundId}/nominations/import']?.post;
    expect(upload?.requestBody?.content).toHaveProperty([xlsx]);
    const attendance = doc.paths['/api/v1/sessions/{sessionId}/attendance/import']?.post;
    expect(attendance?.operationId).toBe('importAttendance');
    expect(attendance?.requestBody?.content).toHaveProperty([xlsx]);
    for (const path of [
      '/api/v1/rounds/{roundId}/nominations/template.xlsx',
      '/api/v1/rounds/{roundId}/nominations/export.xlsx',
      '/api/v1/rounds/{roundId}/quota-ledger/export.xlsx',
    ]) {
      expect(doc.paths[path]?.get?.responses['200']?.content).toHaveProperty([xlsx]);
    }
    expect(
      doc.paths['/api/v1/rounds/{roundId}/nominations/export.csv']?.get?.responses['200']?.content,
    ).toHaveProperty(['text/csv']);
  });

  it('documents a list of one-field messages as a repeated parameter, with the rules on each value', () => {
    const search = doc.paths['/api/v1/experts']?.get;
    const provinces = search?.parameters?.find(
      (parameter) => parameter.name === 'filter.provinces.code',
    ) as { schema?: { type?: string; items?: { enum?: unknown[] } } } | undefined;
    expect(provinces?.schema?.type).toBe('array');
    expect(provinces?.schema?.items?.enum).toContain('P01');
  });

  it('resolves every $ref to a component schema', () => {
    const refs = new Set(refsIn(doc));
    expect(refs.size).toBeGreaterThan(10);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas).toHaveProperty([ref.replace('#/components/schemas/', '')]);
    }
  });

  it('describes messages in the proto3 JSON mapping', () => {
    expect(doc.components.schemas.Nomination).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: {
        roundId: { type: 'string' },
        status: {
          type: 'string',
          enum: expect.arrayContaining(['NOMINATION_STATUS_DRAFT']) as unknown,
        },
        documents: { type: 'array', items: { $ref: '#/components/schemas/Document' } },
        createdAt: { type: 'string', format: 'date-time' },
        version: { type: 'integer' },
      },
    });
    expect(doc.components.schemas.Document).toMatchObject({
      properties: { sizeBytes: { type: 'string', pattern: '^-?[0-9]+$' } },
    });
  });

  it('serves Swagger UI at /docs', async () => {
    const response = await app.inject({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
