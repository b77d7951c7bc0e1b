import { getOption, hasOption, type DescField, type DescMessage } from '@bufbuild/protobuf';
import { listOrganisations, type OrganisationFilter } from '@expertnet/platform';
import {
  field as fieldRulesExtension,
  message as messageRulesExtension,
  Ignore,
  type FieldRules,
} from '@bufbuild/protovalidate/gen/buf/validate/validate_pb.js';
import { bothLanguages, oneofRule } from '../field-messages.ts';
import type { Bilingual } from '../messages.ts';
import type { JsonSchema } from './json-schema.ts';

type MutableSchema = Record<string, unknown>;

/**
 * A field's schema with the contract's protovalidate rules written in: lengths, patterns,
 * formats, ranges, item counts, and the enum values it refuses. For the published document
 * only: requests are still checked against the structural schema, and the rules by the service,
 * which names every violation with its field path. Message-level (CEL) rules that relate fields
 * to one another have no JSON Schema form and are left to the operation's description.
 */
export function withRules(field: DescField, schema: JsonSchema): JsonSchema {
  const known = REFERENCE_VALUES.get(`${field.parent.typeName}.${field.name}`);
  if (known !== undefined && field.fieldKind === 'message') {
    // An organisation of one kind: the reference's code among that kind's.
    return { allOf: [schema, { properties: { code: { enum: known() } } }] };
  }
  const rules = rulesOf(field);
  if (rules === undefined || rules.ignore === Ignore.ALWAYS) {
    return known === undefined ? schema : { ...schema, enum: known() };
  }
  const sizes = memberSizesOf(rules);
  if (sizes !== undefined) return { allOf: [schema, sizes] };
  const ruled = { ...schema };
  const type = rules.type;
  switch (type.case) {
    case 'repeated': {
      const items = ruled.items as JsonSchema | undefined;
      if (type.value.minItems > 0n) ruled.minItems = Number(type.value.minItems);
      if (type.value.maxItems > 0n) ruled.maxItems = Number(type.value.maxItems);
      if (type.value.unique) ruled.uniqueItems = true;
      if (items !== undefined && type.value.items !== undefined) {
        ruled.items = keywordsOf(type.value.items, items, field, false);
      }
      return ruled;
    }
    default: {
      const ruledValue = keywordsOf(rules, ruled, field, rules.required);
      return known === undefined ? ruledValue : { ...ruledValue, enum: known() };
    }
  }
}

/**
 * Values a field must take from the platform's reference data: the services refuse an
 * organisation code the registry does not know (dissolved provinces included, as history), and
 * the directory places an expert in a province.
 */
const REFERENCE_VALUES: ReadonlyMap<string, () => readonly string[]> = new Map([
  ['expertnet.common.v1.OrganisationRef.code', () => organisationCodes()],
  ['expertnet.directory.v1.ProfileDetails.province', () => organisationCodes(['province'])],
]);

const organisationCodes = (kinds?: OrganisationFilter['kinds']) =>
  listOrganisations({ kinds, includeDissolved: true }).map((organisation) => organisation.code);

/**
 * The one CEL idiom the contract uses on message fields, bounds on the sizes of the message's
 * strings (a LocalizedText name: "this.vi.size() >= 1 && this.vi.size() <= 200 && ..."), as
 * JSON Schema lengths. Any other CEL rule stays in words.
 */
function memberSizesOf(rules: FieldRules): JsonSchema | undefined {
  const properties: Record<string, MutableSchema> = {};
  const required: string[] = [];
  for (const rule of rules.cel) {
    const bounds = rule.expression.split('&&').map((part) => SIZE_BOUND.exec(part.trim()));
    if (bounds.some((bound) => bound === null)) return undefined;
    for (const bound of bounds) {
      const [, member = '', operator, limit = '0'] = bound ?? [];
      const property = (properties[member] ??= {});
      if (operator === '>=') property.minLength = Number(limit);
      else property.maxLength = Number(limit);
      if (operator === '>=' && Number(limit) > 0) required.push(member);
    }
  }
  if (Object.keys(properties).length === 0) return undefined;
  return { properties, ...(required.length > 0 && { required }) };
}

const SIZE_BOUND = /^this\.(\w+)\.size\(\) (>=|<=) (\d+)$/;

/**
 * True when a request must carry the field, for the parent's `required`: protovalidate's
 * `required`, or rules its zero value breaks on a field without presence. In the JSON mapping an
 * absent scalar is its zero value, so a name with `min_len: 2` cannot be left out.
 */
export function isRequired(field: DescField): boolean {
  const rules = rulesOf(field);
  if (rules === undefined || rules.ignore === Ignore.ALWAYS) return false;
  if (rules.required || memberSizesOf(rules)?.required !== undefined) return true;
  const hasPresence =
    field.oneof !== undefined || field.proto.proto3Optional || inMessageOneof(field);
  return !hasPresence && rules.ignore !== Ignore.IF_ZERO_VALUE && refusesZeroValue(rules);
}

