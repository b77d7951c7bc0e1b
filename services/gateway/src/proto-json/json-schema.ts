import {
  ScalarType,
  type DescEnum,
  type DescField,
  type DescMessage,
  type DescService,
} from '@bufbuild/protobuf';
import { SERVICES } from '../services.ts';
import { messageOf } from './field-path.ts';

/** A JSON Schema (draft-07, the dialect Fastify's Ajv and @fastify/swagger share). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/**
 * The JSON Schema of a message as the proto3 JSON mapping writes it: lowerCamelCase names, enums
 * as their value names, 64-bit integers as decimal strings, Timestamp as an RFC 3339 string,
 * repeated fields as arrays, maps as objects, nested messages as a `$ref` to their shared schema.
 *
 * The schema is structural only: Fastify validates with it. The contract's protovalidate rules
 * (lengths, patterns, ranges) are checked by the service, which reports every violation with its
 * field path; the published document shows them too (validation-rules.ts).
 */
export function jsonSchemaOf(
  message: DescMessage,
  options: { readonly omit?: Iterable<string> } = {},
): JsonSchema {
  const wellKnown = wellKnownSchema(message);
  if (wellKnown !== undefined) return wellKnown;
  const omit = new Set(options.omit);
  const properties: Record<string, JsonSchema> = {};
  for (const field of message.fields) {
    if (!omit.has(field.jsonName)) properties[field.jsonName] = fieldSchema(field);
  }
  // Unknown members are refused, not dropped: a misspelt field silently ignored is a lost edit.
  return { type: 'object', properties, additionalProperties: false };
}

export function fieldSchema(field: DescField): JsonSchema {
  switch (field.fieldKind) {
    case 'scalar':
      return scalarSchema(field.scalar);
    case 'enum':
      return enumSchema(field.enum);
    case 'message':
      return messageSchema(field.message);
    case 'list':
      return { type: 'array', items: listItemSchema(field) };
    case 'map':
      return { type: 'object', additionalProperties: mapValueSchema(field) };
  }
}

function listItemSchema(field: DescField & { fieldKind: 'list' }): JsonSchema {
  switch (field.listKind) {
    case 'scalar':
      return scalarSchema(field.scalar);
    case 'enum':
      return enumSchema(field.enum);
    case 'message':
      return messageSchema(field.message);
  }
}

function mapValueSchema(field: DescField & { fieldKind: 'map' }): JsonSchema {
  switch (field.mapKind) {
    case 'scalar':
      return scalarSchema(field.scalar);
    case 'enum':
      return enumSchema(field.enum);
    case 'message':
      return messageSchema(field.message);
  }
}

/** A nested message: a reference to its shared schema, or inline when the mapping makes it a scalar. */
export function messageSchema(message: DescMessage): JsonSchema {
  return wellKnownSchema(message) ?? { $ref: `${schemaIdOf(message)}#` };
}

/**
 * The id of a message's shared schema, also its name under components.schemas: its short name
 * ("Nomination"), which reads well in the document and in generated clients, unless a message of
 * an earlier service (in SERVICES order) took it first; then its full name
 * ("expertnet.cohorts.v1.ImportProblem"). Ids are thus unique, and never change for messages
 * already published when a service is added.
 */
export function schemaIdOf(message: DescMessage): string {
  return SCHEMA_IDS.get(message.typeName) ?? message.name;
}

export function enumSchema(descEnum: DescEnum): JsonSchema {
  return { type: 'string', enum: descEnum.values.map((value) => value.name) };
}

export function scalarSchema(scalar: ScalarType): JsonSchema {
  switch (scalar) {
    case ScalarType.STRING:
      return { type: 'string' };
    case ScalarType.BOOL:
      return { type: 'boolean' };
    case ScalarType.BYTES:
      return { type: 'string', format: 'byte' };
    case ScalarType.DOUBLE:
      return { type: 'number', format: 'double' };
    case ScalarType.FLOAT:
      return { type: 'number', format: 'float' };
    case ScalarType.INT32:
    case ScalarType.SINT32:
    case ScalarType.SFIXED32:
      return { type: 'integer', format: 'int32' };
    case ScalarType.UINT32:
    case ScalarType.FIXED32:
      return { type: 'integer', minimum: 0, maximum: 4_294_967_295 };
    case ScalarType.UINT64:
    case ScalarType.FIXED64:
      return { type: 'string', pattern: '^[0-9]+$' };
    case ScalarType.INT64:
    case ScalarType.SINT64:
    case ScalarType.SFIXED64:
      // Strings because JSON numbers lose precision beyond 2^53 in most clients.
      return { type: 'string', pattern: '^-?[0-9]+$', format: 'int64' };
  }
}

