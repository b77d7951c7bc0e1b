import { PROBLEM_CONTENT_TYPE } from '../http/problem.ts';
import type { JsonSchema } from '../proto-json/json-schema.ts';
import { fullMethodName, type RpcTarget } from '../services.ts';

export const BEARER_SCHEME = 'bearerAuth';

/** Who may call an operation: any holder of a valid token, or anyone at all. */
export type Audience = 'signed-in' | 'public';

/**
 * What the OpenAPI document says about an operation besides its schemas. The operation id is
 * the RPC's name, so it stays unique only while no two services share an RPC name (a test
 * checks). A public operation has an empty security requirement, which overrides any default.
 */
export function operationDocs(
  target: RpcTarget,
  tag: string,
  summary: string,
  audience: Audience = 'signed-in',
) {
  return {
    operationId: target.rpc,
    tags: [tag],
    summary,
    description: `Calls ${fullMethodName(target)}.`,
    security: audience === 'public' ? [] : [{ [BEARER_SCHEME]: [] }],
  };
}

/** Every operation may fail with a problem document (RFC 9457). */
export function problemResponses(): Record<string, JsonSchema> {
  return {
    '4xx': problemResponse('Problem: the request cannot be carried out as sent.'),
    '5xx': problemResponse('Problem: the gateway or a service behind it failed.'),
  };
}

function problemResponse(description: string): JsonSchema {
  return { description, content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: 'Problem#' } } } };
}

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_CONTENT_TYPE = 'text/csv';

/** A file download: documented as binary, sent as a Buffer (which Fastify never serialises). */
export function fileResponse(contentType: string, description: string): JsonSchema {
  return {
    description,
    content: { [contentType]: { schema: { type: 'string', format: 'binary' } } },
  };
}

/** `Content-Disposition` for a download, with an ASCII name every browser accepts. */
export function attachment(fileName: string): string {
  return `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`;
}
