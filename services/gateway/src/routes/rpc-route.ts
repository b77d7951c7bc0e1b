import type { DescMessage, JsonObject } from '@bufbuild/protobuf';
import { NominationsService } from '@expertnet/proto/expertnet/nominations/v1/nominations_pb.ts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { callerOf } from '../http/authentication.ts';
import { requestFromJson, responseToJson } from '../proto-json/convert.ts';
import { jsonSchemaOf, schemaIdOf, type JsonSchema } from '../proto-json/json-schema.ts';
import {
  queryParametersOf,
  querySchemaOf,
  queryToJson,
  setPath,
  type QueryParameter,
} from '../proto-json/query.ts';
import { callRpc, type NominationsClient, type RpcName } from './rpc-call.ts';
import { operationDocs, problemResponses } from './route-docs.ts';

/**
 * One REST route standing for one RPC. The request message is assembled the same way for every
 * route: URL parameters fill the fields they name; every other field comes from the JSON body
 * (POST, PUT) or from the query string (GET, DELETE, which have no body), as google.api.http
 * maps them. So `expectedVersion` travels in the body, or in the query of a DELETE.
 */
export interface RpcRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Under /api/v1, in Fastify's syntax: '/rounds/:roundId/open'. */
  readonly url: string;
  readonly rpc: RpcName;
  readonly tag: string;
  readonly summary: string;
  /** URL parameters filling a nested field (`code` → `organisation.code`); by default a parameter fills the top-level field of its own name. */
  readonly pathFields?: Readonly<Record<string, string>>;
  readonly status?: 200 | 201;
}

export interface RpcRouteContext {
  readonly nominations: NominationsClient;
  readonly grpcDeadlineMs: number;
}

export function registerRpcRoute(
  scope: FastifyInstance,
  route: RpcRoute,
  context: RpcRouteContext,
): void {
  const method = NominationsService.method[route.rpc];
  const input: DescMessage = method.input;
  const output: DescMessage = method.output;
  const pathFields = pathFieldsOf(route, input);
  const fromPath = [...pathFields.values()].map((path) => path[0] ?? '');
  const query = hasBody(route) ? undefined : queryParametersOf(input, fromPath);
  const status = route.status ?? 200;
  scope.route({
    method: route.method,
    url: route.url,
    schema: {
      ...operationDocs(route.rpc, route.tag, route.summary),
      params: paramsSchema(pathFields),
      ...(query === undefined
        ? { body: jsonSchemaOf(input, { omit: fromPath }) }
        : { querystring: querySchemaOf(query) }),
      response: {
        [status]: {
          description: status === 201 ? 'Created' : 'OK',
          $ref: `${schemaIdOf(output)}#`,
        },
        ...problemResponses(),
      },
    },
    handler: async (request, reply) => {
      const json = requestJson(request, pathFields, query);
      const message = requestFromJson(input, json);
      const token = callerOf(request).token;
      const response = await callRpc(context.nominations, route.rpc, message, {
        token,
        deadlineMs: context.grpcDeadlineMs,
      });
      reply.code(status);
      return responseToJson(output, response);
    },
  });
}

function hasBody(route: RpcRoute): boolean {
  return route.method === 'POST' || route.method === 'PUT';
}

/** URL parameter → field path, checked against the descriptor so a typo fails at start-up. */
function pathFieldsOf(route: RpcRoute, input: DescMessage): Map<string, readonly string[]> {
  const fields = new Map<string, readonly string[]>();
  for (const [, name] of route.url.matchAll(/:(\w+)/g)) {
    if (name === undefined) continue;
    const path = (route.pathFields?.[name] ?? name).split('.');
    if (!fieldPathExists(input, path)) {
      throw new Error(
        `${route.method} ${route.url}: ${input.typeName} has no field ${path.join('.')}`,
      );
    }
    fields.set(name, path);
  }
  return fields;
}

function fieldPathExists(message: DescMessage | undefined, path: readonly string[]): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return true;
  const field = message?.fields.find((candidate) => candidate.jsonName === head);
  if (field === undefined) return false;
  if (rest.length === 0) return field.fieldKind === 'scalar';
  return field.fieldKind === 'message' && fieldPathExists(field.message, rest);
}

function paramsSchema(pathFields: ReadonlyMap<string, readonly string[]>): JsonSchema {
  const names = [...pathFields.keys()];
  return {
    type: 'object',
    properties: Object.fromEntries(names.map((name) => [name, { type: 'string' }])),
    required: names,
  };
}

function requestJson(
  request: FastifyRequest,
  pathFields: ReadonlyMap<string, readonly string[]>,
  query: readonly QueryParameter[] | undefined,
): JsonObject {
  const json: JsonObject =
    query === undefined
      ? { ...(request.body as JsonObject) }
      : queryToJson(query, request.query as Readonly<Record<string, unknown>>);
  const params = request.params as Readonly<Record<string, string>>;
  for (const [name, path] of pathFields) {
    const value = params[name];
    if (value !== undefined) setPath(json, path, value);
  }
  return json;
}
