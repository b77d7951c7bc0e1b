import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { sharedMessagesById, sharedSchemasOf, type JsonSchema } from '../proto-json/json-schema.ts';
import { messageSchemaWithRules } from '../proto-json/validation-rules.ts';
import { BEARER_SCHEME } from '../routes/route-docs.ts';
import { SERVICES } from '../services.ts';

export const DOCS_PREFIX = '/docs';

/** The problem document every error answers with (RFC 9457, plus code, errors and requestId). */
const PROBLEM_SCHEMA = {
  $id: 'Problem',
  type: 'object',
  properties: {
    type: { type: 'string', format: 'uri' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: { field: { type: 'string' }, message: { type: 'string' } },
        required: ['field', 'message'],
      },
    },
    requestId: { type: 'string' },
  },
  required: ['type', 'title', 'status', 'instance', 'code', 'errors', 'requestId'],
};

const DESCRIPTION = [
  'The HTTP/JSON face of ExpertNet. Bodies and responses are the protobuf messages of the',
  'services in the proto3 JSON mapping (lowerCamelCase names, enums by name, 64-bit integers',
  'and timestamps as strings). Every /api/v1 call needs a Keycloak access token (Bearer) except',
  'those under /api/v1/public (certificate verification), which anyone may call.',
  '',
  'A request message is filled from the URL path, then from the JSON body (POST, PUT) or the',
  'query string (GET, DELETE): query parameters are field paths ("page.pageSize",',
  '"organisations.code"), repeated for lists. Changes carry the version last read as',
  '`expectedVersion`; a stale one is a 409.',
  '',
  'Errors are application/problem+json with a stable `code` and, for bad fields, `errors`',
  '[{ field, message }]. Titles follow Accept-Language (Vietnamese by default, or English).',
  'FAILED_PRECONDITION from a service (round closed, quota exceeded, ...) is a 422; a stale',
  'version or an existing resource is a 409.',
].join('\n');

/** Shared schemas first: routes refer to them by id ("Nomination#"), the document by name. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addSchema(PROBLEM_SCHEMA);
  for (const schema of sharedSchemasOf(...Object.values(SERVICES))) app.addSchema(schema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'ExpertNet API', version: '1.0.0', description: DESCRIPTION },
      components: {
        securitySchemes: {
          [BEARER_SCHEME]: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        },
      },
    },
    // Shared messages show the contract's rules, as request bodies do (rpc-route.ts).
    transformObject: (document) =>
      'openapiObject' in document ? withRules(document.openapiObject) : {},
    // Components are named after the shared schemas' ids, not def-0, def-1, ...
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) =>
        typeof json.$id === 'string' ? json.$id : `def-${String(index)}`,
    },
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PREFIX });
}

const SHARED_MESSAGES = sharedMessagesById(...Object.values(SERVICES));

function withRules<T extends { components?: { schemas?: Record<string, unknown> } }>(
  document: T,
): T {
  const schemas = document.components?.schemas ?? {};
  for (const [id, schema] of Object.entries(schemas)) {
    const message = SHARED_MESSAGES.get(id);
    if (message !== undefined) schemas[id] = messageSchemaWithRules(message, schema as JsonSchema);
  }
  return document;
}
