import type { DescField, DescMessage, JsonObject, JsonValue } from '@bufbuild/protobuf';
import { messageOf } from './field-path.ts';
import { fieldSchema, hasSharedSchema, type JsonSchema } from './json-schema.ts';

/**
 * One query-string parameter of a GET or DELETE route, standing for a field of the request.
 * Names follow google.api.http (AIP-127): the field's JSON path with dots for nested messages
 * ("page.pageSize"), a repeated field as a repeated parameter ("statuses=A&statuses=B").
 */
export interface QueryParameter {
  readonly name: string;
  /** Where the value goes in the request's JSON. */
  readonly path: readonly string[];
  readonly schema: JsonSchema;
  /** Set for a list of one-field messages: each value becomes `{ [itemField]: value }`. */
  readonly itemField?: string;
}

/** Deep enough for page.pageSize; deeper nesting has no sensible query-string form. */
const MAX_DEPTH = 2;

/**
 * The query parameters of a request message, less the top-level fields the URL path carries.
 * A list of messages with one field (e.g. `organisations`, a list of OrganisationRef) goes in
 * as the repeated parameter `organisations.code`; maps and other lists of messages are left out.
 */
export function queryParametersOf(
  message: DescMessage,
  omit: Iterable<string> = [],
): QueryParameter[] {
  const skipped = new Set(omit);
  return message.fields
    .filter((field) => !skipped.has(field.jsonName))
    .flatMap((field) => parametersOfField(field, [], 0));
}

function parametersOfField(
  field: DescField,
  prefix: readonly string[],
  depth: number,
): QueryParameter[] {
  const path = [...prefix, field.jsonName];
  const name = path.join('.');
  if (field.fieldKind === 'map') return [];
  const nested = messageOf(field);
  if (nested === undefined || !hasSharedSchema(nested)) {
    return [{ name, path, schema: fieldSchema(field) }];
  }
  if (field.fieldKind === 'list') return listOfMessagesParameter(nested, path);
  if (depth + 1 >= MAX_DEPTH || field.fieldKind !== 'message') return [];
  return nested.fields.flatMap((inner) => parametersOfField(inner, path, depth + 1));
}

function listOfMessagesParameter(message: DescMessage, path: readonly string[]): QueryParameter[] {
  const [only] = message.fields;
  if (message.fields.length !== 1 || (only?.fieldKind !== 'scalar' && only?.fieldKind !== 'enum')) {
    return [];
  }
  return [
    {
      name: `${path.join('.')}.${only.jsonName}`,
      path,
      schema: { type: 'array', items: fieldSchema(only) },
      itemField: only.jsonName,
    },
  ];
}

/** The route's querystring schema: exactly these parameters, any other refused. */
export function querySchemaOf(parameters: readonly QueryParameter[]): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(
      parameters.map((parameter) => [parameter.name, parameter.schema]),
    ),
    additionalProperties: false,
  };
}

/** The parsed (and schema-coerced) query string as the request's JSON. */
export function queryToJson(
  parameters: readonly QueryParameter[],
  query: Readonly<Record<string, unknown>>,
): JsonObject {
  const json: JsonObject = {};
  for (const parameter of parameters) {
    const value = query[parameter.name] as JsonValue | undefined;
    if (value === undefined) continue;
    const { itemField } = parameter;
    const converted =
      itemField === undefined || !Array.isArray(value)
        ? value
        : value.map((item) => ({ [itemField]: item }));
    setPath(json, parameter.path, converted);
  }
  return json;
}

export function setPath(target: JsonObject, path: readonly string[], value: JsonValue): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const existing = node[key];
    const next: JsonObject =
      typeof existing === 'object' && existing !== null && !Array.isArray(existing) ? existing : {};
    node[key] = next;
    node = next;
  }
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}
