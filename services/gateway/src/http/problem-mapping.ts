import type { FastifySchemaValidationError } from 'fastify';
import { hasFieldMessage, jsonTypeName, type FieldRule } from '../field-messages.ts';
import { PROBLEM_TITLES, type Bilingual, type ProblemStatus } from '../messages.ts';
import { gatewayProblem, ProblemError, type FieldError, type Problem } from './problem.ts';

interface FrameworkError {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly validation?: readonly FastifySchemaValidationError[];
}

/**
 * The most field errors one answer lists: more than any form has fields, few enough that a body
 * of thousands of wrong items does not make an answer larger than itself.
 */
export const MAX_FIELD_ERRORS = 100;

/**
 * What any error thrown while handling a request becomes. Problems raised on purpose pass
 * through; Fastify's own errors (schema validation, body parsing and limits) get the gateway's
 * codes; anything else is a bug and a 500 that says nothing about its cause.
 */
export function problemOf(error: unknown, context: { readonly bodyLimit: number }): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (typeof error !== 'object' || error === null) return gatewayProblem(500, 'INTERNAL');
  const framework = error as FrameworkError;
  if (framework.validation !== undefined) {
    return gatewayProblem(400, 'REQUEST_INVALID', {
      errors: framework.validation.slice(0, MAX_FIELD_ERRORS).map(fieldErrorOf),
    });
  }
  switch (framework.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return gatewayProblem(413, 'BODY_TOO_LARGE', { params: { limit: context.bodyLimit } });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return gatewayProblem(415, 'MEDIA_TYPE_UNSUPPORTED');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return gatewayProblem(400, 'BODY_NOT_JSON');
  }
  const status = clientErrorStatus(framework.statusCode);
  return status === undefined
    ? gatewayProblem(500, 'INTERNAL')
    : gatewayProblem(status, 'REQUEST_INVALID');
}

/** Other 4xx errors Fastify raises (a bad Content-Length, a malformed URL) keep their status. */
function clientErrorStatus(statusCode: unknown): ProblemStatus | undefined {
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return undefined;
  return statusCode in PROBLEM_TITLES ? (statusCode as ProblemStatus) : 400;
}

/** Ajv's JSON Pointer ("/settings/rubric/0/code") as the field path the service would name. */
function fieldErrorOf(error: FastifySchemaValidationError): FieldError {
  const segments = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
  const member = error.params.additionalProperty ?? error.params.missingProperty;
  if (typeof member === 'string') segments.push(member);
  const field = segments.reduce(
    (path, segment) =>
      /^\d+$/.test(segment) ? `${path}[${segment}]` : path === '' ? segment : `${path}.${segment}`,
    '',
  );
  const allowed = error.params.allowedValues;
  const message = error.message ?? error.keyword;
  const rule = ruleOfKeyword(error);
  return {
    field,
    message: Array.isArray(allowed) ? `${message}: ${allowed.join(', ')}` : message,
    ...(rule === undefined ? {} : { rule }),
  };
}

/**
 * A JSON Schema keyword's failure as the catalogue rule that says it: the protovalidate rule it
 * stands for where there is one (minLength is the contract's `string.min_len`), so a field gets
 * the same words whichever side refused it. Ajv's English stays as the fallback.
 */
function ruleOfKeyword({ keyword, params }: FastifySchemaValidationError): FieldRule | undefined {
  const limited = LIMIT_RULES[keyword];
  if (limited !== undefined) {
    const [key, name] = limited;
    return typeof params.limit === 'number' ? { key, params: { [name]: params.limit } } : undefined;
  }
  switch (keyword) {
    case 'required':
      return { key: 'required' };
    case 'additionalProperties':
      return { key: 'json.additional_properties' };
    case 'type':
      return { key: 'json.type', params: { type: typeNames(params.type) } };
    case 'format':
      return formatRule(String(params.format));
    case 'pattern':
      return { key: 'string.pattern', params: { pattern: String(params.pattern) } };
    case 'uniqueItems':
      return { key: 'repeated.unique' };
    case 'enum':
      return listRule('json.enum', params.allowedValues);
    case 'const':
      return listRule('json.const', [params.allowedValue]);
    case 'multipleOf':
      return typeof params.multipleOf === 'number'
        ? { key: 'json.multiple_of', params: { multipleOf: params.multipleOf } }
        : undefined;
    case 'anyOf':
    case 'oneOf':
      return { key: 'json.any_of' };
    default:
      return undefined;
  }
}

/** Keywords bounded by Ajv's `limit`: the rule each stands for and the placeholder of the limit. */
const LIMIT_RULES: Readonly<Record<string, readonly [key: string, placeholder: string]>> = {
  minLength: ['string.min_len', 'minLen'],
  maxLength: ['string.max_len', 'maxLen'],
  minItems: ['repeated.min_items', 'minItems'],
  maxItems: ['repeated.max_items', 'maxItems'],
  minimum: ['number.gte', 'gte'],
  exclusiveMinimum: ['number.gt', 'gt'],
  maximum: ['number.lte', 'lte'],
  exclusiveMaximum: ['number.lt', 'lt'],
};

/** Formats the contract's rules also check say what the contract says (`format: email`). */
const FORMAT_RULES: Readonly<Record<string, string>> = {
  email: 'string.email',
  uuid: 'string.uuid',
  uri: 'string.uri',
  hostname: 'string.hostname',
  ipv4: 'string.ipv4',
  ipv6: 'string.ipv6',
};

function formatRule(format: string): FieldRule {
  const own = FORMAT_RULES[format] ?? `json.format.${format}`;
  return hasFieldMessage(own) ? { key: own } : { key: 'json.format', params: { format } };
}

function listRule(key: string, values: unknown): FieldRule | undefined {
  if (!Array.isArray(values)) return undefined;
  const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  return { key, params: { allowed: values.map(text).join(', ') } };
}

/** Ajv's `type` param ("integer", "string,null" or a list) in words, "or" between them. */
function typeNames(type: unknown): Bilingual {
  const names = (Array.isArray(type) ? type : String(type).split(',')).map((name) =>
    jsonTypeName(String(name)),
  );
  return {
    vi: names.map((name) => name.vi).join(' hoặc '),
    en: names.map((name) => name.en).join(' or '),
  };
}