/** Well-known types the proto3 JSON mapping writes as something other than an object. */
const WELL_KNOWN: Readonly<Record<string, JsonSchema>> = {
  'google.protobuf.Timestamp': { type: 'string', format: 'date-time' },
  'google.protobuf.Duration': { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]{1,9})?s$' },
  'google.protobuf.FieldMask': { type: 'string' },
  'google.protobuf.Struct': { type: 'object' },
  'google.protobuf.Value': {},
  'google.protobuf.ListValue': { type: 'array' },
  'google.protobuf.Empty': { type: 'object', additionalProperties: false },
};

function wellKnownSchema(message: DescMessage): JsonSchema | undefined {
  const known = WELL_KNOWN[message.typeName];
  if (known !== undefined) return known;
  // Wrappers (google.protobuf.Int32Value, StringValue, ...) are written as their bare value.
  const [only] = message.fields;
  if (
    message.typeName.startsWith('google.protobuf.') &&
    message.typeName.endsWith('Value') &&
    message.fields.length === 1 &&
    only?.fieldKind === 'scalar'
  ) {
    return scalarSchema(only.scalar);
  }
  return undefined;
}

/** False for the well-known types the mapping writes as a string, number or free-form JSON. */
export function hasSharedSchema(message: DescMessage): boolean {
  return wellKnownSchema(message) === undefined;
}

/** Every message reachable from `roots` that needs a shared schema (scalar-like ones are inlined). */
export function messagesReachableFrom(roots: Iterable<DescMessage>): DescMessage[] {
  const found = new Map<string, DescMessage>();
  const visit = (message: DescMessage): void => {
    if (!hasSharedSchema(message) || found.has(message.typeName)) return;
    found.set(message.typeName, message);
    for (const field of message.fields) {
      const nested = messageOf(field);
      if (nested !== undefined) visit(nested);
    }
  };
  for (const root of roots) visit(root);
  return [...found.values()];
}

/**
 * The messages services' HTTP routes refer to: every response message, and the messages nested
 * in requests. Request messages themselves are not shared, since each route's body is the
 * request minus the fields its URL carries. Messages of several services (common ones such as
 * PageRequest) come once.
 */
function sharedMessagesOf(services: readonly DescService[]): DescMessage[] {
  const roots = services.flatMap((service) =>
    service.methods.flatMap((method) => [
      method.output,
      ...method.input.fields.flatMap((field) => messageOf(field) ?? []),
    ]),
  );
  return messagesReachableFrom(roots);
}

function schemaIdsOf(services: readonly DescService[]): ReadonlyMap<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const message of sharedMessagesOf(services)) {
    const id = taken.has(message.name) ? message.typeName : message.name;
    taken.add(id);
    ids.set(message.typeName, id);
  }
  return ids;
}

const SCHEMA_IDS = schemaIdsOf(Object.values(SERVICES));

/** The shared schemas of the given services' routes, for Fastify and the OpenAPI document. */
export function sharedSchemasOf(...services: readonly DescService[]): JsonSchema[] {
  return [...sharedMessagesById(...services)].map(([id, message]) => ({
    $id: id,
    ...jsonSchemaOf(message),
  }));
}

/** The messages behind the shared schemas, by schema id. */
export function sharedMessagesById(
  ...services: readonly DescService[]
): ReadonlyMap<string, DescMessage> {
  const byId = new Map<string, DescMessage>();
  for (const message of sharedMessagesOf(services)) {
    const id = schemaIdOf(message);
    const clash = byId.get(id);
    if (clash !== undefined) {
      throw new Error(`schema id ${id} names both ${clash.typeName} and ${message.typeName}`);
    }
    byId.set(id, message);
  }
  return byId;
}
