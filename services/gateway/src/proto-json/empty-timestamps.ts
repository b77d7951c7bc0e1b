import type { DescMessage } from '@bufbuild/protobuf';
import { messageOf } from './field-path.ts';
import type { QueryParameter } from './query.ts';

const TIMESTAMP = 'google.protobuf.Timestamp';

/**
 * A form sends "" for a date-time input left empty. The JSON mapping has no empty Timestamp, so
 * the structural check would refuse it on its own and the caller would not hear what the service
 * says about the rest of the form. An empty instant means "not given": it is removed before
 * validation, and where the contract requires the field, the service's `required` reports it
 * together with every other violation. Only singular Timestamp fields are touched: an empty
 * element of a list stays an error.
 */
export function dropEmptyTimestamps(message: DescMessage, json: unknown): void {
  if (!isObject(json)) return;
  for (const field of message.fields) {
    const value = json[field.jsonName];
    const nested = messageOf(field);
    if (value === undefined || nested === undefined) continue;
    if (nested.typeName === TIMESTAMP) {
      if (field.fieldKind === 'message' && value === '')
        Reflect.deleteProperty(json, field.jsonName);
      continue;
    }
    // Struct, Value and the other well-known types carry the client's own data, not fields.
    if (nested.typeName.startsWith('google.protobuf.')) continue;
    const children =
      field.fieldKind === 'list' && Array.isArray(value)
        ? value
        : field.fieldKind === 'map' && isObject(value)
          ? Object.values(value)
          : [value];
    for (const child of children) dropEmptyTimestamps(nested, child);
  }
}

/** The same for a query string: an empty date-time parameter is one not given. */
export function dropEmptyTimestampParameters(
  parameters: readonly QueryParameter[],
  query: unknown,
): void {
  if (!isObject(query)) return;
  for (const { name, schema } of parameters) {
    if (schema.format === 'date-time' && query[name] === '') Reflect.deleteProperty(query, name);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
