import type { DescMessage, JsonObject } from '@bufbuild/protobuf';
import type { FastifyInstance, FastifyRequest, FastifySchema } from 'fastify';
import { callerOf } from '../http/authentication.ts';
import { ProblemError, type Problem } from '../http/problem.ts';
import {
  refusedServiceAccount,
  serviceAccountToken,
  type ServiceTokenSource,
} from '../http/service-account.ts';
import { requestFromJson, responseToJson } from '../proto-json/convert.ts';
import {
  dropEmptyTimestampParameters,
  dropEmptyTimestamps,
} from '../proto-json/empty-timestamps.ts';
import { renameFieldsInText } from '../proto-json/field-path.ts';
import { jsonSchemaOf, schemaIdOf, type JsonSchema } from '../proto-json/json-schema.ts';
import {
  queryParametersOf,
  querySchemaOf,
  queryToJson,
  setPath,
  type QueryParameter,
} from '../proto-json/query.ts';
import {
  methodOf,
  type RpcName,
  type RpcTarget,
  type ServiceClients,
  type ServiceName,
} from '../services.ts';
import { callRpc } from './rpc-call.ts';
import { documentedRoute } from './documented-schema.ts';
import { operationDocs, problemResponses } from './route-docs.ts';

/** Everything about a route but the RPC it stands for. */
interface RouteShape {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Under /api/v1, in Fastify's syntax: '/rounds/:roundId/open'. */
  readonly url: string;
  readonly tag: string;
  readonly summary: string;
  /** URL parameters filling a nested field (`code` → `organisation.code`); by default a parameter fills the top-level field of its own name. */
  readonly pathFields?: Readonly<Record<string, string>>;
  /**
   * Query parameters named otherwise than their field (`code` → `verificationCode`), where a
   * link printed elsewhere fixes the name; by default a parameter is named after its field path.
   */
  readonly queryNames?: Readonly<Record<string, string>>;
  /** Query parameters without which the call means nothing, so the document marks them required. */
  readonly requiredQuery?: readonly string[];
  readonly status?: 200 | 201;
}

/**
 * One REST route standing for one RPC of one service. The request message is assembled the same
 * way for every route: URL parameters fill the fields they name; every other field comes from
 * the JSON body (POST, PUT) or from the query string (GET, DELETE, which have no body), as
 * google.api.http maps them. So `expectedVersion` travels in the body, or in the query of a DELETE.
 */
export type RpcRoute = RpcTarget & RouteShape;

/** An entry of one service's route table: `rpc` must be an RPC of that service. */
export type ServiceRoute<S extends ServiceName> = RouteShape & { readonly rpc: RpcName<S> };

/** A service's route table, each entry stamped with the service it calls. */
export function serviceRoutes<S extends ServiceName>(
  service: S,
  routes: readonly ServiceRoute<S>[],
): readonly RpcRoute[] {
  // The compiler cannot narrow the RpcTarget union for a generic S; the signature guarantees it.
  return routes.map((route) => ({ ...route, service }) as RpcRoute);
}

/**
 * Whose token a call carries. Routes under authentication forward the caller's own token, so the
 * service decides with the caller's rights; a public route has no caller, so it calls with the
 * gateway's service account, and the service answers only what it shows to anyone.
 */
export type CallCredentials =
  | { readonly kind: 'caller' }
  | { readonly kind: 'service-account'; readonly token: ServiceTokenSource };

export interface RpcRouteContext {
  readonly clients: ServiceClients;
  readonly grpcDeadlineMs: number;
  readonly credentials: CallCredentials;
}

