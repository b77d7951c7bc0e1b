import {
  create,
  ScalarType,
  type DescEnum,
  type DescField,
  type DescMessage,
  type Message,
  type MessageShape,
} from '@bufbuild/protobuf';
import { timestampDate, timestampFromDate, type Timestamp } from '@bufbuild/protobuf/wkt';
import { eventEnvelopes, type SubjectEvent } from '../../src/events/event-messages.ts';

// The reflective mapping the services used before their typed mappers (grpc/ and events/ of each
// service). It lives on only as the oracle of the tests that prove the typed mappers give the same
// messages and envelopes, which is why it is test support and not the kit's.

/**
 * Converts between protobuf messages and the plain objects of a service's domain, which mirror
 * the contract but in the domain's own vocabulary: enum values as kebab-case strings without the
 * enum's prefix (NOMINATION_STATUS_UNDER_REVIEW -> 'under-review', the zero value -> undefined),
 * Timestamps as Dates, int64 as numbers, unset messages as undefined, and a single organisation
 * reference `organisation: { code }` as `organisationCode` (domains speak in codes). Other field
 * names are the generated camelCase ones, so handlers map only what a domain names differently.
 */
export type Plain = Record<string, unknown>;

const TIMESTAMP = 'google.protobuf.Timestamp';
const ORGANISATION_REF = 'expertnet.common.v1.OrganisationRef';

/** The plain name of a field: `<name>Code` for a single organisation reference. */
const plainNameOf = (field: DescField) =>
  field.fieldKind === 'message' && field.message.typeName === ORGANISATION_REF
    ? `${field.localName}Code`
    : field.localName;

export function toPlain(message: Message, schema: DescMessage): Plain {
  const plain: Plain = {};
  // Reflection reads fields by their descriptor's name, which the message's static type does not
  // index; the oracle must read every field whatever the message.
  const fields = message as unknown as Record<string, unknown>;
  for (const field of schema.fields) {
    const value = fields[field.localName];
    plain[plainNameOf(field)] =
      plainNameOf(field) === field.localName
        ? plainValue(field, value)
        : ((value as { code?: string } | undefined)?.code ?? '');
  }
  return plain;
}

export function fromPlain<D extends DescMessage>(schema: D, plain: Plain): MessageShape<D> {
  const init: Record<string, unknown> = {};
  for (const field of schema.fields) {
    const name = plainNameOf(field);
    const value = plain[name];
    if (value === undefined || value === null) continue;
    init[field.localName] = name === field.localName ? messageValue(field, value) : { code: value };
  }
  // `create` checks nothing at run time; the shapes above follow the descriptor field by field.
  return create(schema, init as never);
}

function plainValue(field: DescField, value: unknown): unknown {
  switch (field.fieldKind) {
    case 'list':
      return (value as unknown[]).map((item) => plainItem(field.listKind, field, item));
    case 'map':
      return value;
    default:
      return plainItem(field.fieldKind, field, value);
  }
}

function plainItem(kind: string, field: DescField, value: unknown): unknown {
  if (kind === 'enum' && field.enum) return enumName(field.enum, value as number);
  if (kind === 'message' && field.message) {
    if (value === undefined) return undefined;
    if (field.message.typeName === TIMESTAMP) return timestampDate(value as Timestamp);
    return toPlain(value as Message, field.message);
  }
  return typeof value === 'bigint' ? Number(value) : value;
}

function messageValue(field: DescField, value: unknown): unknown {
  switch (field.fieldKind) {
    case 'list':
      return (value as unknown[]).map((item) => messageItem(field.listKind, field, item));
    case 'map':
      return value;
    default:
      return messageItem(field.fieldKind, field, value);
  }
}

function messageItem(kind: string, field: DescField, value: unknown): unknown {
  if (kind === 'enum' && field.enum) return enumNumber(field.enum, value as string);
  if (kind === 'message' && field.message) {
    if (field.message.typeName === TIMESTAMP) return timestampFromDate(value as Date);
    return fromPlain(field.message, value as Plain);
  }
  if (kind === 'scalar' && typeof value === 'number' && isInt64(field)) return BigInt(value);
  return value;
}

const INT64_TYPES: readonly (ScalarType | undefined)[] = [
  ScalarType.INT64,
  ScalarType.UINT64,
  ScalarType.FIXED64,
  ScalarType.SFIXED64,
  ScalarType.SINT64,
];
const isInt64 = (field: DescField) => INT64_TYPES.includes(field.scalar);

/** E.g. "NOMINATION_STATUS_" (protobuf-es gives it in lower case). */
const prefixOf = (schema: DescEnum) => (schema.sharedPrefix ?? '').toUpperCase();

export function enumName(schema: DescEnum, value: number): string | undefined {
  if (value === 0) return undefined;
  const name = schema.value[value]?.name;
  if (name === undefined) return undefined;
  return name.slice(prefixOf(schema).length).toLowerCase().replaceAll('_', '-');
}

function enumNumber(schema: DescEnum, value: string): number {
  const name = `${prefixOf(schema)}${value.toUpperCase().replaceAll('-', '_')}`;
  const found = schema.values.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`${schema.typeName} has no value "${value}"`);
  return found.number;
}

/** The envelopes the reflective mapping gave for a service's domain events (`type` = subject). */
export function reflectiveEventEnvelopes<
  E extends { readonly type: string; readonly orgCode: string; readonly payload: object },
>(options: {
  readonly source: string;
  readonly schemas: Readonly<Record<E['type'], DescMessage>>;
  readonly newId: () => string;
}) {
  // The kit's envelope wrapping, with the reflective mapping as every subject's mapper: only the
  // payload's mapping differs from what the services use now.
  const reflective = (schema: DescMessage) => (payload: unknown) =>
    fromPlain(schema, payload as Plain);
  const schemas: Readonly<Record<string, DescMessage>> = options.schemas;
  return eventEnvelopes<SubjectEvent, Readonly<Record<string, DescMessage>>>({
    source: options.source,
    schemas,
    messages: Object.fromEntries(
      Object.entries(schemas).map(([subject, schema]) => [subject, reflective(schema)]),
    ),
    newId: options.newId,
  });
}
