import { type DescMessage, type Message } from '@bufbuild/protobuf';
import { pathToString } from '@bufbuild/protobuf/reflect';
import { createValidator, type Validator } from '@bufbuild/protovalidate';
import type { Metadata } from '@grpc/grpc-js';
import { DomainError, invalidArgument, type FieldViolation } from '../errors/domain-error.ts';

/** The bearer token of the `authorization` metadata entry; UNAUTHENTICATED without one. */
export function bearerToken(metadata: Metadata): string {
  const [value] = metadata.get('authorization');
  const match = typeof value === 'string' ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  if (match?.[1] === undefined) {
    throw new DomainError(
      'unauthenticated',
      'TOKEN_MISSING',
      'this call needs an access token: metadata "authorization: Bearer <token>"',
    );
  }
  return match[1];
}

/** The contract's protovalidate rules applied to a request: an INVALID_ARGUMENT error, or undefined. */
export function violationsOf(
  validator: Validator,
  schema: DescMessage,
  request: Message,
): DomainError | undefined {
  const result = validator.validate(schema, request);
  if (result.kind === 'valid') return undefined;
  if (result.kind === 'error') {
    // The rules themselves failed to compile or run: a contract bug, not the caller's fault.
    throw result.error;
  }
  return invalidArgument(
    result.violations.map((violation) => ({
      field: pathToString(violation.field),
      description: violation.message,
      // Custom CEL rules may leave their id empty; only a named rule can be looked up.
      ...(violation.ruleId === '' ? {} : { rule: violation.ruleId }),
    })),
  );
}

let sharedValidator: Validator | undefined;

/**
 * The contract's rules applied to one message outside a request (an imported row, say), as field
 * violations under `prefix`, so a service checks rows with exactly the rules of its RPCs.
 */
export function fieldViolations(
  schema: DescMessage,
  message: Message,
  prefix: string,
): FieldViolation[] {
  sharedValidator ??= createValidator();
  return (
    violationsOf(sharedValidator, schema, message)?.violations.map((violation) => ({
      ...violation,
      field: `${prefix}.${violation.field}`,
    })) ?? []
  );
}