export function registerRpcRoute(
  scope: FastifyInstance,
  route: RpcRoute,
  context: RpcRouteContext,
): void {
  const method = methodOf(route);
  const input: DescMessage = method.input;
  const output: DescMessage = method.output;
  const pathFields = pathFieldsOf(route, input);
  const fromPath = [...pathFields.values()].map((path) => path[0] ?? '');
  // A path field inside a message (PUT /skills/:code is skill.code) leaves the rest of that
  // message to the body; the path's value wins over one given there.
  const wholeFromPath = [...pathFields.values()].flatMap((path) =>
    path.length === 1 ? [path[0] ?? ''] : [],
  );
  const query = hasBody(route) ? undefined : renameQuery(route, queryParametersOf(input, fromPath));
  const status = route.status ?? 200;
  const { credentials } = context;
  const schema: FastifySchema = {
    ...operationDocs(
      route,
      route.tag,
      route.summary,
      credentials.kind === 'caller' ? 'signed-in' : 'public',
    ),
    params: paramsSchema(pathFields),
    ...(query === undefined
      ? { body: jsonSchemaOf(input, { omit: wholeFromPath }) }
      : { querystring: queryStringSchema(route, query) }),
    response: {
      [status]: {
        description: status === 201 ? 'Created' : 'OK',
        $ref: `${schemaIdOf(output)}#`,
      },
      ...problemResponses(),
    },
  };
  scope.route({
    method: route.method,
    url: route.url,
    ...documentedRoute(schema, input, pathFields, query),
    preValidation: (request, _reply, done) => {
      if (query === undefined) dropEmptyTimestamps(input, request.body);
      else dropEmptyTimestampParameters(query, request.query);
      done();
    },
    handler: async (request, reply) => {
      const message = requestFromJson(input, requestJson(request, pathFields, query));
      const call = {
        token: await tokenFor(request, credentials),
        deadlineMs: context.grpcDeadlineMs,
      };
      const response = await callRpc(context.clients, route, message, call).catch(
        (error: unknown) => {
          throw failureOf(request, route, credentials, error);
        },
      );
      reply.code(status);
      return responseToJson(output, response);
    },
  });
}

async function tokenFor(request: FastifyRequest, credentials: CallCredentials): Promise<string> {
  return credentials.kind === 'caller'
    ? callerOf(request).token
    : await serviceAccountToken(request, credentials.token);
}

/** What a failed call is answered with: the service's problem, in the terms the client used. */
function failureOf(
  request: FastifyRequest,
  route: RpcRoute,
  credentials: CallCredentials,
  error: unknown,
): unknown {
  const failure = credentials.kind === 'caller' ? error : refusedServiceAccount(request, error);
  return withQueryNames(failure, route.queryNames);
}

function hasBody(route: RpcRoute): boolean {
  return route.method === 'POST' || route.method === 'PUT';
}

/** The route's query parameters under the names it gives them, each name checked at start-up. */
function renameQuery(route: RpcRoute, parameters: QueryParameter[]): QueryParameter[] {
  const names = Object.entries(route.queryNames ?? {});
  for (const [name, field] of names) {
    if (!parameters.some((parameter) => parameter.name === field)) {
      throw new Error(`${route.method} ${route.url}: no query parameter ${field} to name ${name}`);
    }
  }
  return parameters.map((parameter) => {
    const renamed = names.find(([, field]) => field === parameter.name)?.[0];
    return renamed === undefined ? parameter : { ...parameter, name: renamed };
  });
}

function queryStringSchema(route: RpcRoute, query: readonly QueryParameter[]): JsonSchema {
  const required = route.requiredQuery ?? [];
  for (const name of required) {
    if (!query.some((parameter) => parameter.name === name)) {
      throw new Error(`${route.method} ${route.url}: no query parameter ${name} to require`);
    }
  }
  const schema = querySchemaOf(query);
  return required.length === 0 ? schema : { ...schema, required };
}

/** A service names the fields it refuses; the client is told the parameter it actually sent. */
function withQueryNames(
  error: unknown,
  queryNames: Readonly<Record<string, string>> | undefined,
): unknown {
  if (!(error instanceof ProblemError) || queryNames === undefined) return error;
  const byField = new Map(Object.entries(queryNames).map(([name, field]) => [field, name]));
  const errors = error.problem.errors?.map((fieldError) => ({
    ...fieldError,
    field: byField.get(fieldError.field) ?? fieldError.field,
  }));
  if (errors === undefined) return error;
  const { detail } = error.problem;
  const problem: Problem = {
    ...error.problem,
    errors,
    // A service's detail is its own text; the gateway's own details name no request field.
    ...(typeof detail === 'string' ? { detail: renameFieldsInText(detail, byField) } : {}),
  };
  return new ProblemError(problem, { cause: error.cause });
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