function refusesZeroValue(rules: FieldRules): boolean {
  const type = rules.type;
  switch (type.case) {
    case 'string': {
      const value = type.value;
      const pattern = value.pattern === '' ? undefined : new RegExp(value.pattern, 'u');
      return (
        value.minLen > 0n ||
        value.len > 0n ||
        (pattern !== undefined && !pattern.test('')) ||
        (value.in.length > 0 && !value.in.includes('')) ||
        (value.wellKnown.case !== undefined && value.wellKnown.value === true)
      );
    }
    case 'enum':
      return (
        type.value.notIn.includes(0) || (type.value.in.length > 0 && !type.value.in.includes(0))
      );
    case 'repeated':
      return type.value.minItems > 0n;
    default:
      return refusesZeroNumber(type);
  }
}

function refusesZeroNumber(type: FieldRules['type']): boolean {
  const bounds = numberBounds(type);
  const lowest = int64Lowest(type);
  if (lowest !== undefined) return lowest > 0n;
  if (bounds === undefined) return false;
  const { greaterThan, lessThan } = bounds;
  return (
    (greaterThan.case === 'gte' && greaterThan.value > 0) ||
    (greaterThan.case === 'gt' && greaterThan.value >= 0) ||
    (lessThan.case === 'lte' && lessThan.value < 0) ||
    (lessThan.case === 'lt' && lessThan.value <= 0)
  );
}

/** The bounds of a 32-bit or floating-point value's rules; undefined for any other kind. */
function numberBounds(type: FieldRules['type']) {
  switch (type.case) {
    case 'int32':
    case 'uint32':
    case 'sint32':
    case 'fixed32':
    case 'sfixed32':
    case 'double':
    case 'float':
      return type.value;
    default:
      return undefined;
  }
}

/** The lowest value a 64-bit integer's rules allow; undefined without a lower bound. */
function int64Lowest(type: FieldRules['type']): bigint | undefined {
  switch (type.case) {
    case 'int64':
    case 'uint64':
    case 'sint64':
    case 'fixed64':
    case 'sfixed64': {
      const { greaterThan } = type.value;
      if (greaterThan.case === 'gte') return greaterThan.value;
      return greaterThan.case === 'gt' ? greaterThan.value + 1n : undefined;
    }
    default:
      return undefined;
  }
}

/** A message's schema with its fields' rules and its required fields. */
export function messageSchemaWithRules(message: DescMessage, schema: JsonSchema): JsonSchema {
  const properties = schema.properties as Readonly<Record<string, JsonSchema>> | undefined;
  if (properties === undefined) return schema;
  const ruled: Record<string, JsonSchema> = { ...properties };
  const required: string[] = [...((schema.required as string[] | undefined) ?? [])];
  for (const field of message.fields) {
    const property = ruled[field.jsonName];
    if (property === undefined) continue;
    ruled[field.jsonName] = withRules(field, property);
    if (isRequired(field) && !required.includes(field.jsonName)) required.push(field.jsonName);
  }
  const acrossFields = rulesAcrossFields(message);
  return {
    ...schema,
    properties: ruled,
    ...(required.length > 0 && { required }),
    ...(acrossFields.length > 0 && { description: describeRulesAcrossFields(acrossFields) }),
  };
}

/** Members of a message's `oneof` rule may be left unset: protovalidate ignores their zero value. */
function inMessageOneof(field: DescField): boolean {
  if (!hasOption(field.parent, messageRulesExtension)) return false;
  return getOption(field.parent, messageRulesExtension).oneof.some((oneof) =>
    oneof.fields.includes(field.name),
  );
}

/**
 * A message's own rules, which relate its fields and have no JSON Schema form, in the words
 * the gateway answers a violation with, in both languages.
 */
export function rulesAcrossFields(message: DescMessage): Bilingual[] {
  if (!hasOption(message, messageRulesExtension)) return [];
  const rules = getOption(message, messageRulesExtension);
  return [
    ...rules.cel.map((rule) => bothLanguages({ key: rule.id }, rule.message || rule.expression)),
    ...rules.oneof.map((oneof) =>
      bothLanguages(
        oneofRule(message, oneof),
        `${oneof.required ? 'exactly' : 'at most'} one of ${oneof.fields.join(', ')} can be set`,
      ),
    ),
  ];
}

const ACROSS_FIELDS = 'Rules across fields (checked by the service)';

/**
 * The sentences a schema's description gives them: in English, then as answers say them by
 * default, in Vietnamese; each in the very words of a refusal's `errors[].message`.
 */
