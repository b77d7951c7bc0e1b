import type { DescField, DescMessage } from '@bufbuild/protobuf';
import type { FastifySchema } from 'fastify';
import type { JsonSchema } from '../proto-json/json-schema.ts';
import { messageOf } from '../proto-json/field-path.ts';
import type { QueryParameter } from '../proto-json/query.ts';
import {
  describeRulesAcrossFields,
  isRequired,
  messageSchemaWithRules,
  rulesAcrossFields,
  withRules,
} from '../proto-json/validation-rules.ts';

/**
 * A route's schema as the published document shows it: the request's protovalidate rules
 * written into its body, query and path parameters, so that requests made from the document are
 * requests the service accepts. Fastify validates with the structural schema (see
 * validation-rules.ts for why).
 */
export function documentedSchema(
  schema: FastifySchema,
  input: DescMessage,
  pathFields: ReadonlyMap<string, readonly string[]>,
  query: readonly QueryParameter[] | undefined,
): FastifySchema {
  return {
    ...schema,
    params: ruledObject(schema.params as JsonSchema, input, pathFields),
    ...(schema.body !== undefined && {
      body: messageSchemaWithRules(input, schema.body as JsonSchema),
    }),
    ...(query !== undefined && queryRules(schema, input)),
    ...(query !== undefined && {
      querystring: ruledObject(
        schema.querystring as JsonSchema,
        input,
        new Map(query.map((parameter) => [parameter.name, parameterPath(parameter)])),
      ),
    }),
  };
}

/** The path of a route under /rounds/:roundId that is the request's roundId. */
export const ROUND_ID_IN_PATH: ReadonlyMap<string, readonly string[]> = new Map([
  ['roundId', ['roundId']],
]);

/**
 * Route options that publish `documentedSchema` instead of the schema Fastify validates with
 * (@fastify/swagger's per-route transform).
 */
export function documentedRoute(
  schema: FastifySchema,
  input: DescMessage,
  pathFields: ReadonlyMap<string, readonly string[]>,
  query?: readonly QueryParameter[],
) {
  return {
    schema,
    config: {
      swaggerTransform: ({ url }: { url: string }) => ({
        schema: documentedSchema(schema, input, pathFields, query),
        url,
      }),
    },
  };
}

/** A query has no schema of its own to describe its rules across fields: the operation does. */
function queryRules(schema: FastifySchema, input: DescMessage) {
  const rules = rulesAcrossFields(input);
  if (rules.length === 0) return {};
  const described = (schema as { description?: string }).description;
  const sentence = describeRulesAcrossFields(rules);
  return { description: described === undefined ? sentence : `${described} ${sentence}` };
}

/** An object of named values, each standing for the field at its path in the request. */
function ruledObject(
  schema: JsonSchema,
  input: DescMessage,
  paths: ReadonlyMap<string, readonly string[]>,
): JsonSchema {
  const properties = { ...(schema.properties as Readonly<Record<string, JsonSchema>>) };
  const required = new Set((schema.required as readonly string[] | undefined) ?? []);
  for (const [name, path] of paths) {
    const field = fieldAt(input, path);
    const property = properties[name];
    if (field === undefined || property === undefined) continue;
    // A list of one-field messages ("filter.provinces.code"): the rules are each value's.
    const itemOfList = property.type === 'array' && field.fieldKind !== 'list';
    properties[name] = itemOfList
      ? { ...property, items: withRules(field, property.items as JsonSchema) }
      : withRules(field, property);
    if (path.length === 1 && isRequired(field)) required.add(name);
  }
  return { ...schema, properties, ...(required.size > 0 && { required: [...required] }) };
}

/** A list of one-field messages ("organisations.code") stands for that one field. */
const parameterPath = (parameter: QueryParameter): readonly string[] =>
  parameter.itemField === undefined ? parameter.path : [...parameter.path, parameter.itemField];

function fieldAt(message: DescMessage, path: readonly string[]): DescField | undefined {
  const [head, ...rest] = path;
  const field = message.fields.find((candidate) => candidate.jsonName === head);
  if (field === undefined || rest.length === 0) return field;
  const nested = messageOf(field);
  return nested === undefined ? undefined : fieldAt(nested, rest);
}
