import type { FastifySchemaValidationError } from 'fastify';
import { PROBLEM_TITLES, type ProblemStatus } from '../messages.ts';
import { gatewayProblem, ProblemError, type FieldError, type Problem } from './problem.ts';

interface FrameworkError {
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly validation?: readonly FastifySchemaValidationError[];
}

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
      errors: framework.validation.map(fieldErrorOf),
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
  return {
    field,
    message: Array.isArray(allowed) ? `${message}: ${allowed.join(', ')}` : message,
  };
}
