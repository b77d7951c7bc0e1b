import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { RPC_ROUTES } from '../routes/api.routes.ts';
import { testGateway } from '../test-helpers.ts';

interface Operation {
  readonly operationId?: string;
  readonly security?: unknown;
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

  it('documents the spreadsheet routes with their file types', () => {
    const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const upload = doc.paths['/api/v1/rounds/{roundId}/nominations/import']?.post;
    expect(upload?.requestBody?.content).toHaveProperty([xlsx]);
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
