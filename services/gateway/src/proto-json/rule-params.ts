import { getOption, hasOption, type DescField, type DescMessage } from '@bufbuild/protobuf';
import {
  message as messageRulesExtension,
  type FieldRules,
} from '@bufbuild/protovalidate/gen/buf/validate/validate_pb.js';
import { oneofRule, type FieldMessageParam, type FieldRule } from '../field-messages.ts';
import { messageOf } from './field-path.ts';
import { rulesOf } from './validation-rules.ts';

type Params = Record<string, FieldMessageParam>;

/**
 * The catalogue rule of a service's violation: its rule id, with the values the contract gives
 * that rule (the 2 of `min_len: 2`) read from the request's descriptor at the violation's field
 * path ("candidate.full_name", "rubric[0].code"). A path the descriptor does not know (a row the
 * service checked under a prefix of its own) gives the id alone, and a rule that needs values
 * then keeps the service's text.
 */
export function ruleOfViolation(request: DescMessage, path: string, ruleId: string): FieldRule {
  const target = targetOf(request, path);
  if (ruleId === 'message.oneof') return oneofRuleOf(target.message);
  const rules = target.field === undefined ? undefined : rulesAt(target.field, target.element);
  if (rules === undefined) return { key: ruleId };
  const type = rules.type;
  if (ruleId === 'enum.not_in' && type.case === 'enum' && type.value.notIn.join() === '0') {
    return { key: 'enum.unset' };
  }
  const [kind] = ruleId.split('.');
  const field = target.field;
  if (type.case === undefined || type.case !== kind || field === undefined) return { key: ruleId };
  return { key: ruleId, params: valuesOf(type.value, field) };
}

interface Target {
  /** The last field of the path, if the descriptor knows it. */
  readonly field: DescField | undefined;
  /** True when the path ends in one element of that field ("tags[2]"), not the field itself. */
  readonly element: boolean;
  /** The message the path ends in: the request for "", a message field's type otherwise. */
  readonly message: DescMessage | undefined;
}

function targetOf(request: DescMessage, path: string): Target {
  let target: Target = { field: undefined, element: false, message: request };
  if (path === '') return target;
  for (const segment of path.split('.')) {
    const bracket = segment.indexOf('[');
    const name = bracket === -1 ? segment : segment.slice(0, bracket);
    const field = target.message?.fields.find((candidate) => candidate.name === name);
    target = {
      field,
      element: bracket !== -1,
      message: field === undefined ? undefined : messageOf(field),
    };
  }
  return target;
}

/** The rules of the field, or of each of its elements when the path names one. */
function rulesAt(field: DescField, element: boolean): FieldRules | undefined {
  const rules = rulesOf(field);
  if (!element || rules === undefined) return rules;
  const type = rules.type;
  if (type.case === 'repeated') return type.value.items;
  return type.case === 'map' ? type.value.values : undefined;
}

/**
 * A type's rules as placeholder values, named as protobuf-es names them: `minLen`, `maxItems`;
 * a bound's `gte`/`lt` by the case it sets; lists joined, enum numbers by their value names.
 */
function valuesOf(rules: object, field: DescField): Params {
  const params: Params = {};
  for (const [name, value] of Object.entries(rules)) {
    if (name.startsWith('$')) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params[name] = value.map((item) => itemText(item, field)).join(', ');
    } else if (isOneof(value)) {
      if (value.case !== undefined && isScalar(value.value))
        params[value.case] = String(value.value);
    } else if (isScalar(value)) {
      params[name] = String(value);
    }
  }
  return params;
}

const isScalar = (value: unknown): value is string | number | bigint | boolean =>
  ['string', 'number', 'bigint', 'boolean'].includes(typeof value);

function isOneof(value: unknown): value is { case: string | undefined; value?: unknown } {
  return typeof value === 'object' && value !== null && 'case' in value;
}

function itemText(item: unknown, field: DescField): string {
  const descEnum =
    field.fieldKind === 'enum' || (field.fieldKind === 'list' && field.listKind === 'enum')
      ? field.enum
      : undefined;
  const named = descEnum?.values.find((value) => value.number === item)?.name;
  return named ?? String(item);
}

/** The message's `oneof` rule, when it has exactly one (a violation does not say which). */
function oneofRuleOf(message: DescMessage | undefined): FieldRule {
  if (message === undefined || !hasOption(message, messageRulesExtension)) {
    return { key: 'message.oneof' };
  }
  const [only, ...others] = getOption(message, messageRulesExtension).oneof;
  return only === undefined || others.length > 0
    ? { key: 'message.oneof' }
    : oneofRule(message, only);
}