export function describeRulesAcrossFields(rules: readonly Bilingual[]): string {
  const en = rules.map((rule) => rule.en).join('; ');
  const vi = rules.map((rule) => rule.vi).join('; ');
  const english = `${ACROSS_FIELDS}: ${en}.`;
  return vi === en
    ? english
    : `${english} In Vietnamese, as answered by default: ${ACROSS_FIELDS}: ${vi}.`;
}

/** The protovalidate rules of a field, when it has any. */
export function rulesOf(field: DescField): FieldRules | undefined {
  return hasOption(field, fieldRulesExtension) ? getOption(field, fieldRulesExtension) : undefined;
}

/** The keywords of a scalar or enum value's rules, merged into its schema. */
function keywordsOf(
  rules: FieldRules,
  schema: JsonSchema,
  field: DescField,
  required: boolean,
): JsonSchema {
  const keywords: MutableSchema = {};
  const type = rules.type;
  switch (type.case) {
    case 'string': {
      const value = type.value;
      if (value.minLen > 0n) keywords.minLength = Number(value.minLen);
      if (value.maxLen > 0n) keywords.maxLength = Number(value.maxLen);
      if (value.len > 0n) keywords.minLength = keywords.maxLength = Number(value.len);
      if (value.pattern !== '') keywords.pattern = value.pattern;
      if (value.in.length > 0) keywords.enum = [...value.in];
      const format = STRING_FORMATS[value.wellKnown.case ?? ''];
      if (format !== undefined && value.wellKnown.value === true) keywords.format = format;
      if (required && keywords.minLength === undefined) keywords.minLength = 1;
      break;
    }
    case 'enum': {
      const values = (schema.enum as readonly string[] | undefined) ?? [];
      const allowed = enumNumbersAllowed(field, type.value.in, type.value.notIn, required);
      keywords.enum = values.filter((name) => allowed(name));
      break;
    }
    default:
      Object.assign(keywords, numberKeywords(type));
      if (required && field.fieldKind === 'enum') {
        const values = (schema.enum as readonly string[] | undefined) ?? [];
        keywords.enum = values.filter(enumNumbersAllowed(field, [], [], true));
      }
  }
  if (Object.keys(keywords).length === 0) return schema;
  const ruled = { ...schema, ...keywords };
  // IGNORE_IF_ZERO_VALUE: the rules hold only for a value that is set; the zero value passes.
  return rules.ignore === Ignore.IF_ZERO_VALUE
    ? { anyOf: [zeroValueSchema(schema), ruled] }
    : ruled;
}

function numberKeywords(type: FieldRules['type']): MutableSchema {
  const keywords: MutableSchema = {};
  // The JSON mapping writes 64-bit integers as strings: a lower bound of 0 or 1 is a pattern.
  const lowest = int64Lowest(type);
  if (lowest === 0n) keywords.pattern = '^[0-9]+$';
  if (lowest === 1n) keywords.pattern = '^[1-9][0-9]*$';
  const bounds = numberBounds(type);
  if (bounds === undefined) return keywords;
  const { greaterThan, lessThan } = bounds;
  if (greaterThan.case === 'gte') keywords.minimum = greaterThan.value;
  if (greaterThan.case === 'gt') Object.assign(keywords, exclusive('minimum', greaterThan.value));
  if (lessThan.case === 'lte') keywords.maximum = lessThan.value;
  if (lessThan.case === 'lt') Object.assign(keywords, exclusive('maximum', lessThan.value));
  return keywords;
}

/** OpenAPI 3.0 (JSON Schema draft 4): an exclusive bound is the bound plus a flag. */
const exclusive = (bound: 'minimum' | 'maximum', value: number) => ({
  [bound]: value,
  [bound === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum']: true,
});

const STRING_FORMATS: Readonly<Record<string, string>> = {
  email: 'email',
  uuid: 'uuid',
  uri: 'uri',
  hostname: 'hostname',
  ipv4: 'ipv4',
  ipv6: 'ipv6',
};

/** Which enum value names pass `in`, `not_in` and `required` (the zero value is "unset"). */
function enumNumbersAllowed(
  field: DescField,
  allowedIn: readonly number[],
  refused: readonly number[],
  required: boolean,
) {
  const descEnum =
    field.fieldKind === 'enum'
      ? field.enum
      : field.fieldKind === 'list' && field.listKind === 'enum'
        ? field.enum
        : undefined;
  return (name: string) => {
    const number = descEnum?.values.find((value) => value.name === name)?.number;
    if (number === undefined) return true;
    if (required && number === 0) return false;
    if (allowedIn.length > 0 && !allowedIn.includes(number)) return false;
    return !refused.includes(number);
  };
}

function zeroValueSchema(schema: JsonSchema): JsonSchema {
  switch (schema.type) {
    case 'string':
      return { type: 'string', maxLength: 0 };
    case 'integer':
    case 'number':
      return { type: schema.type, enum: [0] };
    default:
      return schema;
  }
}
